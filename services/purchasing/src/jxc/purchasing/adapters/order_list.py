"""The purchase-order list: one row per order and per line, written in the transaction of the
command that changed the order, from the order's state after it. It never lags its events, so
the list, the quantities in flight and the invoice matching can rely on it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row

from jxc.platform.store import Conn
from jxc.purchasing.domain import PurchaseOrderState

_ORDER = """
INSERT INTO purchase_orders AS o (purchase_order_id, supplier_id, status, currency, total,
    first_approved_by, approved_by, status_reason, suggestion_id, version, created_at, updated_at)
VALUES (%(id)s, %(supplier_id)s, %(status)s, %(currency)s, %(total)s, %(first_approved_by)s,
    %(approved_by)s, %(status_reason)s, %(suggestion_id)s, %(version)s, %(at)s, %(at)s)
ON CONFLICT (purchase_order_id) DO UPDATE SET
    status = excluded.status, first_approved_by = excluded.first_approved_by,
    approved_by = excluded.approved_by, status_reason = excluded.status_reason,
    version = excluded.version, updated_at = excluded.updated_at
"""

_LINES = """
INSERT INTO purchase_order_lines AS l (purchase_order_id, line_no, sku, warehouse, unit,
    unit_price, ordered, accepted, rejected, returned, claimed, expected_date)
SELECT %s, * FROM unnest(%s::int[], %s::text[], %s::text[], %s::text[], %s::numeric[],
    %s::numeric[], %s::numeric[], %s::numeric[], %s::numeric[], %s::numeric[], %s::date[])
ON CONFLICT (purchase_order_id, line_no) DO UPDATE SET
    accepted = excluded.accepted, rejected = excluded.rejected,
    returned = excluded.returned, claimed = excluded.claimed
"""

_COLUMNS = (
    "purchase_order_id, supplier_id, status, currency, total, first_approved_by, approved_by, "
    "status_reason, suggestion_id, version, created_at, updated_at"
)


async def save(
    conn: Conn, order_id: UUID, state: PurchaseOrderState, version: int, at: datetime
) -> None:
    """Write the order as `state` says it is now (at stream `version`)."""
    assert state.status is not None
    await conn.execute(
        _ORDER,
        {
            "id": order_id,
            "supplier_id": state.supplier_id,
            "status": state.status.value,
            "currency": state.currency,
            "total": state.total,
            "first_approved_by": state.first_approved_by,
            "approved_by": state.approved_by,
            "status_reason": state.status_reason,
            "suggestion_id": state.suggestion_id,
            "version": version,
            "at": at,
        },
    )
    lines = state.lines
    await conn.execute(
        _LINES,
        (
            order_id,
            [line.line_no for line in lines],
            [line.sku for line in lines],
            [line.warehouse for line in lines],
            [line.unit for line in lines],
            [line.unit_price for line in lines],
            [line.ordered for line in lines],
            [line.accepted for line in lines],
            [line.rejected for line in lines],
            [line.returned for line in lines],
            [line.claimed for line in lines],
            [line.expected_date for line in lines],
        ),
    )


async def search(
    conn: Conn, statuses: Sequence[str], supplier_id: UUID | None, limit: int
) -> list[dict[str, Any]]:
    """Orders in any of `statuses`, of one supplier or all, oldest first."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        f"SELECT {_COLUMNS} FROM purchase_orders "
        "WHERE status = ANY(%(statuses)s) "
        "AND (%(supplier)s::uuid IS NULL OR supplier_id = %(supplier)s) "
        "ORDER BY created_at, purchase_order_id LIMIT %(limit)s",
        {"statuses": list(statuses), "supplier": supplier_id, "limit": limit},
    )
    return await cur.fetchall()


async def lock(conn: Conn, order_id: UUID) -> bool:
    """Lock the order's row until the end of the transaction (False if there is none): the
    commands that match invoices against an order take their turns."""
    cur = await conn.execute(
        "SELECT 1 FROM purchase_orders WHERE purchase_order_id = %s FOR UPDATE", (order_id,)
    )
    return await cur.fetchone() is not None


async def in_flight(
    conn: Conn, keys: Sequence[tuple[str, str]], open_statuses: Sequence[str]
) -> dict[tuple[str, str], Decimal]:
    """Per SKU x warehouse, what orders in `open_statuses` still bring (ordered - accepted)."""
    if not keys:
        return {}
    cur = await conn.execute(
        "SELECT l.sku, l.warehouse, sum(greatest(l.ordered - l.accepted, 0)) "
        "FROM purchase_order_lines l JOIN purchase_orders o USING (purchase_order_id) "
        "WHERE o.status = ANY(%s) "
        "AND (l.sku, l.warehouse) IN (SELECT * FROM unnest(%s::text[], %s::text[])) "
        "GROUP BY l.sku, l.warehouse",
        (list(open_statuses), [k[0] for k in keys], [k[1] for k in keys]),
    )
    return {(sku, wh): quantity for sku, wh, quantity in await cur.fetchall()}


async def last_price(conn: Conn, supplier_id: UUID, sku: str) -> tuple[Decimal, str] | None:
    """The unit price and currency of the supplier's latest order line for `sku`, if any."""
    cur = await conn.execute(
        "SELECT l.unit_price, o.currency FROM purchase_order_lines l "
        "JOIN purchase_orders o USING (purchase_order_id) "
        "WHERE o.supplier_id = %s AND l.sku = %s AND o.status <> 'cancelled' "
        "ORDER BY o.created_at DESC LIMIT 1",
        (supplier_id, sku),
    )
    row = await cur.fetchone()
    return None if row is None else (row[0], row[1])
