"""GET /late-deliveries: what suppliers owe past its expected date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import BaseModel

from jxc.platform.http_commands import CommandRouter
from jxc.purchasing.app.late_deliveries import LateDeliveries


class LateLine(BaseModel):
    purchase_order_id: UUID
    supplier_id: UUID
    status: str
    line_no: int
    sku: str
    warehouse: str
    unit: str
    ordered: Decimal
    accepted: Decimal
    expected_date: date
    days_late: int


def late_deliveries_router(late: LateDeliveries) -> CommandRouter:
    router = CommandRouter(tags=["purchase orders"])

    @router.get("/late-deliveries", response_model=list[LateLine])
    async def late_deliveries(
        on: Annotated[date | None, Query(description="late on this day; default today")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    ) -> list[dict[str, Any]]:
        """Lines of orders sent to their suppliers (or partly received) whose expected date
        is before `on`, with less accepted than ordered; the most overdue first."""
        return await late.lines(on or datetime.now(UTC).date(), limit)

    return router
