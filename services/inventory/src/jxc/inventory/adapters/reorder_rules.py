"""The reorder rules' inline table `reorder_rules` (the rule, its alert state and its stream
version, written in the transaction of the events) and the advisory locks that serialise rule
setters with stock batches (see app/reorder.py)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from psycopg.rows import dict_row

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    LowStockDetected,
    OverstockDetected,
    ReorderRuleRemoved,
    ReorderRuleSet,
    StockBackInRange,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters import stock_levels
from jxc.platform.store import Conn

#: First key of the advisory locks that serialise rule setters with stock batches.
REORDER_LOCK_CLASS = 7_007_001
#: How many of them: the most a stock batch takes, however many positions it moves.
LOCK_BUCKETS = 256


def lock_bucket(sku: str, warehouse: str) -> int:
    return zlib.crc32(f"{sku}@{warehouse}".encode()) % LOCK_BUCKETS


async def take_reorder_locks(
    conn: Conn, keys: Iterable[tuple[str, str]], *, exclusive: bool = False
) -> None:
    """Take the reorder advisory locks of these positions' buckets till the end of the
    transaction, in bucket order (no deadlocks): shared for a stock batch, exclusive for a
    rule setter."""
    buckets = sorted({lock_bucket(sku, warehouse) for sku, warehouse in keys})
    if buckets:
        function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
        await conn.execute(
            f"SELECT {function}(%s, b) FROM unnest(%s::int[]) AS b ORDER BY b",
            (REORDER_LOCK_CLASS, buckets),
        )


_RULE_COLUMNS = """
    r.sku, r.warehouse, r.unit, r.min_quantity, r.max_quantity, r.reorder_quantity,
    CASE WHEN r.below_min THEN 'below_min' WHEN r.above_max THEN 'above_max' END AS alert,
    r.alert_available, r.alert_since, r.version, r.updated_at
"""


async def rules(
    conn: Conn, *, warehouse: str | None, sku: str | None, limit: int
) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        f"SELECT {_RULE_COLUMNS} FROM reorder_rules r "
        "WHERE (%(wh)s::text IS NULL OR r.warehouse = %(wh)s) "
        "AND (%(sku)s::text IS NULL OR r.sku = %(sku)s) "
        "ORDER BY r.warehouse, r.sku LIMIT %(limit)s",
        {"wh": warehouse, "sku": sku, "limit": limit},
    )
    rows: list[dict[str, Any]] = await cur.fetchall()
    return rows


async def alerting(
    conn: Conn, *, warehouse: str | None, kind: str | None, limit: int
) -> list[dict[str, Any]]:
    """Rules below min or above max now, each with its position's level now (`on_hand`,
    `quarantined`, `reserved`; zero where there is no position)."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        f"SELECT {_RULE_COLUMNS}, {stock_levels.LEVEL_COLUMNS} "
        "FROM reorder_rules r LEFT JOIN stock_positions p "
        "ON p.sku = r.sku AND p.warehouse = r.warehouse "
        "WHERE (r.below_min OR r.above_max) "
        "AND (%(wh)s::text IS NULL OR r.warehouse = %(wh)s) "
        "AND (%(kind)s::text IS NULL OR (%(kind)s = 'below_min' AND r.below_min) "
        "     OR (%(kind)s = 'above_max' AND r.above_max)) "
        "ORDER BY r.warehouse, r.sku LIMIT %(limit)s",
        {"wh": warehouse, "kind": kind, "limit": limit},
    )
    rows: list[dict[str, Any]] = await cur.fetchall()
    return rows


async def lock_rules(
    conn: Conn, keys: Sequence[tuple[str, str]]
) -> list[tuple[str, str, str, Decimal, Decimal, Decimal | None, bool, bool, int]]:
    """The rules of these positions, rows locked in (sku, warehouse) order: sku, warehouse,
    unit, min, max, reorder quantity, below_min, above_max, version."""
    cur = await conn.execute(
        "SELECT r.sku, r.warehouse, r.unit, r.min_quantity, r.max_quantity, "
        "r.reorder_quantity, r.below_min, r.above_max, r.version FROM reorder_rules r "
        "JOIN unnest(%s::text[], %s::text[]) AS k(sku, warehouse) USING (sku, warehouse) "
        "ORDER BY r.sku, r.warehouse FOR UPDATE OF r",
        ([k[0] for k in keys], [k[1] for k in keys]),
    )
    return list(await cur.fetchall())


async def record_rules(conn: Conn, recorded: Sequence[tuple[Envelope, DomainEvent]]) -> None:
    """Show what was recorded on rule streams in `reorder_rules`, in the same transaction."""
    for envelope, event in recorded:
        version = envelope.stream_version
        match event:
            case ReorderRuleSet():
                await conn.execute(
                    "INSERT INTO reorder_rules (sku, warehouse, unit, min_quantity, max_quantity, "
                    "reorder_quantity, version, updated_at) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (sku, warehouse) DO UPDATE SET unit = excluded.unit, "
                    "min_quantity = excluded.min_quantity, max_quantity = excluded.max_quantity, "
                    "reorder_quantity = excluded.reorder_quantity, version = excluded.version, "
                    "updated_at = excluded.updated_at",
                    (
                        event.sku,
                        event.warehouse,
                        event.unit,
                        event.min_quantity,
                        event.max_quantity,
                        event.reorder_quantity,
                        version,
                        envelope.recorded_at,
                    ),
                )
            case ReorderRuleRemoved():
                await conn.execute(
                    "DELETE FROM reorder_rules WHERE sku = %s AND warehouse = %s",
                    (event.sku, event.warehouse),
                )
            case LowStockDetected() | OverstockDetected() | StockBackInRange():
                low = isinstance(event, LowStockDetected)
                high = isinstance(event, OverstockDetected)
                alerting = low or high
                cur = await conn.execute(
                    "UPDATE reorder_rules SET below_min = %s, above_max = %s, "
                    "alert_available = %s, alert_since = %s, version = %s, updated_at = %s "
                    "WHERE sku = %s AND warehouse = %s",
                    (
                        low,
                        high,
                        event.available if alerting else None,
                        envelope.occurred_at if alerting else None,
                        version,
                        envelope.recorded_at,
                        event.sku,
                        event.warehouse,
                    ),
                )
                if cur.rowcount != 1:
                    raise RuntimeError(
                        f"reorder_rules out of step with stream {envelope.stream_id}: no row"
                    )
            case _:
                raise TypeError(f"reorder rules do not record {event.event_type}")
