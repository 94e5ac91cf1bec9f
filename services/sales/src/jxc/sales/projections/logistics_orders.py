"""What logistics learns from events: the orders placed and cancelled (sales' own topic),
what inventory reserved and released of them (only reserved quantity ships), the customers'
addresses with coordinates (crm) and the items' categories (inventory, for VAT)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jxc.events.contracts.crm import CustomerRegistered, CustomerUpdated
from jxc.events.contracts.inventory import (
    ItemRegistered,
    ItemUpdated,
    ReservationReleased,
    StockReserved,
)
from jxc.events.contracts.sales import OrderCancelled, OrderPlaced
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.sales.adapters import shipping_orders


@dataclass(frozen=True)
class LogisticsOrdersProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = frozenset(
        {
            OrderPlaced.event_type,
            OrderCancelled.event_type,
            StockReserved.event_type,
            ReservationReleased.event_type,
            CustomerRegistered.event_type,
            CustomerUpdated.event_type,
            ItemRegistered.event_type,
            ItemUpdated.event_type,
        }
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event = consumed.event
            match event:
                case OrderPlaced():
                    await shipping_orders.order_placed(
                        conn,
                        event.order_id,
                        event.customer_id,
                        event.order_no,
                        event.currency or event.lines[0].unit_price.currency,
                        event.ship_to,
                        event.promised_on,
                        event.lines,
                        consumed.envelope.occurred_at,
                    )
                case OrderCancelled():
                    await shipping_orders.order_cancelled(conn, event.order_id)
                case StockReserved():
                    await shipping_orders.reserved(
                        conn, event.order_id, event.line_no, event.quantity
                    )
                case ReservationReleased():
                    await shipping_orders.reserved(
                        conn, event.order_id, event.line_no, -event.quantity
                    )
                case CustomerRegistered() | CustomerUpdated():
                    await shipping_orders.addresses(conn, event.customer_id, event.addresses)
                case ItemRegistered() | ItemUpdated():
                    await shipping_orders.category(conn, event.sku, event.category)

    async def clear(self, conn: Conn) -> None:
        await shipping_orders.clear(conn)
