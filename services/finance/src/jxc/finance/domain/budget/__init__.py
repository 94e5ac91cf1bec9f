"""A budget: one account, one period, one cost centre or the whole company (stream
budget-<period>@<account>@<cost centre or *>). Set (and changed) by an accountant; its alert
is raised once per amount, when the actual first passes the threshold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import assert_never

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.finance import BudgetSet, BudgetThresholdPassed
from jxc.finance.domain.fiscal_year.opening import PERIOD
from jxc.platform.decider import Decider, DomainError


@dataclass(frozen=True, slots=True)
class SetBudget:
    period: str
    account: str
    cost_centre: str | None
    amount: Decimal
    currency: str
    threshold: Decimal = Decimal("0.8")
    account_type: str | None = None  # the chart's type of `account`, None when unknown


@dataclass(frozen=True, slots=True)
class CheckBudget:
    """The actual of the budget's account, period and cost centre now."""

    actual: Decimal


BudgetCommand = SetBudget | CheckBudget


@dataclass(frozen=True, slots=True)
class BudgetState:
    exists: bool = False
    period: str = ""
    account: str = ""
    cost_centre: str | None = None
    amount: Decimal = Decimal(0)
    currency: str = ""
    threshold: Decimal = Decimal("0.8")
    alerted: bool = False


def stream_key(period: str, account: str, cost_centre: str | None) -> str:
    return f"{period}@{account}@{cost_centre or '*'}"


def decide(command: BudgetCommand, state: BudgetState) -> Sequence[DomainEvent]:
    match command:
        case SetBudget():
            return _set(command, state)
        case CheckBudget():
            return _check(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


def _set(command: SetBudget, state: BudgetState) -> list[DomainEvent]:
    if not PERIOD.match(command.period):
        raise DomainError("a period is a month written YYYY-MM", fields=("period",))
    if command.account_type is None:
        raise DomainError(f"there is no account {command.account}", fields=("account",))
    if command.account_type not in ("income", "expense"):
        raise DomainError(
            f"account {command.account} is an {command.account_type} account; budgets are set "
            "for income and expense accounts",
            fields=("account",),
        )
    if command.amount <= 0:
        raise DomainError("a budget is a positive amount", fields=("amount",))
    if not (0 < command.threshold <= 10):
        raise DomainError(
            "the threshold is a share of the budget: 0.8 is 80 %", fields=("threshold",)
        )
    same = (state.amount, state.currency, state.threshold)
    if state.exists and same == (command.amount, command.currency, command.threshold):
        return []
    return [
        BudgetSet(
            period=command.period,
            account=command.account,
            cost_centre=command.cost_centre,
            amount=Money(amount=command.amount, currency=command.currency),
            threshold=command.threshold,
        )
    ]


def _check(command: CheckBudget, state: BudgetState) -> list[DomainEvent]:
    if not state.exists or state.alerted or command.actual < state.amount * state.threshold:
        return []
    return [
        BudgetThresholdPassed(
            period=state.period,
            account=state.account,
            cost_centre=state.cost_centre,
            budget=Money(amount=state.amount, currency=state.currency),
            actual=Money(amount=command.actual, currency=state.currency),
            threshold=state.threshold,
        )
    ]


def evolve(state: BudgetState, event: DomainEvent) -> BudgetState:
    if isinstance(event, BudgetSet):
        # a new amount or threshold may alert again
        return BudgetState(
            True,
            event.period,
            event.account,
            event.cost_centre,
            event.amount.amount,
            event.amount.currency,
            event.threshold,
            False,
        )
    if isinstance(event, BudgetThresholdPassed):
        return BudgetState(
            state.exists,
            state.period,
            state.account,
            state.cost_centre,
            state.amount,
            state.currency,
            state.threshold,
            True,
        )
    return state


budget_decider: Decider[BudgetCommand, BudgetState] = Decider(
    stream_prefix="budget",
    initial_state=BudgetState(),
    decide=decide,
    evolve=evolve,
    state_type=BudgetState,
)
