"""How far an order of the purchase history went, from sales' events, and its status. Pure.

An order's status, the first that holds (the purchase history's query reads it so, in
adapters/purchase_history.py):
- cancelled: sales cancelled it;
- returned: a return of (some of) its goods was received;
- delivered: every line delivered (OrderDelivered with `fully_delivered`);
- partially_delivered: a shipment of it delivered, not all of it;
- invoiced: invoiced, nothing delivered yet;
- shipped: a shipment of it left, nothing delivered or invoiced yet;
- placed: placed, nothing more yet.

Sales publishes these facts on the order's, its shipments' and its invoices' streams, so they
may arrive in any order (even before the order itself): progress is recorded per order, each
fact folded in so that the outcome does not depend on the order they came in (the first
shipment, the last delivery, delivered in full once any delivery says so, the first invoice).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import InvoiceIssued, OrderDelivered, OrderShipped

#: Every status an order of the history may show, from the first step to the last.
ORDER_STATUSES = (
    "placed",
    "shipped",
    "invoiced",
    "partially_delivered",
    "delivered",
    "returned",
    "cancelled",
)


@dataclass(frozen=True, slots=True)
class Progress:
    """One fact of an order's progress (None: this fact says nothing of it)."""

    order_id: UUID
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    fully_delivered: bool = False
    invoiced_on: date | None = None


def progress_of(event: DomainEvent, at: datetime) -> Progress | None:
    """What `event` (recorded `at`) tells of its order's progress; None if nothing."""
    match event:
        case OrderShipped():
            return Progress(event.order_id, shipped_at=at)
        case OrderDelivered():
            return Progress(
                event.order_id,
                delivered_at=event.delivered_at,
                fully_delivered=event.fully_delivered,
            )
        case InvoiceIssued():
            return Progress(event.order_id, invoiced_on=event.issued_on)
    return None
