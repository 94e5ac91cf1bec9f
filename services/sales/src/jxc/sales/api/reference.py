"""What sales knows of crm's customers (with the credit exposure) and inventory's items (its
copies, from their events): a client may wait for an event id to read what it just changed."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from jxc.platform.http_commands import CommandRouter
from jxc.sales.api.common import Code, WaitFor, WaitSeconds
from jxc.sales.app.reference import ReferenceData


def reference_router(data: ReferenceData) -> CommandRouter:
    router = CommandRouter(tags=["customers and catalog"])

    @router.get("/customers/{customer_id}")
    async def get_sales_customer(
        customer_id: UUID, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 5.0
    ) -> dict[str, Any]:
        return await data.customer(customer_id, wait_for_event, wait_seconds)

    @router.get("/catalog/items/{sku}")
    async def get_sales_catalog_item(
        sku: Code, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 5.0
    ) -> dict[str, Any]:
        return await data.item(sku, wait_for_event, wait_seconds)

    return router
