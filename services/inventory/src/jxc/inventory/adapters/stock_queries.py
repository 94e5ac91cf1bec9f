"""What the stock queries read: positions with their levels (available is not computed here:
jxc.inventory.domain.stock.available_of does that), the totals of the ledger at a moment, the
ledger's lines and the lines an order holds reserved."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Text, bindparam, cast, or_, select

from jxc.inventory.adapters.stock_levels import level_columns
from jxc.inventory.tables import stock_positions
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_p = stock_positions.alias("p")
_sku, _wh = cast(bindparam("sku"), Text), cast(bindparam("wh"), Text)
_POSITIONS = Statement(
    select(
        _p.c.sku,
        _p.c.warehouse,
        _p.c.unit,
        _p.c.currency,
        _p.c.in_transit,
        _p.c.value,
        _p.c.last_unit_cost,
        _p.c.version,
        _p.c.updated_at,
        *level_columns(_p),
    )
    .where(or_(_sku.is_(None), _p.c.sku == _sku), or_(_wh.is_(None), _p.c.warehouse == _wh))
    .order_by(_p.c.sku, _p.c.warehouse)
    .limit(bindparam("limit"))
)


async def positions(
    conn: Conn, sku: str | None, warehouse: str | None, limit: int
) -> list[dict[str, Any]]:
    """Positions (of one SKU, one warehouse, or both), by SKU and warehouse: on hand,
    quarantined, reserved, in transit, value, last unit cost, version, updated at."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_POSITIONS.sql, _POSITIONS.args(sku=sku, wh=warehouse, limit=limit))
    return list(await cur.fetchall())


async def totals_as_of(
    conn: Conn, sku: str, warehouse: str, when: datetime
) -> tuple[Decimal, Decimal]:
    """On hand and value of a position at `when`, summed from its ledger."""
    cur = await conn.execute(
        "SELECT coalesce(sum(quantity), 0), coalesce(sum(value_change), 0) "
        "FROM stock_ledger WHERE sku = %s AND warehouse = %s AND occurred_at <= %s",
        (sku, warehouse, when),
    )
    row = await cur.fetchone()
    assert row is not None
    return Decimal(row[0]), Decimal(row[1])


async def ledger_lines(
    conn: Conn, sku: str, warehouse: str, after_id: int, limit: int
) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT * FROM stock_ledger WHERE sku = %s AND warehouse = %s AND id > %s "
        "ORDER BY id LIMIT %s",
        (sku, warehouse, after_id, limit),
    )
    return list(await cur.fetchall())


async def reservation_lines(conn: Conn, order_id: UUID) -> list[tuple[int, str, str]]:
    """The lines of an order that hold a reservation: (line number, SKU, warehouse)."""
    cur = await conn.execute(
        "SELECT line_no, sku, warehouse FROM stock_reservations WHERE order_id = %s "
        "ORDER BY line_no, sku, warehouse",
        (order_id,),
    )
    return [(int(n), str(s), str(w)) for n, s, w in await cur.fetchall()]
