"""What purchasing knows of inventory's items and warehouses: the check commands make before
naming them, and the catalog queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.platform.decider import DomainError, NotFound
from jxc.platform.reads import reading, wait_for_event
from jxc.platform.store import Conn
from jxc.purchasing.domain import OrderLine
from jxc.purchasing.projections import inventory_catalog

Named = tuple[str, str]


async def check_registered(
    conn: Conn, *, skus: Sequence[Named] = (), warehouses: Sequence[Named] = ()
) -> None:
    """A 422 naming the first field whose SKU or warehouse inventory never registered;
    each is given as (field, value)."""
    missing_skus, missing_warehouses = await inventory_catalog.unknown(
        conn, [v.strip() for _, v in skus], [v.strip() for _, v in warehouses]
    )
    for field, sku in skus:
        if sku.strip() in missing_skus:
            raise DomainError(
                f"there is no item {sku.strip()} in inventory's item master; register it in "
                "inventory first",
                fields=(field,),
            )
    for field, warehouse in warehouses:
        if warehouse.strip() in missing_warehouses:
            raise DomainError(
                f"there is no warehouse {warehouse.strip()} in inventory; register it in "
                "inventory first",
                fields=(field,),
            )


def order_lines_named(lines: Sequence[OrderLine]) -> dict[str, list[Named]]:
    """The SKUs and warehouses a purchase order's lines name, by field."""
    return {
        "skus": [(f"lines.{i}.sku", line.sku) for i, line in enumerate(lines)],
        "warehouses": [(f"lines.{i}.warehouse", line.warehouse) for i, line in enumerate(lines)],
    }


class InventoryCatalog:
    def __init__(
        self, pool: AsyncConnectionPool[Any], consumer: str, max_wait_seconds: float
    ) -> None:
        self.pool = pool
        self.consumer = consumer
        self.max_wait_seconds = max_wait_seconds

    async def item(self, sku: str, wait_for: UUID | None, wait_seconds: float) -> dict[str, Any]:
        await self._wait(wait_for, wait_seconds)
        async with reading(self.pool) as conn:
            found = await inventory_catalog.item(conn, sku)
        if found is None:
            raise NotFound(f"inventory has not registered item {sku}", fields=("sku",))
        return found

    async def warehouse(
        self, code: str, wait_for: UUID | None, wait_seconds: float
    ) -> dict[str, Any]:
        await self._wait(wait_for, wait_seconds)
        async with reading(self.pool) as conn:
            found = await inventory_catalog.warehouse(conn, code)
        if found is None:
            raise NotFound(f"inventory has not registered warehouse {code}", fields=("code",))
        return found

    async def _wait(self, event_id: UUID | None, wait_seconds: float) -> None:
        timeout = min(wait_seconds, self.max_wait_seconds)
        await wait_for_event(self.pool, self.consumer, event_id, timeout, "inventory catalog")
