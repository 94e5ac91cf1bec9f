"""Which purchase-plan suggestion became which purchase order: written in the transaction that
creates the order (the order's PurchaseOrderCreated names the suggestion)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import bindparam, insert

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.purchasing.tables import purchase_plan_conversions as conversions

_RECORD = Statement(insert(conversions).values({c.name: bindparam(c.name) for c in conversions.c}))


async def record(
    conn: Conn, suggestion_id: UUID, order_id: UUID, supplier_id: UUID, at: datetime
) -> None:
    await conn.execute(
        _RECORD.sql,
        _RECORD.args(
            suggestion_id=suggestion_id,
            purchase_order_id=order_id,
            supplier_id=supplier_id,
            converted_at=at,
        ),
    )
