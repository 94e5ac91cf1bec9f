"""The item master's application layer: items, warehouses and their locations.

Every command runs through the platform's handler; the item master's tables
(adapters/item_master.py) are written in the same transaction as the events, so they never
lag. The unique index on `items.barcode` is what keeps a barcode on one item only: a clash
rolls the command back and is answered as a 409 naming the item that holds the barcode.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from psycopg import errors

from jxc.inventory.adapters import item_master
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
from jxc.platform.commands import CommandHandler, CommandResult, from_events
from jxc.platform.decider import NotFound, StateConflict
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Metadata
from jxc.platform.value_checks import check_code


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
                after_append=from_events(item_master.record_master),
                **idempotency,
            )
        except errors.UniqueViolation as exc:
            # The barcode passed the decider's checks before the insert could clash on it.
            barcode = None if isinstance(command.barcode, Keep) else check_barcode(command.barcode)
            if exc.diag.constraint_name != item_master.BARCODE_KEY or barcode is None:
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
        async with reading(self.commands.pool) as conn:
            return await item_master.barcode_holder(conn, barcode)

    async def item(self, sku: str) -> dict[str, Any]:
        async with reading(self.commands.pool) as conn:
            row = await item_master.item(conn, sku)
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
        sort: str | None = None,
        order: Order | None = None,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """A page of items ordered by SKU, and the SKU to pass as `after` for the next page
        (None on the last page); sorted otherwise when `sort` or `order` is given, `after` and
        the answer's next then a cursor. `q` matches the start of the SKU or of the name, any
        case."""
        prefix = None if not q else _like_escape(q.lower()) + "%"
        if sort is not None or order is not None:
            async with reading(self.commands.pool) as conn:
                return await item_master.items_page(
                    conn,
                    category=category,
                    prefix=prefix,
                    barcode=barcode,
                    sort=sort,
                    order=order,
                    after=after,
                    limit=limit,
                )
        async with reading(self.commands.pool) as conn:
            rows = await item_master.items(
                conn,
                category=category,
                prefix=prefix,
                barcode=barcode,
                after=after,
                limit=limit + 1,
            )
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
            after_append=from_events(item_master.record_master),
            **idempotency,
        )

    async def warehouses_page(
        self,
        holding: str | None,
        limit: int,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await item_master.warehouses_page(conn, holding, limit, sort, order, after)

    async def warehouses(self) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await item_master.warehouses(conn)

    async def warehouse(self, code: str) -> dict[str, Any]:
        async with reading(self.commands.pool) as conn:
            row = await item_master.warehouse(conn, code)
        if row is None:
            raise NotFound(f"there is no warehouse {code}", fields=("code",))
        return row


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
