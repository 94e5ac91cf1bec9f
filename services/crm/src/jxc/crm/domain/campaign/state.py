"""A campaign's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.crm import CampaignCreated, CouponIssued


@dataclass(frozen=True, slots=True)
class CampaignState:
    exists: bool = False
    code: str = ""
    name: str = ""
    target: str = ""
    target_value: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    percent_off: Decimal | None = None
    amount_off: Money | None = None
    min_order_value: Money | None = None
    customers: frozenset[UUID] = frozenset()  # those given a coupon


def evolve(state: CampaignState, event: DomainEvent) -> CampaignState:
    match event:
        case CampaignCreated():
            return CampaignState(
                True,
                event.code,
                event.name,
                event.target,
                event.target_value,
                event.valid_from,
                event.valid_until,
                event.percent_off,
                event.amount_off,
                event.min_order_value,
            )
        case CouponIssued() if event.customer_id is not None:
            return replace(state, customers=state.customers | {event.customer_id})
    return state
