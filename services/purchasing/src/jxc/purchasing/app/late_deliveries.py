"""Late deliveries, read for the dashboard: lines of orders at the supplier (sent or partly
received) past their expected date."""

from __future__ import annotations

from datetime import date
from typing import Any

from psycopg_pool import AsyncConnectionPool

from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.purchasing.adapters import late_deliveries
from jxc.purchasing.domain.purchase_order.state import PurchaseOrderStatus

AT_THE_SUPPLIER = [PurchaseOrderStatus.SENT.value, PurchaseOrderStatus.PARTIALLY_RECEIVED.value]


class LateDeliveries:
    def __init__(self, pool: AsyncConnectionPool[Any]) -> None:
        self.pool = pool

    async def lines(
        self,
        on: date,
        limit: int,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        async with reading(self.pool) as conn:
            return await late_deliveries.late_lines(
                conn, AT_THE_SUPPLIER, on, limit, sort, order, after
            )
