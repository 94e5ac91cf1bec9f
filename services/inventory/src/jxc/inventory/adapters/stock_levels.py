"""Stock levels as queries read them: the columns of a position from which available stock is
computed — by `Position.available`'s rule, in one place
(jxc.inventory.domain.stock.available_of), never again in SQL."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import and_, bindparam, func, select

from jxc.inventory.tables import stock_balances, stock_positions, warehouse_locations
from jxc.platform.statements import Statement
from jxc.platform.store import Conn


def level_columns(position: Any) -> list[Any]:
    """On hand, quarantined (on hand in quarantine locations) and reserved of `position` (an
    alias of stock_positions), zero where there is no position."""
    b, loc = stock_balances.alias("b"), warehouse_locations.alias("l")
    quarantined = (
        select(func.sum(b.c.on_hand))
        .join_from(b, loc, and_(loc.c.warehouse == b.c.warehouse, loc.c.location == b.c.location))
        .where(b.c.sku == position.c.sku, b.c.warehouse == position.c.warehouse, loc.c.quarantine)
        .scalar_subquery()
    )
    return [
        func.coalesce(position.c.on_hand, 0).label("on_hand"),
        func.coalesce(position.c.reserved, 0).label("reserved"),
        func.coalesce(quarantined, 0).label("quarantined"),
    ]


_p = stock_positions.alias("p")
_LEVEL = Statement(
    select(_p.c.unit, *level_columns(_p)).where(
        _p.c.sku == bindparam("sku"), _p.c.warehouse == bindparam("warehouse")
    )
)


async def level(
    conn: Conn, sku: str, warehouse: str
) -> tuple[str, Decimal, Decimal, Decimal] | None:
    """The position's unit, on hand, quarantined and reserved now; None when there is none."""
    cur = await conn.execute(_LEVEL.sql, _LEVEL.args(sku=sku, warehouse=warehouse))
    row = await cur.fetchone()
    if row is None:
        return None
    unit, on_hand, reserved, quarantined = row
    return str(unit), Decimal(on_hand), Decimal(quarantined), Decimal(reserved)
