"""The item master's inline tables `items`, `warehouses` and `warehouse_locations`: written in
the transaction of the command that recorded the events (so they never lag), and read by
queries and by the stock core. The unique index on `items.barcode` keeps a barcode on one item
only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from psycopg.rows import dict_row

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    ItemRegistered,
    ItemUpdated,
    LocationAdded,
    WarehouseRegistered,
    WarehouseUpdated,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters.inline_tables import update_one
from jxc.platform.store import Conn

#: The constraint that keeps barcodes unique (migration 0003).
BARCODE_KEY = "items_barcode_key"

_ITEM_COLUMNS = "sku, name, unit, category, barcode, lot_tracked, version, updated_at"


async def barcode_holder(conn: Conn, barcode: str) -> str | None:
    """The SKU of the item that holds `barcode`, if any."""
    cur = await conn.execute("SELECT sku FROM items WHERE barcode = %s", (barcode,))
    row = await cur.fetchone()
    return None if row is None else str(row[0])


async def item(conn: Conn, sku: str) -> dict[str, Any] | None:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(f"SELECT {_ITEM_COLUMNS} FROM items WHERE sku = %s", (sku,))
    row: dict[str, Any] | None = await cur.fetchone()
    return row


async def items(
    conn: Conn,
    *,
    category: str | None,
    prefix: str | None,
    barcode: str | None,
    after: str | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Up to `limit` items ordered by SKU, after the SKU `after`; `prefix` (a LIKE pattern,
    lower case) matches the start of the SKU or of the name."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        f"SELECT {_ITEM_COLUMNS} FROM items "
        "WHERE (%(category)s::text IS NULL OR category = %(category)s) "
        "AND (%(barcode)s::text IS NULL OR barcode = %(barcode)s) "
        "AND (%(prefix)s::text IS NULL "
        "     OR lower(sku) LIKE %(prefix)s OR lower(name) LIKE %(prefix)s) "
        "AND (%(after)s::text IS NULL OR sku > %(after)s) "
        "ORDER BY sku LIMIT %(limit)s",
        {
            "category": category,
            "barcode": barcode,
            "prefix": prefix,
            "after": after,
            "limit": limit,
        },
    )
    rows: list[dict[str, Any]] = await cur.fetchall()
    return rows


async def warehouses(conn: Conn) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT w.code, w.name, w.allow_negative_on_hand, w.version, "
        "       count(l.location)::int AS location_count "
        "FROM warehouses w LEFT JOIN warehouse_locations l ON l.warehouse = w.code "
        "GROUP BY w.code ORDER BY w.code LIMIT 10000"
    )
    rows: list[dict[str, Any]] = await cur.fetchall()
    return rows


async def warehouse(conn: Conn, code: str) -> dict[str, Any] | None:
    """A warehouse with its locations, or None."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT code, name, allow_negative_on_hand, version FROM warehouses WHERE code = %s",
        (code,),
    )
    row: dict[str, Any] | None = await cur.fetchone()
    if row is None:
        return None
    await cur.execute(
        "SELECT location, name, quarantine FROM warehouse_locations "
        "WHERE warehouse = %s ORDER BY location",
        (code,),
    )
    row["locations"] = await cur.fetchall()
    return row


# --- inline tables ------------------------------------------------------------------


async def record_master(conn: Conn, recorded: Sequence[tuple[Envelope, DomainEvent]]) -> None:
    """Show what a command recorded in the inline tables, in the command's transaction."""
    for envelope, event in recorded:
        version = envelope.stream_version
        match event:
            case ItemRegistered():
                await conn.execute(
                    "INSERT INTO items (sku, name, unit, category, barcode, lot_tracked, version,"
                    " updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    (
                        event.sku,
                        event.name,
                        event.unit,
                        event.category,
                        event.barcode,
                        event.lot_tracked,
                        version,
                        envelope.recorded_at,
                    ),
                )
            case ItemUpdated():
                await update_one(
                    conn,
                    "item master",
                    "UPDATE items SET name = %s, category = %s, barcode = %s, lot_tracked = %s,"
                    " version = %s, updated_at = %s WHERE sku = %s",
                    (
                        event.name,
                        event.category,
                        event.barcode,
                        event.lot_tracked,
                        version,
                        envelope.recorded_at,
                        event.sku,
                    ),
                )
            case WarehouseRegistered():
                await conn.execute(
                    "INSERT INTO warehouses (code, name, allow_negative_on_hand, version)"
                    " VALUES (%s, %s, %s, %s)",
                    (event.warehouse, event.name, event.allow_negative_on_hand, version),
                )
            case WarehouseUpdated():
                await update_one(
                    conn,
                    "item master",
                    "UPDATE warehouses SET name = %s, allow_negative_on_hand = %s, version = %s"
                    " WHERE code = %s",
                    (event.name, event.allow_negative_on_hand, version, event.warehouse),
                )
            case LocationAdded():
                await conn.execute(
                    "INSERT INTO warehouse_locations (warehouse, location, name, quarantine)"
                    " VALUES (%s, %s, %s, %s)",
                    (event.warehouse, event.location, event.name, event.quarantine),
                )
                await update_one(
                    conn,
                    "item master",
                    "UPDATE warehouses SET version = %s WHERE code = %s",
                    (version, event.warehouse),
                )
            case _:
                raise TypeError(f"the item master does not record {event.event_type}")
