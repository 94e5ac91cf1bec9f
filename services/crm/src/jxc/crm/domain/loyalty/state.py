"""A customer's points ledger, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    tier_points: int = 0  # earned less reversed: below zero while a return waits for its delivery
    tier: str = "member"
    redeemed: int = 0
    shipments: frozenset[UUID] = frozenset()  # delivered shipments that earned (each once)
    returns: frozenset[UUID] = frozenset()  # returns that reversed (each once)
    redemptions: frozenset[UUID] = frozenset()


def evolve(state: LoyaltyState, event: DomainEvent) -> LoyaltyState:
    match event:
        case PointsEarned():
            return replace(
                state,
                currency=state.currency or event.value.currency,
                balance=event.balance,
                owed=state.owed - event.owed_settled,
                tier_points=state.tier_points + event.points,
                shipments=state.shipments | {event.shipment_id},
            )
        case PointsReversed():
            return replace(
                state,
                balance=event.balance,
                owed=state.owed + event.owed,
                tier_points=state.tier_points - event.points,
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
