"""The loyalty policy: sales.OrderDelivered earns points on the delivered value,
sales.ReturnReceived takes back the points of the returned value. Each reaction is appended
in the runner's transaction, which also records the consumed event id and the offsets: an
event redelivered changes nothing (and the ledger itself earns on a shipment, and reverses a
return, once)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jxc.crm.app.loyalty import Loyalty
from jxc.crm.domain.loyalty import EarnPoints, LoyaltyCommand, ReversePoints
from jxc.events.contracts.sales import OrderDelivered, ReturnReceived
from jxc.platform.policy import refuse_rebuild
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn, Metadata


@dataclass(frozen=True)
class LoyaltyPolicy:
    name: str
    topics: Sequence[str]
    loyalty: Loyalty
    handles: frozenset[str] = frozenset({OrderDelivered.event_type, ReturnReceived.event_type})

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            command = _command(consumed)
            if command is None:
                continue
            meta = Metadata(
                occurred_at=consumed.envelope.occurred_at,
                correlation_id=consumed.envelope.correlation_id,
                causation_id=consumed.envelope.event_id,
            )
            await self.loyalty.execute_in(conn, command, meta)

    async def clear(self, conn: Conn) -> None:
        refuse_rebuild(
            self.name,
            "it is the points ledger's write side (its events "
            "are crm's own); replaying sales would earn every point twice",
        )


def _command(consumed: Consumed) -> LoyaltyCommand | None:
    event = consumed.event
    if isinstance(event, OrderDelivered):
        return EarnPoints(event.customer_id, event.order_id, event.shipment_id, event.value)
    if isinstance(event, ReturnReceived):
        return ReversePoints(event.customer_id, event.order_id, event.return_id, event.value)
    return None
