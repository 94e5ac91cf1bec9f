"""The purchase history, projected from jxc.sales.events: OrderPlaced records the order and
its value per SKU, OrderCancelled marks it cancelled (it then counts nowhere),
ReturnReceived records the value returned. Applied exactly once by the projection runner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jxc.crm.adapters import purchase_history
from jxc.crm.adapters.purchase_history import PlacedOrder
from jxc.crm.domain.history import order_facts
from jxc.events.contracts.sales import OrderCancelled, OrderPlaced, ReturnReceived
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn


@dataclass(frozen=True)
class PurchaseHistoryProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = frozenset(
        {OrderPlaced.event_type, OrderCancelled.event_type, ReturnReceived.event_type}
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

    async def clear(self, conn: Conn) -> None:
        await purchase_history.clear(conn)
