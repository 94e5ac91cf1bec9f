"""Which purchase-plan suggestion became which purchase order: written in the transaction that
creates the order (the order's PurchaseOrderCreated names the suggestion)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from jxc.platform.store import Conn


async def record(
    conn: Conn, suggestion_id: UUID, order_id: UUID, supplier_id: UUID, at: datetime
) -> None:
    await conn.execute(
        "INSERT INTO purchase_plan_conversions "
        "(suggestion_id, purchase_order_id, supplier_id, converted_at) VALUES (%s, %s, %s, %s)",
        (suggestion_id, order_id, supplier_id, at),
    )
