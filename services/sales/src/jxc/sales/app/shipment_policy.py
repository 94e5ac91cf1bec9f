"""The shipment policy: on sales.OrderCancelled (sales' own topic), cancel the order's
shipments that have not left. The runner records the consumed event in the same transaction
as the cancellations, so a redelivery changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jxc.events.contracts.sales import OrderCancelled
from jxc.platform.policy import caused_by, refuse_rebuild
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.sales.app.shipments import Shipments


@dataclass(frozen=True)
class ShipmentPolicy:
    name: str
    topics: Sequence[str]
    shipments: Shipments
    handles: frozenset[str] = field(default_factory=lambda: frozenset({OrderCancelled.event_type}))

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event = consumed.event
            if not isinstance(event, OrderCancelled):
                continue
            meta = caused_by(consumed.envelope, on_behalf=False)
            await self.shipments.on_order_cancelled(conn, event.order_id, event.reason, meta)

    async def clear(self, conn: Conn) -> None:
        refuse_rebuild(
            self.name,
            "it records sales' own events (cancelling what cannot be shipped), not a read model",
        )
