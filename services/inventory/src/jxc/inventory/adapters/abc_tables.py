"""ABC classification's table `abc_classes` and what a run reads: the consumption value of
shipments from the stock ledger, the SKUs of every position and of the item master. A run is one
transaction under an advisory lock, so runs never interleave."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from jxc.platform.store import Conn

#: The key of the advisory lock that keeps classification runs apart.
ABC_LOCK = (7_007_002, 0)
#: How `abc_classes.warehouse` names "all warehouses".
OVERALL = ""


@asynccontextmanager
async def locked_run(pool: AsyncConnectionPool[Any]) -> AsyncIterator[Conn]:
    """A connection in a transaction that holds the classification lock till it ends."""
    async with pool.connection() as conn, conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", ABC_LOCK)
        yield conn


async def consumption(
    conn: Conn, start: datetime, end: datetime
) -> list[tuple[str, str, str, Decimal]]:
    """Per SKU, warehouse and currency: the cost of what was shipped in [start, end)."""
    cur = await conn.execute(
        "SELECT sku, warehouse, currency, sum(-value_change) FROM stock_ledger "
        "WHERE movement = 'issue' AND kind = 'shipment' "
        "AND occurred_at >= %s AND occurred_at < %s "
        "GROUP BY sku, warehouse, currency",
        (start, end),
    )
    return list(await cur.fetchall())


async def positions(conn: Conn) -> list[tuple[str, str]]:
    """Every (sku, warehouse) with a stock position."""
    cur = await conn.execute("SELECT sku, warehouse FROM stock_positions")
    return list(await cur.fetchall())


async def item_skus(conn: Conn) -> list[str]:
    cur = await conn.execute("SELECT sku FROM items")
    return [sku for (sku,) in await cur.fetchall()]


async def stored(conn: Conn) -> dict[tuple[str, str], tuple[str, int]]:
    """The stored class and stream version of every (sku, warehouse)."""
    cur = await conn.execute("SELECT sku, warehouse, class, version FROM abc_classes")
    return {(sku, wh): (cls, version) for sku, wh, cls, version in await cur.fetchall()}


async def save(
    conn: Conn,
    rows: Sequence[tuple[Any, ...]],
    *,
    period_from: date,
    period_to: date,
    a_share: Decimal,
    b_share: Decimal,
    at: datetime,
) -> None:
    """Upsert classes: rows of (sku, warehouse, class, consumption value, currency, cumulative
    share, version)."""
    if not rows:
        return
    columns = [list(c) for c in zip(*rows, strict=True)]
    await conn.execute(
        "INSERT INTO abc_classes (sku, warehouse, class, consumption_value, currency, "
        "cumulative_share, version, period_from, period_to, a_share, b_share, classified_at) "
        "SELECT v.*, %s::date, %s::date, %s::numeric, %s::numeric, %s::timestamptz "
        "FROM unnest(%s::text[], %s::text[], %s::text[], %s::numeric[], %s::text[], "
        "%s::numeric[], %s::int[]) AS v "
        "ON CONFLICT (sku, warehouse) DO UPDATE SET class = excluded.class, "
        "consumption_value = excluded.consumption_value, currency = excluded.currency, "
        "cumulative_share = excluded.cumulative_share, version = excluded.version, "
        "period_from = excluded.period_from, period_to = excluded.period_to, "
        "a_share = excluded.a_share, b_share = excluded.b_share, "
        "classified_at = excluded.classified_at",
        [period_from, period_to, a_share, b_share, at, *columns],
    )


async def classes(
    conn: Conn, *, warehouse: str | None, abc_class: str | None, sku: str | None, limit: int
) -> list[dict[str, Any]]:
    """The stored classes of one warehouse, or of all warehouses together (None), highest
    consumption value first."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT sku, nullif(warehouse, '') AS warehouse, class AS abc_class, "
        "consumption_value, currency, cumulative_share, period_from, period_to, "
        "a_share, b_share, classified_at, version FROM abc_classes "
        "WHERE warehouse = %(wh)s AND (%(cls)s::text IS NULL OR class = %(cls)s) "
        "AND (%(sku)s::text IS NULL OR sku = %(sku)s) "
        "ORDER BY consumption_value DESC, sku LIMIT %(limit)s",
        {"wh": warehouse or OVERALL, "cls": abc_class, "sku": sku, "limit": limit},
    )
    rows: list[dict[str, Any]] = await cur.fetchall()
    return rows
