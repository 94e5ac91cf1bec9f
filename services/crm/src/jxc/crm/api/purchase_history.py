"""A customer's purchase history over HTTP: the figures (orders, returns, lifetime value,
average order value, last purchase, preferred products) and the orders, latest first."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query

from jxc.crm.api.common import (
    READERS,
    After,
    Limit,
    WaitFor,
    WaitSeconds,
    parse_time_cursor,
    time_cursor,
)
from jxc.crm.app.purchase_history import PurchaseHistory
from jxc.platform.http_commands import CommandRouter


def purchase_history_router(history: PurchaseHistory) -> CommandRouter:
    router = CommandRouter(tags=["purchase history"], readers=READERS)

    @router.get("/customers/{customer_id}/purchase-history")
    async def get_purchase_history(
        customer_id: UUID, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 5.0
    ) -> dict[str, Any]:
        return await history.summary(
            customer_id, wait_for=wait_for_event, wait_seconds=wait_seconds
        )

    @router.get("/customers/{customer_id}/purchase-history/orders")
    async def list_customer_orders(  # each order's status: jxc.crm.domain.order_progress
        customer_id: UUID,
        status: Annotated[
            Literal[
                "placed",
                "shipped",
                "invoiced",
                "partially_delivered",
                "delivered",
                "returned",
                "cancelled",
            ]
            | None,
            Query(
                description="the orders of this status; placed: every order not cancelled "
                "(whatever its progress, as before orders had further statuses)"
            ),
        ] = None,
        after: After = None,
        limit: Limit = 50,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 5.0,
    ) -> dict[str, Any]:
        rows = await history.orders(
            customer_id,
            status,
            parse_time_cursor(after),
            limit + 1,
            wait_for=wait_for_event,
            wait_seconds=wait_seconds,
        )
        page, more = rows[:limit], len(rows) > limit
        return {
            "items": page,
            "next": time_cursor(page[-1]["placed_at"], page[-1]["order_id"]) if more else None,
        }

    return router
