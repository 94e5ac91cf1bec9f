"""The stock counts' inline tables (migration 0006): written in the transaction of the events
with bulk statements (unnest), so 5,000 lines are a handful of statements; and what a count
reads of the stock: the balances it expects, the locations a warehouse has, what nobody
counted."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    StockCountCancelled,
    StockCountClosed,
    StockCounted,
    StockCountLinesRecorded,
    StockCountOpened,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters.inline_tables import update_one
from jxc.inventory.domain.stock_count import CountScope, Scope, Status
from jxc.platform.store import Conn

_HEADER = (
    "SELECT count_id, warehouse, scope, location, skus, note, status, lines_counted, "
    "lines_adjusted, uncounted, cancel_reason, opened_at, closed_at, cancelled_at, version, "
    "updated_at FROM stock_counts "
)


def _nones(line: dict[str, Any]) -> dict[str, Any]:
    line["location"] = line["location"] or None
    line["lot"] = line["lot"] or None
    return line


async def lock_warehouse(conn: Conn, warehouse: str) -> None:
    """Serialise the opening of counts in one warehouse till the end of the transaction."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"stock-count:{warehouse}",))


async def open_scopes(
    conn: Conn, warehouse: str, other_than: UUID
) -> list[tuple[UUID, CountScope]]:
    """The counts of the warehouse still open (but `other_than`), oldest first, with their
    scopes."""
    cur = await conn.execute(
        "SELECT count_id, scope, location, skus FROM stock_counts "
        "WHERE warehouse = %s AND status = 'open' AND count_id <> %s "
        "ORDER BY opened_at",
        (warehouse, other_than),
    )
    return [
        (count_id, CountScope(Scope(scope), location, frozenset(skus)))
        for count_id, scope, location, skus in await cur.fetchall()
    ]


async def open_count(conn: Conn, count_id: UUID) -> tuple[str, CountScope] | None:
    """The warehouse and scope of the count, if it is open."""
    cur = await conn.execute(
        "SELECT warehouse, scope, location, skus, status FROM stock_counts WHERE count_id = %s",
        (count_id,),
    )
    row = await cur.fetchone()
    if row is None or row[4] != Status.OPEN:
        return None
    warehouse, scope, location, skus, _ = row
    return str(warehouse), CountScope(Scope(scope), location, frozenset(skus))


async def save_uncounted(
    conn: Conn, count_id: UUID, uncounted: Sequence[tuple[str, str, str, Decimal]]
) -> None:
    if uncounted:
        await conn.execute(
            "INSERT INTO stock_count_uncounted (count_id, sku, location, lot, on_hand) "
            "SELECT %s, * FROM unnest(%s::text[], %s::text[], %s::text[], %s::numeric[])",
            (count_id, *[list(c) for c in zip(*uncounted, strict=True)]),
        )


async def units_of_differences(conn: Conn, count_id: UUID) -> dict[tuple[str, str, str], str]:
    """The unit of every counted line that differs from what was expected, by its key."""
    cur = await conn.execute(
        "SELECT sku, location, lot, unit FROM stock_count_lines "
        "WHERE count_id = %s AND counted <> expected",
        (count_id,),
    )
    return {(sku, loc, lot): unit for sku, loc, lot, unit in await cur.fetchall()}


async def count(conn: Conn, count_id: UUID, *, limit: int, offset: int) -> dict[str, Any] | None:
    """A count and a page of its lines. Blind while open (and once cancelled): a line shows
    what was counted, never what the system expected or the variance."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_HEADER + "WHERE count_id = %s", (count_id,))
    header: dict[str, Any] | None = await cur.fetchone()
    if header is None:
        return None
    closed = header["status"] == Status.CLOSED
    columns = "sku, location, lot, unit, counted, counted_at, times_counted"
    if closed:
        columns += ", expected, counted - expected AS variance"
    await cur.execute(
        f"SELECT {columns} FROM stock_count_lines WHERE count_id = %s "
        "ORDER BY sku, location, lot LIMIT %s OFFSET %s",
        (count_id, limit, offset),
    )
    header["lines"] = [_nones(line) for line in await cur.fetchall()]
    if closed:
        header["uncounted_lines"] = await uncounted_lines(conn, count_id, limit)
    return header


async def counts(
    conn: Conn, *, warehouse: str | None, status: str | None, limit: int
) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        _HEADER + "WHERE (%(wh)s::text IS NULL OR warehouse = %(wh)s) "
        "AND (%(status)s::text IS NULL OR status = %(status)s) "
        "ORDER BY opened_at DESC, count_id LIMIT %(limit)s",
        {"wh": warehouse, "status": status, "limit": limit},
    )
    rows: list[dict[str, Any]] = await cur.fetchall()
    return rows


async def close_figures(conn: Conn, count_id: UUID, shown: int) -> dict[str, Any] | None:
    """A closed count's figures and (up to `shown` of) the balances nobody counted."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT status, lines_counted, lines_adjusted, uncounted FROM stock_counts "
        "WHERE count_id = %s",
        (count_id,),
    )
    row: dict[str, Any] | None = await cur.fetchone()
    if row is not None:
        row["uncounted_lines"] = await uncounted_lines(conn, count_id, shown)
    return row


async def warehouse_of(conn: Conn, count_id: UUID) -> str | None:
    cur = await conn.execute("SELECT warehouse FROM stock_counts WHERE count_id = %s", (count_id,))
    row = await cur.fetchone()
    return None if row is None else str(row[0])


async def system_stock(
    conn: Conn, warehouse: str, keys: Sequence[tuple[str, str, str]]
) -> list[tuple[Decimal, str | None]]:
    """What the system holds of each balance right now (0 when nothing), and the unit the SKU
    is kept in (its position's here, else the item master's; None if neither knows it)."""
    if not keys:
        return []
    cur = await conn.execute(
        "SELECT coalesce(b.on_hand, 0), coalesce(p.unit, i.unit) "
        "FROM unnest(%s::text[], %s::text[], %s::text[]) WITH ORDINALITY "
        "  AS k(sku, location, lot, n) "
        "LEFT JOIN stock_balances b ON b.sku = k.sku AND b.warehouse = %s "
        "  AND b.location = k.location AND b.lot = k.lot "
        "LEFT JOIN stock_positions p ON p.sku = k.sku AND p.warehouse = %s "
        "LEFT JOIN items i ON i.sku = k.sku "
        "ORDER BY k.n",
        ([k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys], warehouse, warehouse),
    )
    return [(on_hand, unit) for on_hand, unit in await cur.fetchall()]


async def known_locations(conn: Conn, warehouse: str, locations: Sequence[str]) -> set[str]:
    """Which of `locations` the warehouse has: registered, or holding (or having held) stock."""
    wanted = sorted(set(locations))
    if not wanted:
        return set()
    cur = await conn.execute(
        "SELECT location FROM warehouse_locations WHERE warehouse = %(wh)s "
        "AND location = ANY(%(wanted)s) UNION "
        "SELECT DISTINCT location FROM stock_balances WHERE warehouse = %(wh)s "
        "AND location = ANY(%(wanted)s)",
        {"wh": warehouse, "wanted": wanted},
    )
    return {location for (location,) in await cur.fetchall()}


async def uncounted(
    conn: Conn, count_id: UUID, warehouse: str, scope: CountScope
) -> list[tuple[str, str, str, Decimal]]:
    """The balances in scope that hold stock and nobody counted, and for a cycle count the
    selected SKUs nobody counted anywhere and that hold nothing here (on hand 0)."""
    cur = await conn.execute(
        "SELECT b.sku, b.location, b.lot, b.on_hand FROM stock_balances b "
        "WHERE b.warehouse = %(wh)s AND b.on_hand <> 0 "
        "AND (%(location)s::text IS NULL OR b.location = %(location)s) "
        "AND (%(skus)s::text[] IS NULL OR b.sku = ANY(%(skus)s)) "
        "AND NOT EXISTS (SELECT 1 FROM stock_count_lines l WHERE l.count_id = %(id)s "
        "  AND l.sku = b.sku AND l.location = b.location AND l.lot = b.lot) "
        "ORDER BY b.sku, b.location, b.lot",
        {
            "wh": warehouse,
            "location": scope.location if scope.kind is Scope.LOCATION else None,
            "skus": sorted(scope.skus) if scope.kind is Scope.SELECTION else None,
            "id": count_id,
        },
    )
    found: list[tuple[str, str, str, Decimal]] = list(await cur.fetchall())
    if scope.kind is Scope.SELECTION:
        cur = await conn.execute(
            "SELECT DISTINCT sku FROM stock_count_lines WHERE count_id = %s", (count_id,)
        )
        seen = {sku for (sku,) in await cur.fetchall()} | {row[0] for row in found}
        found += [(sku, "", "", Decimal(0)) for sku in sorted(scope.skus - seen)]
        found.sort()
    return found


async def uncounted_lines(conn: Conn, count_id: UUID, limit: int) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT sku, location, lot, on_hand FROM stock_count_uncounted WHERE count_id = %s "
        "ORDER BY sku, location, lot LIMIT %s",
        (count_id, limit),
    )
    return [_nones(row) for row in await cur.fetchall()]


# --- the inline tables ------------------------------------------------------------------


async def record_stock_counts(conn: Conn, recorded: Sequence[tuple[Envelope, DomainEvent]]) -> None:
    """Show what a command recorded in the inline tables, in the command's transaction."""
    for envelope, event in recorded:
        version = envelope.stream_version
        match event:
            case StockCountOpened():
                await conn.execute(
                    "INSERT INTO stock_counts (count_id, warehouse, scope, location, skus, note, "
                    "status, opened_at, version, updated_at) "
                    "VALUES (%s, %s, %s, %s, %s, %s, 'open', %s, %s, %s)",
                    (
                        event.count_id,
                        event.warehouse,
                        event.scope,
                        event.location,
                        event.skus,
                        event.note,
                        envelope.occurred_at,
                        version,
                        envelope.recorded_at,
                    ),
                )
            case StockCountLinesRecorded():
                lines = event.lines
                await conn.execute(
                    "INSERT INTO stock_count_lines AS l (count_id, sku, location, lot, unit, "
                    "counted, expected, counted_at) "
                    "SELECT %s, k.*, %s FROM unnest(%s::text[], %s::text[], %s::text[], "
                    "%s::text[], %s::numeric[], %s::numeric[]) AS k "
                    "ON CONFLICT (count_id, sku, location, lot) DO UPDATE SET "
                    "unit = excluded.unit, counted = excluded.counted, "
                    "expected = excluded.expected, counted_at = excluded.counted_at, "
                    "times_counted = l.times_counted + 1",
                    (
                        event.count_id,
                        event.counted_at,
                        [line.sku for line in lines],
                        [line.location or "" for line in lines],
                        [line.lot or "" for line in lines],
                        [line.unit for line in lines],
                        [line.counted for line in lines],
                        [line.expected for line in lines],
                    ),
                )
                await update_one(
                    conn,
                    "stock count",
                    "UPDATE stock_counts SET lines_counted = (SELECT count(*) FROM "
                    "stock_count_lines WHERE count_id = %s), version = %s, updated_at = %s "
                    "WHERE count_id = %s",
                    (event.count_id, version, envelope.recorded_at, event.count_id),
                )
            case StockCounted():
                await update_one(
                    conn,
                    "stock count",
                    "UPDATE stock_counts SET version = %s, updated_at = %s WHERE count_id = %s",
                    (version, envelope.recorded_at, event.count_id),
                )
            case StockCountClosed():
                await update_one(
                    conn,
                    "stock count",
                    "UPDATE stock_counts SET status = 'closed', lines_adjusted = %s, "
                    "uncounted = %s, closed_at = %s, version = %s, updated_at = %s "
                    "WHERE count_id = %s",
                    (
                        event.lines_adjusted,
                        event.uncounted,
                        envelope.occurred_at,
                        version,
                        envelope.recorded_at,
                        event.count_id,
                    ),
                )
            case StockCountCancelled():
                await update_one(
                    conn,
                    "stock count",
                    "UPDATE stock_counts SET status = 'cancelled', cancel_reason = %s, "
                    "cancelled_at = %s, version = %s, updated_at = %s WHERE count_id = %s",
                    (
                        event.reason,
                        envelope.occurred_at,
                        version,
                        envelope.recorded_at,
                        event.count_id,
                    ),
                )
            case _:
                raise TypeError(f"stock counts do not record {event.event_type}")
