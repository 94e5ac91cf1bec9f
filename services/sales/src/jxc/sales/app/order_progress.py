"""The orders' policy: inventory's answers about their lines (StockReserved,
ReservationBackordered, ReservationRejected, ReservationReleased, BackorderWithdrawn) and the
shipments' facts (sales.OrderShipped, sales.OrderDelivered, from the shipment aggregate)
recorded on the orders.

It runs as a consumer of jxc.inventory.events and jxc.sales.events: each reaction is appended
in the runner's transaction, which also stores the offsets and the consumed event ids, so a
redelivered event changes nothing. Events about orders sales does not know change nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    BackorderWithdrawn,
    ReservationBackordered,
    ReservationRejected,
    ReservationReleased,
    StockReserved,
)
from jxc.events.contracts.sales import OrderDelivered, OrderShipped
from jxc.platform.policy import caused_by, refuse_rebuild
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.sales.app.orders import Orders
from jxc.sales.domain.order import (
    OrderCommand,
    RecordBackorderWithdrawn,
    RecordDelivery,
    RecordLineBackordered,
    RecordLineRejected,
    RecordLineReleased,
    RecordLineReserved,
    RecordShipment,
)


@dataclass
class OrderProgressPolicy:
    name: str
    topics: Sequence[str]
    orders: Orders
    handles: frozenset[str] = field(
        default_factory=lambda: frozenset(
            {
                StockReserved.event_type,
                ReservationBackordered.event_type,
                ReservationRejected.event_type,
                ReservationReleased.event_type,
                BackorderWithdrawn.event_type,
                OrderShipped.event_type,
                OrderDelivered.event_type,
            }
        )
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            command = reaction(consumed.event)
            if command is None:
                continue
            meta = caused_by(consumed.envelope)
            await self.orders.execute_in(conn, command, meta)

    async def clear(self, conn: Conn) -> None:
        refuse_rebuild(
            self.name,
            "it records the orders' progress as sales' own events, not a read model",
        )


def reaction(event: DomainEvent) -> OrderCommand | None:
    match event:
        case StockReserved():
            return RecordLineReserved(
                event.order_id, event.line_no, event.quantity, event.from_backorder
            )
        case ReservationBackordered():
            return RecordLineBackordered(
                event.order_id, event.line_no, event.quantity, event.position
            )
        case ReservationRejected():
            return RecordLineRejected(event.order_id, event.line_no, event.reason)
        case ReservationReleased():
            return RecordLineReleased(event.order_id, event.line_no, event.quantity, event.reason)
        case BackorderWithdrawn():
            return RecordBackorderWithdrawn(
                event.order_id, event.line_no, event.quantity, event.reason
            )
        case OrderShipped():
            lines = tuple((line.line_no, line.quantity) for line in event.lines)
            return RecordShipment(event.order_id, event.shipment_id, lines)
        case OrderDelivered():
            return RecordDelivery(
                event.order_id, event.shipment_id, event.delivered_at, event.fully_delivered
            )
    return None
