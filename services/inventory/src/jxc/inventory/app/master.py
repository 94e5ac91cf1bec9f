"""The item master's application layer: items, warehouses and their locations.

Every command runs through the platform's handler; `record_master` keeps the inline tables
`items`, `warehouses` and `warehouse_locations` in the same transaction as the events, so
they never lag (the stock core reads them in its own transactions). The unique index on
`items.barcode` is what keeps a barcode on one item only: a clash rolls the command back and
is answered as a 409 naming the item that holds the barcode.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from psycopg import errors
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
from jxc.inventory.domain.item import (
    Keep,
    RegisterItem,
    UpdateItem,
    check_barcode,
    item_decider,
)
from jxc.inventory.domain.warehouse import (
    AddLocation,
    RegisterWarehouse,
    UpdateWarehouse,
    warehouse_decider,
)
from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.decider import NotFound, StateConflict
from jxc.platform.store import Conn, Metadata
from jxc.platform.value_checks import check_code

#: The constraint that keeps barcodes unique (migration 0003).
BARCODE_KEY = "items_barcode_key"

_ITEM_COLUMNS = "sku, name, unit, category, barcode, lot_tracked, version, updated_at"


class ItemMaster:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    # --- items ----------------------------------------------------------------------------

    async def register_item(
        self, command: RegisterItem, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        # The SKU names the stream: check it before choosing the stream.
        command = replace(command, sku=check_code(command.sku, "sku", "the SKU"))
        return await self._on_item(command, meta, "register-item", idempotency)

    async def update_item(
        self, command: UpdateItem, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self._on_item(command, meta, "update-item", idempotency)

    async def _on_item(
        self,
        command: RegisterItem | UpdateItem,
        meta: Metadata,
        name: str,
        idempotency: dict[str, Any],
    ) -> CommandResult:
        try:
            return await self.commands.handle(
                item_decider,
                item_decider.stream_id(command.sku),
                command,
                meta,
                name=name,
                after_append=record_master,
                **idempotency,
            )
        except errors.UniqueViolation as exc:
            # The barcode passed the decider's checks before the insert could clash on it.
            barcode = None if isinstance(command.barcode, Keep) else check_barcode(command.barcode)
            if exc.diag.constraint_name != BARCODE_KEY or barcode is None:
                raise
            holder = await self._barcode_holder(barcode)
            held_by = f"item {holder}" if holder else "another item"
            raise StateConflict(
                f"barcode {barcode} is already used by {held_by}; a barcode may belong to one "
                "item only (clear it there first, or give this item another barcode)",
                fields=("barcode",),
                barcode=barcode,
                held_by=holder or "",
            ) from exc

    async def _barcode_holder(self, barcode: str) -> str | None:
        async with self.commands.pool.connection() as conn:
            cur = await conn.execute("SELECT sku FROM items WHERE barcode = %s", (barcode,))
            row = await cur.fetchone()
        return None if row is None else str(row[0])

    async def item(self, sku: str) -> dict[str, Any]:
        async with self.commands.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(f"SELECT {_ITEM_COLUMNS} FROM items WHERE sku = %s", (sku,))
            row: dict[str, Any] | None = await cur.fetchone()
        if row is None:
            raise NotFound(f"there is no item {sku}", fields=("sku",))
        return row

    async def items(
        self,
        *,
        category: str | None = None,
        q: str | None = None,
        barcode: str | None = None,
        after: str | None = None,
        limit: int = 50,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """A page of items ordered by SKU, and the SKU to pass as `after` for the next page
        (None on the last page). `q` matches the start of the SKU or of the name, any case."""
        prefix = None if not q else _like_escape(q.lower()) + "%"
        async with self.commands.pool.connection() as conn:
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
                    "limit": limit + 1,
                },
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
        if len(rows) > limit:
            rows = rows[:limit]
            return rows, str(rows[-1]["sku"])
        return rows, None

    # --- warehouses -----------------------------------------------------------------------

    async def register_warehouse(
        self, command: RegisterWarehouse, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        # The code names the stream: check it before choosing the stream.
        command = replace(command, code=check_code(command.code, "code", "the warehouse code"))
        return await self._on_warehouse(
            command.code, command, meta, "register-warehouse", idempotency
        )

    async def update_warehouse(
        self, command: UpdateWarehouse, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self._on_warehouse(
            command.code, command, meta, "update-warehouse", idempotency
        )

    async def add_location(
        self, command: AddLocation, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self._on_warehouse(
            command.warehouse, command, meta, "add-location", idempotency
        )

    async def _on_warehouse(
        self,
        code: str,
        command: RegisterWarehouse | UpdateWarehouse | AddLocation,
        meta: Metadata,
        name: str,
        idempotency: dict[str, Any],
    ) -> CommandResult:
        return await self.commands.handle(
            warehouse_decider,
            warehouse_decider.stream_id(code),
            command,
            meta,
            name=name,
            after_append=record_master,
            **idempotency,
        )

    async def warehouses(self) -> list[dict[str, Any]]:
        async with self.commands.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT w.code, w.name, w.allow_negative_on_hand, w.version, "
                "       count(l.location)::int AS location_count "
                "FROM warehouses w LEFT JOIN warehouse_locations l ON l.warehouse = w.code "
                "GROUP BY w.code ORDER BY w.code LIMIT 10000"
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
        return rows

    async def warehouse(self, code: str) -> dict[str, Any]:
        async with self.commands.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT code, name, allow_negative_on_hand, version FROM warehouses "
                "WHERE code = %s",
                (code,),
            )
            row: dict[str, Any] | None = await cur.fetchone()
            if row is None:
                raise NotFound(f"there is no warehouse {code}", fields=("code",))
            await cur.execute(
                "SELECT location, name, quarantine FROM warehouse_locations "
                "WHERE warehouse = %s ORDER BY location",
                (code,),
            )
            row["locations"] = await cur.fetchall()
        return row


# --- inline read tables ------------------------------------------------------------------


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
                await _update_one(
                    conn,
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
                await _update_one(
                    conn,
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
                await _update_one(
                    conn,
                    "UPDATE warehouses SET version = %s WHERE code = %s",
                    (version, event.warehouse),
                )
            case _:
                raise TypeError(f"the item master does not record {event.event_type}")


async def _update_one(conn: Conn, sql: str, params: tuple[Any, ...]) -> None:
    cur = await conn.execute(sql, params)
    if cur.rowcount != 1:
        # The table missed a row its stream has: refuse rather than let the two drift apart.
        raise RuntimeError(f"inline item master table out of step with its events: {params!r}")


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
