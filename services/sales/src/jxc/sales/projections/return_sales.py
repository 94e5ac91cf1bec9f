"""What was sold and shipped, per order line, from sales' own OrderPlaced and OrderShipped:
what a customer return may take back and at what price (paid for one unit, net of discounts:
the line's net amount over its quantity, or its unit price for orders placed before pricing).
Exactly once: the runner commits these rows with its offsets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jxc.events.contracts.sales import OrderPlaced, OrderShipped
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.platform.value_checks import round_amount
from jxc.sales.adapters import sold_lines


@dataclass(frozen=True)
class ReturnSalesProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = field(
        default_factory=lambda: frozenset({OrderPlaced.event_type, OrderShipped.event_type})
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event = consumed.event
            if isinstance(event, OrderPlaced):
                await sold_lines.record_placed(
                    conn,
                    event.order_id,
                    event.customer_id,
                    [
                        (
                            line.line_no,
                            line.sku,
                            line.warehouse,
                            line.unit,
                            line.quantity,
                            round_amount(
                                line.net_amount.amount / line.quantity
                                if line.net_amount is not None
                                else line.unit_price.amount
                            ),
                            line.unit_price.currency,
                        )
                        for line in event.lines
                    ],
                )
            elif isinstance(event, OrderShipped):
                await sold_lines.record_shipped(
                    conn,
                    event.order_id,
                    event.customer_id,
                    [
                        (line.line_no, line.sku, line.warehouse, line.unit, line.quantity)
                        for line in event.lines
                    ],
                )

    async def clear(self, conn: Conn) -> None:
        await sold_lines.clear(conn)
