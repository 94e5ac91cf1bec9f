"""Issue 9, item 8: budgets per period, account and cost centre; the alert once its actual
passes the threshold."""

from __future__ import annotations

from decimal import Decimal as D

from jxc.events.base import Money
from jxc.events.contracts.finance import BudgetSet, BudgetThresholdPassed
from jxc.finance.domain.budget import CheckBudget, SetBudget, budget_decider
from jxc.platform.decider import DomainError
from jxc.platform.testing import given

SET = BudgetSet(
    period="2026-12",
    account="6601",
    cost_centre="WH-SH",
    amount=Money(amount=D(100), currency="CNY"),
    threshold=D("0.8"),
)


def test_a_budget_is_set_for_an_expense_or_income_account_only() -> None:
    command = SetBudget("2026-12", "6601", "WH-SH", D(100), "CNY", D("0.8"), "expense")
    given(budget_decider).when(command).then(SET)
    given(budget_decider, SET).when(command).then()  # the same again: nothing new
    given(budget_decider).when(
        SetBudget("2026-12", "1405", None, D(1), "CNY", D(1), "asset")
    ).raises(DomainError, "income and expense", fields=("account",))
    given(budget_decider).when(SetBudget("2026-12", "9999", None, D(1), "CNY", D(1), None)).raises(
        DomainError, "no account 9999", fields=("account",)
    )


def test_the_alert_comes_once_when_the_actual_passes_the_threshold() -> None:
    given(budget_decider, SET).when(CheckBudget(D("79.99"))).then()
    passed = BudgetThresholdPassed(
        period="2026-12",
        account="6601",
        cost_centre="WH-SH",
        budget=Money(amount=D(100), currency="CNY"),
        actual=Money(amount=D(85), currency="CNY"),
        threshold=D("0.8"),
    )
    given(budget_decider, SET).when(CheckBudget(D(85))).then(passed)
    given(budget_decider, SET, passed).when(CheckBudget(D(95))).then()
    raised = SET.model_copy(update={"amount": Money(amount=D(200), currency="CNY")})
    given(budget_decider, SET, passed, raised).when(CheckBudget(D(150))).then()
    assert given(budget_decider, SET, passed, raised).when(CheckBudget(D(160))).decided()
