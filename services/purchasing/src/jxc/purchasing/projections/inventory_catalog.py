"""Purchasing's copy of inventory's item master: the items (SKU, name, unit) and warehouses
inventory registered, from ItemRegistered / ItemUpdated / WarehouseRegistered /
WarehouseUpdated on inventory's topic. Commands read it to refuse unknown SKUs and
warehouses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from psycopg.rows import dict_row

from jxc.events.contracts.inventory import (
    ItemRegistered,
    ItemUpdated,
    WarehouseRegistered,
    WarehouseUpdated,
)
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn

_ITEM = """
INSERT INTO catalog_items AS i (sku, name, unit, updated_at) VALUES (%s, %s, %s, %s)
ON CONFLICT (sku) DO UPDATE SET name = excluded.name, unit = excluded.unit,
    updated_at = excluded.updated_at
"""

_ITEM_NAME = "UPDATE catalog_items SET name = %s, updated_at = %s WHERE sku = %s"

_WAREHOUSE = """
INSERT INTO catalog_warehouses (code, name, updated_at) VALUES (%s, %s, %s)
ON CONFLICT (code) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at
"""


@dataclass(frozen=True)
class InventoryCatalogProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = frozenset(
        {
            ItemRegistered.event_type,
            ItemUpdated.event_type,
            WarehouseRegistered.event_type,
            WarehouseUpdated.event_type,
        }
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event, at = consumed.event, consumed.envelope.occurred_at
            match event:
                case ItemRegistered():
                    await conn.execute(_ITEM, (event.sku, event.name, event.unit, at))
                case ItemUpdated():
                    await conn.execute(_ITEM_NAME, (event.name, at, event.sku))
                case WarehouseRegistered() | WarehouseUpdated():
                    await conn.execute(_WAREHOUSE, (event.warehouse, event.name, at))

    async def clear(self, conn: Conn) -> None:
        await conn.execute("TRUNCATE catalog_items, catalog_warehouses")


async def unknown(
    conn: Conn, skus: Sequence[str], warehouses: Sequence[str]
) -> tuple[set[str], set[str]]:
    """Which of `skus` and `warehouses` inventory has not registered (as far as we know)."""
    cur = await conn.execute(
        "SELECT sku FROM catalog_items WHERE sku = ANY(%s)", (sorted(set(skus)),)
    )
    known_skus = {row[0] for row in await cur.fetchall()}
    cur = await conn.execute(
        "SELECT code FROM catalog_warehouses WHERE code = ANY(%s)", (sorted(set(warehouses)),)
    )
    known_warehouses = {row[0] for row in await cur.fetchall()}
    return set(skus) - known_skus, set(warehouses) - known_warehouses


async def item(conn: Conn, sku: str) -> dict[str, Any] | None:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT sku, name, unit, updated_at FROM catalog_items WHERE sku = %s", (sku,)
    )
    return await cur.fetchone()


async def warehouse(conn: Conn, code: str) -> dict[str, Any] | None:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT code, name, updated_at FROM catalog_warehouses WHERE code = %s", (code,)
    )
    return await cur.fetchone()
