"""Issue 9, item 1 and 10: the chart of accounts, cost centres, fiscal years and periods,
decided by pure deciders."""

from __future__ import annotations

from typing import Any

import pytest

from jxc.events.contracts.finance import (
    AccountDefined,
    CostCentreDefined,
    FiscalYearOpened,
    PeriodClosed,
    PeriodReopened,
)
from jxc.finance.domain.account import DefineAccount, account_decider
from jxc.finance.domain.cost_centre import DefineCostCentre, cost_centre_decider
from jxc.finance.domain.fiscal_year import OpenFiscalYear, fiscal_year_decider
from jxc.finance.domain.period import ClosePeriod, ReopenPeriod, period_decider
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.testing import given


def test_an_admin_adds_a_sub_account_and_renames_it() -> None:
    added = AccountDefined(
        code="6602.01", name="Office rent", account_type="expense", parent="6602"
    )
    given(account_decider).when(DefineAccount("6602.01", " Office rent ", "expense", "6602")).then(
        added
    )
    renamed = (
        given(account_decider, added)
        .when(DefineAccount("6602.01", "Rent", "expense", "6602"))
        .decided()
    )
    assert [e.name for e in renamed] == ["Rent"]  # type: ignore[attr-defined]
    given(account_decider, added).when(
        DefineAccount("6602.01", "Office rent", "expense", "6602")
    ).then()


@pytest.mark.parametrize(
    ("command", "error", "match", "fields"),
    [
        (DefineAccount("66", "x", "expense"), DomainError, "not a chart code", ("code",)),
        (
            DefineAccount("6602.01", "x", "expense", "1002"),
            DomainError,
            "cannot sit under",
            ("parent",),
        ),
        (DefineAccount("6602", "x", "cost"), DomainError, "must be one of", ("account_type",)),
        (DefineAccount("6602", " ", "expense"), DomainError, "must not be blank", ("name",)),
        # a seeded account (no events yet) keeps the type the chart gives it
        (
            DefineAccount("1405", "Stock", "expense", defined_type="asset"),
            StateConflict,
            "type never changes",
            ("account_type",),
        ),
    ],
)
def test_an_account_that_cannot_be(
    command: DefineAccount, error: type[DomainError], match: str, fields: tuple[str, ...]
) -> None:
    given(account_decider).when(command).raises(error, match, fields=fields)


def test_cost_centres_keep_their_kind() -> None:
    defined = CostCentreDefined(code="SALES-N", name="Sales north", kind="department")
    given(cost_centre_decider).when(DefineCostCentre("SALES-N", "Sales north", "department")).then(
        defined
    )
    given(cost_centre_decider, defined).when(
        DefineCostCentre("SALES-N", "Sales north", "warehouse")
    ).raises(StateConflict, "never changes", fields=("kind",))


def test_a_fiscal_year_is_twelve_months_none_of_another_year() -> None:
    opened: Any = given(fiscal_year_decider).when(OpenFiscalYear(2027, "2026-04")).decided()
    assert opened[0].periods[0] == "2026-04" and opened[0].last_period == "2027-03"
    assert isinstance(opened[0], FiscalYearOpened)
    given(fiscal_year_decider).when(
        OpenFiscalYear(2027, "2027-01", taken=frozenset({"2027-03"}))
    ).raises(StateConflict, "2027-03 belong to another", fields=("first_period",))
    given(fiscal_year_decider).when(OpenFiscalYear(2030, "2027-01")).raises(
        DomainError, "named after", fields=("first_period",)
    )
    given(fiscal_year_decider, *opened).when(OpenFiscalYear(2027, "2026-04")).raises(
        StateConflict, "open already"
    )


def test_a_period_is_closed_then_reopened_with_a_reason() -> None:
    closed = PeriodClosed(period="2026-11", closed_by="admin")
    given(period_decider).when(ClosePeriod("2026-11", "admin")).then(closed)
    given(period_decider, closed).when(ClosePeriod("2026-11", "admin")).raises(
        StateConflict, "closed already"
    )
    given(period_decider, closed).when(ReopenPeriod("2026-11", "li.na", "late invoice")).then(
        PeriodReopened(period="2026-11", reopened_by="li.na", reason="late invoice")
    )
    given(period_decider).when(ReopenPeriod("2026-11", "li.na", "x")).raises(
        StateConflict, "is open"
    )
    given(period_decider).when(ClosePeriod("2026-13", "admin")).raises(
        DomainError, "YYYY-MM", fields=("period",)
    )
