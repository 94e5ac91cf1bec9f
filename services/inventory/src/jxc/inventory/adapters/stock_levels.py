"""Stock levels as queries read them: the columns of a position (alias `p`) from which
available stock is computed — by `Position.available`'s rule, in one place
(jxc.inventory.domain.stock.available_of), never again in SQL."""

from __future__ import annotations

from decimal import Decimal

from jxc.platform.store import Conn

#: On hand, quarantined (on hand in quarantine locations) and reserved of the position `p`,
#: zero where there is no position.
LEVEL_COLUMNS = """
    coalesce(p.on_hand, 0) AS on_hand, coalesce(p.reserved, 0) AS reserved,
    coalesce((
        SELECT sum(b.on_hand) FROM stock_balances b
        JOIN warehouse_locations l ON l.warehouse = b.warehouse AND l.location = b.location
        WHERE b.sku = p.sku AND b.warehouse = p.warehouse AND l.quarantine), 0) AS quarantined
"""


async def level(
    conn: Conn, sku: str, warehouse: str
) -> tuple[str, Decimal, Decimal, Decimal] | None:
    """The position's unit, on hand, quarantined and reserved now; None when there is none."""
    cur = await conn.execute(
        f"SELECT p.unit, {LEVEL_COLUMNS} FROM stock_positions p "
        "WHERE p.sku = %s AND p.warehouse = %s",
        (sku, warehouse),
    )
    row = await cur.fetchone()
    if row is None:
        return None
    unit, on_hand, reserved, quarantined = row
    return str(unit), Decimal(on_hand), Decimal(quarantined), Decimal(reserved)
