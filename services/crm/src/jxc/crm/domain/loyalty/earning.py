"""Earning points on a delivered shipment, and taking them back on a return. The balance never
goes below zero: a reversal larger than the balance takes what is there and records the rest
as owed, which the next points earned pay off first.

A delivery and a return travel on different streams (so on different partitions) and may be
read in either order; the outcome is the same either way: a return read first leaves points
owed (and tier points below zero) that its delivery then pays off."""

from __future__ import annotations

from jxc.crm.domain.loyalty.commands import EarnPoints, ReversePoints
from jxc.crm.domain.loyalty.rules import points_for, tier_of
from jxc.crm.domain.loyalty.state import LoyaltyState
from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.crm import MembershipTierChanged, PointsEarned, PointsReversed
from jxc.platform.decider import DomainError


def earn(command: EarnPoints, state: LoyaltyState) -> list[DomainEvent]:
    if command.shipment_id in state.shipments:
        return []  # this shipment earned already
    _same_currency(state, command.value)
    points = points_for(command.value.amount)
    if points == 0:
        return []
    settled = min(state.owed, points)
    balance = state.balance + points - settled
    events: list[DomainEvent] = [
        PointsEarned(
            customer_id=command.customer_id,
            order_id=command.order_id,
            shipment_id=command.shipment_id,
            value=command.value,
            points=points,
            owed_settled=settled,
            balance=balance,
        )
    ]
    return events + _tier_change(state, state.tier_points + points, command)


def reverse(command: ReversePoints, state: LoyaltyState) -> list[DomainEvent]:
    if command.return_id in state.returns:
        return []  # this return reversed already
    _same_currency(state, command.value)
    points = points_for(command.value.amount)
    if points == 0:
        return []
    taken = min(state.balance, points)
    events: list[DomainEvent] = [
        PointsReversed(
            customer_id=command.customer_id,
            order_id=command.order_id,
            return_id=command.return_id,
            value=command.value,
            points=points,
            taken=taken,
            owed=points - taken,
            balance=state.balance - taken,
        )
    ]
    return events + _tier_change(state, state.tier_points - points, command)


def _same_currency(state: LoyaltyState, value: Money) -> None:
    if state.currency is not None and value.currency != state.currency:
        raise DomainError(
            f"the customer's points are kept in {state.currency}; a value in {value.currency} "
            "cannot earn or reverse points",
            fields=("value.currency",),
        )


def _tier_change(
    state: LoyaltyState, tier_points: int, command: EarnPoints | ReversePoints
) -> list[DomainEvent]:
    tier = tier_of(tier_points)
    if tier == state.tier:
        return []
    return [
        MembershipTierChanged(
            customer_id=command.customer_id,
            tier=tier,
            previous_tier=state.tier,
            tier_points=max(tier_points, 0),
        )
    ]
