"""What tests that drive the command handler directly (no HTTP) share: a connection pool,
metadata for now, and a purchase order of nails to append."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

from psycopg_pool import AsyncConnectionPool

from jxc.events.ids import uuid7
from jxc.platform.store import Metadata
from jxc.purchasing.domain import CreatePurchaseOrder, OrderLine


async def open_pool(url: str, size: int = 4) -> AsyncConnectionPool[Any]:
    """An open pool of one to `size` connections (close it when done)."""
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(url, min_size=1, max_size=size, open=False)
    await pool.open(wait=True)
    return pool


def now_meta() -> Metadata:
    return Metadata(occurred_at=datetime.now(UTC), correlation_id=uuid7())


def nail_order(order_id: Any, quantity: Decimal = Decimal(1000)) -> CreatePurchaseOrder:
    """A draft order of `quantity` nails at 0.10 into WH-A, from a supplier nobody checks."""
    return CreatePurchaseOrder(
        purchase_order_id=order_id,
        supplier_id=uuid4(),
        supplier_currency="CNY",
        supplier_blocked=False,
        currency="CNY",
        lines=[OrderLine(1, "NAIL", quantity, "pcs", Decimal("0.10"), "WH-A")],
    )
