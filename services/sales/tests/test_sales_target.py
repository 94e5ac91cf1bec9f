"""Issue 8, item 8: sales targets per period for a salesperson, a team, a category or a
warehouse; set again, a target is revised."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from jxc.events.base import Money
from jxc.events.contracts.sales import SalesTargetSet
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.sales.domain.sales_plan import (
    Dimension,
    SetSalesTarget,
    period_days,
    sales_target_decider,
    target_id_of,
)

Given = Callable[..., Any]


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return sales_target_decider


def cny(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="CNY")


TEAM = target_id_of(Dimension.TEAM, "EAST", "2026-Q4")


def team_target(
    amount: str = "300000", members: tuple[str, ...] = ("bob", "alice")
) -> SetSalesTarget:
    return SetSalesTarget(TEAM, Dimension.TEAM, "EAST", "2026-Q4", cny(amount), "mei", members)


def team_set(amount: str = "300000") -> SalesTargetSet:
    return SalesTargetSet(
        target_id=TEAM,
        dimension="team",
        subject="EAST",
        members=["alice", "bob"],
        period="2026-Q4",
        period_start=date(2026, 10, 1),
        period_end=date(2026, 12, 31),
        amount=cny(amount),
        set_by="mei",
    )


def test_periods_are_years_quarters_and_months() -> None:
    assert period_days("2026") == (date(2026, 1, 1), date(2026, 12, 31))
    assert period_days("2026-Q1") == (date(2026, 1, 1), date(2026, 3, 31))
    assert period_days("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))
    assert period_days("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))
    for wrong in ("2026-13", "2026-Q5", "26-11", "2026-11-01", "next year"):
        with pytest.raises(DomainError) as refused:
            period_days(wrong)
        assert refused.value.fields == ("period",)


def test_a_target_id_is_named_by_what_it_aims_at() -> None:
    assert target_id_of(Dimension.TEAM, "EAST", "2026-Q4") == TEAM
    assert target_id_of(Dimension.TEAM, "EAST", "2026-Q3") != TEAM
    assert target_id_of(Dimension.SALESPERSON, "EAST", "2026-Q4") != TEAM


def test_given_nothing_when_a_team_target_is_set_then_it_is_recorded_with_its_members(
    given: Given,
) -> None:
    given().when(team_target()).then(team_set())


def test_given_a_target_when_it_is_set_again_then_it_is_revised_or_left_alone(
    given: Given,
) -> None:
    given(team_set()).when(team_target("350000")).then(team_set("350000"))
    given(team_set()).when(team_target()).then()


def test_a_team_names_its_members_and_only_a_team_has_members(given: Given) -> None:
    given().when(team_target(members=())).raises(DomainError, "salespeople", fields=("members",))
    alice = SetSalesTarget(
        target_id_of(Dimension.SALESPERSON, "alice", "2026-11"),
        Dimension.SALESPERSON,
        "alice",
        "2026-11",
        cny("1000"),
        "mei",
        members=("bob",),
    )
    given().when(alice).raises(DomainError, "only a team has members", fields=("members",))


def test_a_target_amount_is_positive(given: Given) -> None:
    given().when(team_target("0")).raises(DomainError, "greater than zero", fields=("amount",))


def test_a_target_id_cannot_be_reused_for_another_aim(given: Given) -> None:
    other = SetSalesTarget(TEAM, Dimension.WAREHOUSE, "WH-SH", "2026-Q4", cny("5"), "mei")
    given(team_set()).when(other).raises(StateConflict, "not the warehouse WH-SH's")
