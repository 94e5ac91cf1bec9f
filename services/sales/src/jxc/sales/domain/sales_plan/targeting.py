"""Setting a sales target: a period plans can name, a positive amount, a team with its
salespeople (and only a team with members); revising one to what it already is records
nothing."""

from __future__ import annotations

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales import SalesTargetSet
from jxc.events.limits import MAX_NAME
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_code, check_currency, check_quantity, check_text
from jxc.sales.domain.sales_plan.commands import Dimension, SetSalesTarget
from jxc.sales.domain.sales_plan.periods import period_days
from jxc.sales.domain.sales_plan.state import SalesTargetState


def set_target(command: SetSalesTarget, state: SalesTargetState) -> list[DomainEvent]:
    subject = check_code(command.subject, "subject", f"the {command.dimension.value}")
    period = command.period.strip()
    start, end = period_days(period)
    aim = (command.dimension.value, subject, period)
    if state.exists and (state.dimension, state.subject, state.period) != aim:
        raise StateConflict(
            f"sales target {command.target_id} is the {state.dimension} {state.subject}'s for "
            f"{state.period}, not the {aim[0]} {aim[1]}'s for {aim[2]}",
            fields=("target_id",),
        )
    amount = check_quantity(command.amount.amount, "amount", "the target amount")
    currency = check_currency(command.amount.currency, "currency")
    quantity = (
        None
        if command.quantity is None
        else check_quantity(command.quantity, "quantity", "the target quantity")
    )
    members = _members(command)
    by = check_text(command.set_by, "set_by", "who sets it", max_length=MAX_NAME)
    target = Money(amount=amount, currency=currency)
    if state.exists and (state.amount, state.quantity, state.members) == (
        target,
        quantity,
        members,
    ):
        return []
    return [
        SalesTargetSet(
            target_id=command.target_id,
            dimension=command.dimension.value,
            subject=subject,
            members=list(members),
            period=period,
            period_start=start,
            period_end=end,
            amount=target,
            quantity=quantity,
            set_by=by,
        )
    ]


def _members(command: SetSalesTarget) -> tuple[str, ...]:
    if command.dimension is not Dimension.TEAM:
        if command.members:
            raise DomainError(
                f"only a team has members; a {command.dimension.value} target names none",
                fields=("members",),
            )
        return ()
    members = [
        check_text(m, f"members.{i}", "a member", max_length=MAX_NAME)
        for i, m in enumerate(command.members)
    ]
    if not members:
        raise DomainError(
            "a team target names the team's salespeople in members", fields=("members",)
        )
    return tuple(sorted(set(members)))
