"""What purchasing knows of inventory's items and warehouses (its copy, from inventory's
events): a client may wait for an event id to read what it just registered in inventory."""

from __future__ import annotations

from typing import Any

from jxc.platform.http_commands import CommandRouter
from jxc.purchasing.api.common import Code, WaitFor, WaitSeconds
from jxc.purchasing.app.inventory_catalog import InventoryCatalog


def inventory_catalog_router(catalog: InventoryCatalog) -> CommandRouter:
    router = CommandRouter(tags=["inventory catalog"])

    @router.get("/catalog/items/{sku}")
    async def get_catalog_item(
        sku: Code, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 5.0
    ) -> dict[str, Any]:
        return await catalog.item(sku, wait_for_event, wait_seconds)

    @router.get("/catalog/warehouses/{code}")
    async def get_catalog_warehouse(
        code: Code, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 5.0
    ) -> dict[str, Any]:
        return await catalog.warehouse(code, wait_for_event, wait_seconds)

    return router
