"""The exchanges' policy: a customer return settled by exchange (sales.ReturnExchanged) gets
its replacement order, placed through the orders' application service (Orders.
place_replacement: same customer, the exchanged lines, at no charge).

It runs as a consumer of sales' own topic: the order is placed in the runner's transaction,
which also stores the offsets and the consumed event ids, so a redelivered ReturnExchanged
places nothing more; and the replacement's id is the one the return recorded, so an order
that exists already is never placed again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jxc.events.contracts.sales import ReturnExchanged
from jxc.platform.policy import caused_by, refuse_rebuild
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.sales.app.orders import Orders


@dataclass
class ReturnExchangePolicy:
    name: str
    topics: Sequence[str]
    orders: Orders
    handles: frozenset[str] = field(default_factory=lambda: frozenset({ReturnExchanged.event_type}))

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event = consumed.event
            if not isinstance(event, ReturnExchanged):
                continue
            meta = caused_by(consumed.envelope)
            await self.orders.place_replacement(conn, event, meta)

    async def clear(self, conn: Conn) -> None:
        refuse_rebuild(
            self.name,
            "it places the replacement orders of returns, sales' own events, not a read model",
        )
