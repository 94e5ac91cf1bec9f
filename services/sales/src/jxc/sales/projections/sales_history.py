"""The sales history, projected from sales' own topic (OrderPlaced: a row per line, on the day
the order was placed, sold by the order's actor; OrderCancelled: its lines no longer count) and
from inventory's (ItemRegistered / ItemUpdated: the item's category). Exactly once, by the
platform's projection runner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jxc.events.contracts.inventory import ItemRegistered, ItemUpdated
from jxc.events.contracts.sales import OrderCancelled, OrderPlaced
from jxc.events.envelope import Envelope
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.sales.adapters import sales_history


@dataclass(frozen=True)
class SalesHistoryProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = frozenset(
        {
            OrderPlaced.event_type,
            OrderCancelled.event_type,
            ItemRegistered.event_type,
            ItemUpdated.event_type,
        }
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        placed: list[dict[str, Any]] = []
        for consumed in events:
            event = consumed.event
            match event:
                case OrderPlaced():
                    placed += lines_of(event, consumed.envelope)
                case OrderCancelled():
                    # Lines of the batch first: an order placed and cancelled in one batch.
                    await sales_history.save_lines(conn, placed)
                    placed = []
                    await sales_history.cancel_order(conn, event.order_id)
                case ItemRegistered() | ItemUpdated():
                    await sales_history.save_category(conn, event.sku, event.category)
        await sales_history.save_lines(conn, placed)

    async def clear(self, conn: Conn) -> None:
        await sales_history.clear(conn)


def lines_of(event: OrderPlaced, envelope: Envelope) -> list[dict[str, Any]]:
    """The order's lines as history rows: the net amount is the line's (or quantity x unit
    price for orders placed before pricing), in the order's currency (or the price's)."""
    return [
        {
            "order_id": event.order_id,
            "line_no": line.line_no,
            "day": envelope.occurred_at.date(),
            "salesperson": envelope.actor,
            "customer_id": event.customer_id,
            "sku": line.sku,
            "warehouse": line.warehouse,
            "unit": line.unit,
            "quantity": line.quantity,
            "net_amount": _net(line.quantity, line.unit_price.amount, line.net_amount),
            "currency": event.currency or line.unit_price.currency,
        }
        for line in event.lines
    ]


def _net(quantity: Decimal, unit_price: Decimal, net: Any) -> Decimal:
    return quantity * unit_price if net is None else Decimal(net.amount)
