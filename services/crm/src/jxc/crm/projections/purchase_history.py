"""The purchase history, projected from jxc.sales.events: OrderPlaced records the order and
its value per SKU, OrderCancelled marks it cancelled (it then counts nowhere),
ReturnReceived records the value returned; OrderShipped, OrderDelivered and InvoiceIssued
record how far the order went (its status). Applied exactly once by the projection runner.

A read model only (it issues no command): it may be rebuilt (clear, offsets reset, replayed
from offset 0 of jxc.sales.events, whose retention is unlimited), which is how orders recorded
before crm's migration 0010 get their shipments, deliveries and invoices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jxc.crm.adapters import purchase_history
from jxc.crm.adapters.purchase_history import PlacedOrder
from jxc.crm.domain.history import order_facts
from jxc.crm.domain.order_progress import progress_of
from jxc.events.contracts.sales import (
    InvoiceIssued,
    OrderCancelled,
    OrderDelivered,
    OrderPlaced,
    OrderShipped,
    ReturnReceived,
)
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn


@dataclass(frozen=True)
class PurchaseHistoryProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = frozenset(
        {
            OrderPlaced.event_type,
            OrderCancelled.event_type,
            ReturnReceived.event_type,
            OrderShipped.event_type,
            OrderDelivered.event_type,
            InvoiceIssued.event_type,
        }
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event, at = consumed.event, consumed.envelope.occurred_at
            match event:
                case OrderPlaced():
                    placed = PlacedOrder(event.order_id, event.order_no, at, event.coupon_code)
                    await purchase_history.record_order(
                        conn, event.customer_id, order_facts(event), placed
                    )
                case OrderCancelled():
                    await purchase_history.cancel_order(conn, event.order_id, at)
                case ReturnReceived():
                    await purchase_history.record_return(
                        conn,
                        event.return_id,
                        event.order_id,
                        event.customer_id,
                        at,
                        event.value.amount,
                        event.value.currency,
                    )
                case OrderShipped() | OrderDelivered() | InvoiceIssued():
                    fact = progress_of(event, at)
                    if fact is not None:
                        await purchase_history.record_progress(conn, fact)

    async def clear(self, conn: Conn) -> None:
        await purchase_history.clear(conn)
