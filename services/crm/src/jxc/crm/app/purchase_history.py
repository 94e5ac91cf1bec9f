"""Purchase history queries: a customer's figures and preferred products, and its orders."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.crm.adapters import purchase_history
from jxc.platform.reads import reading, wait_for_event

PREFERRED = 5


class PurchaseHistory:
    def __init__(self, pool: AsyncConnectionPool[Any], consumer: str, max_wait: float) -> None:
        self.pool = pool
        self.consumer = consumer
        self.max_wait = max_wait

    async def _wait(self, event_id: UUID | None, seconds: float) -> None:
        timeout = min(seconds, self.max_wait)
        await wait_for_event(self.pool, self.consumer, event_id, timeout, "purchase history")

    async def summary(
        self, customer_id: UUID, *, wait_for: UUID | None = None, wait_seconds: float = 5.0
    ) -> dict[str, Any]:
        await self._wait(wait_for, wait_seconds)
        async with reading(self.pool) as conn:
            figures = await purchase_history.figures(conn, customer_id)
            preferred = (
                []
                if figures.currency is None
                else await purchase_history.preferred_products(
                    conn, customer_id, figures.currency, PREFERRED
                )
            )
        return {
            "customer_id": customer_id,
            "currency": figures.currency,
            "orders": figures.orders,
            "cancelled_orders": figures.cancelled_orders,
            "order_value": figures.order_value,
            "returns": figures.returns,
            "returned_value": figures.returned_value,
            "lifetime_value": figures.lifetime_value,
            "average_order_value": figures.average_order_value,
            "first_purchase": figures.first_purchase,
            "last_purchase": figures.last_purchase,
            "preferred_products": preferred,
        }

    async def orders(
        self,
        customer_id: UUID,
        status: str | None,
        after: tuple[datetime, UUID] | None,
        limit: int,
        *,
        wait_for: UUID | None = None,
        wait_seconds: float = 5.0,
    ) -> list[dict[str, Any]]:
        await self._wait(wait_for, wait_seconds)
        async with reading(self.pool) as conn:
            return await purchase_history.order_page(conn, customer_id, status, after, limit)
