"""A customer's points ledger, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import (
    MembershipTierChanged,
    PointsEarned,
    PointsRedeemed,
    PointsReversed,
)


@dataclass(frozen=True, slots=True)
class LoyaltyState:
    currency: str | None = None  # of the first value earned; vouchers are in it
    balance: int = 0  # never below zero
    owed: int = 0  # reversed beyond the balance: settled from the next points earned
    tier_points: int = 0
    tier: str = "member"
    redeemed: int = 0
    # per order: points earned and points reversed (a return takes back what its order earned)
    earned_by_order: dict[UUID, int] = field(default_factory=dict)
    reversed_by_order: dict[UUID, int] = field(default_factory=dict)
    shipments: frozenset[UUID] = frozenset()  # delivered shipments that earned (each once)
    returns: frozenset[UUID] = frozenset()  # returns that reversed (each once)
    redemptions: frozenset[UUID] = frozenset()


def evolve(state: LoyaltyState, event: DomainEvent) -> LoyaltyState:
    match event:
        case PointsEarned():
            earned = dict(state.earned_by_order)
            earned[event.order_id] = earned.get(event.order_id, 0) + event.points
            return replace(
                state,
                currency=state.currency or event.value.currency,
                balance=event.balance,
                owed=state.owed - event.owed_settled,
                tier_points=state.tier_points + event.points,
                earned_by_order=earned,
                shipments=state.shipments | {event.shipment_id},
            )
        case PointsReversed():
            reversed_ = dict(state.reversed_by_order)
            reversed_[event.order_id] = reversed_.get(event.order_id, 0) + event.points
            return replace(
                state,
                balance=event.balance,
                owed=state.owed + event.owed,
                tier_points=max(state.tier_points - event.points, 0),
                reversed_by_order=reversed_,
                returns=state.returns | {event.return_id},
            )
        case PointsRedeemed():
            return replace(
                state,
                balance=state.balance - event.points,
                redeemed=state.redeemed + event.points,
                redemptions=state.redemptions | {event.redemption_id},
            )
        case MembershipTierChanged():
            return replace(state, tier=event.tier)
    return state
