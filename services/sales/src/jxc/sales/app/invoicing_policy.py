"""The invoicing policy: on sales.ShipmentDispatched (sales' own topic), issue the invoice
of the shipment, or of its order once all of it is dispatched. The runner records the
consumed event in the same transaction as the invoice, so a redelivery changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jxc.events.contracts.logistics import ShipmentDispatched
from jxc.platform.policy import caused_by, refuse_rebuild
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.sales.app.invoices import Invoices


@dataclass(frozen=True)
class InvoicingPolicy:
    name: str
    topics: Sequence[str]
    invoices: Invoices
    handles: frozenset[str] = field(
        default_factory=lambda: frozenset({ShipmentDispatched.event_type})
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event = consumed.event
            if not isinstance(event, ShipmentDispatched):
                continue
            meta = caused_by(consumed.envelope, on_behalf=False)
            await self.invoices.on_dispatched(conn, event.shipment_id, meta)

    async def clear(self, conn: Conn) -> None:
        refuse_rebuild(
            self.name,
            "it issues invoices, sales' own events, not a read model",
        )
