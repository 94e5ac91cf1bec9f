"""A quotation's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales_orders import (
    QuotationAccepted,
    QuotationConverted,
    QuotationCreated,
)


@dataclass(frozen=True, slots=True)
class QuotationState:
    created: QuotationCreated | None = None
    accepted_on: date | None = None
    order_id: UUID | None = None  # the order it was converted into

    def status(self, today: date) -> str:
        if self.order_id is not None:
            return "converted"
        if self.created is not None and today > self.created.valid_until:
            return "expired"
        return "accepted" if self.accepted_on is not None else "open"


def evolve(state: QuotationState, event: DomainEvent) -> QuotationState:
    match event:
        case QuotationCreated():
            return QuotationState(created=event)
        case QuotationAccepted():
            return replace(state, accepted_on=event.accepted_on)
        case QuotationConverted():
            return replace(state, order_id=event.order_id)
    return state
