"""GET /late-deliveries: what suppliers owe past its expected date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query, Response
from pydantic import BaseModel

from jxc.platform.http_commands import CommandRouter
from jxc.platform.paging import PAGED, After, SortOrder, paged
from jxc.purchasing.adapters.late_deliveries import LATE
from jxc.purchasing.app.late_deliveries import LateDeliveries


class LateLine(BaseModel):
    purchase_order_id: UUID
    po_no: int | None = None
    supplier_id: UUID
    supplier_name: str | None = None
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

    @router.get("/late-deliveries", response_model=list[LateLine], responses=PAGED)
    async def late_deliveries(
        response: Response,
        on: Annotated[date | None, Query(description="late on this day; default today")] = None,
        sort: Annotated[str | None, LATE.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    ) -> list[dict[str, Any]]:
        """Lines of orders sent to their suppliers (or partly received) whose expected date
        is before `on`, with less accepted than ordered; the most overdue first unless sorted
        otherwise (days_late, expected_date, supplier_name); the next page
        starts at the X-Next-Cursor header's `after` (with the same `on`)."""
        page = await late.lines(on or datetime.now(UTC).date(), limit, sort, order, after)
        return paged(response, page)

    return router
