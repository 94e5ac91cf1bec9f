"""The purchase plan over HTTP: reorder suggestions, and a suggestion turned into a draft
purchase order in one command."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query, Response
from pydantic import Field

from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.platform.paging import PAGED, After, SortOrder, paged
from jxc.purchasing.adapters.plan_list import PLAN
from jxc.purchasing.api.common import Code, PositiveQty, Qty, WaitFor, WaitSeconds
from jxc.purchasing.app.purchase_plan import PurchasePlan
from jxc.purchasing.domain.purchase_plan import SuggestionStatus


class DraftOrderBody(Body):
    supplier_id: UUID
    purchase_order_id: UUID | None = None
    unit_price: Qty | None = Field(
        default=None, description="default: the supplier's last price for the SKU"
    )
    quantity: PositiveQty | None = Field(default=None, description="default: the suggested one")
    expected_date: date | None = None


def purchase_plan_router(plan: PurchasePlan) -> CommandRouter:
    router = CommandRouter(tags=["purchase plan"])

    @router.get("/purchase-plan", responses=PAGED)
    async def get_purchase_plan(
        response: Response,
        status: Annotated[
            SuggestionStatus | Literal["all"], Query(description="default: open")
        ] = SuggestionStatus.OPEN,
        sku: Annotated[Code | None, Query()] = None,
        warehouse: Annotated[Code | None, Query()] = None,
        days: Annotated[
            int | None, Query(ge=1, le=3650, description="sales rate over this many days")
        ] = None,
        lead_time_days: Annotated[
            int | None,
            Query(ge=1, le=365, description="sum the demand forecast over this many days"),
        ] = None,
        sort: Annotated[str | None, PLAN.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 1000,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 5.0,
    ) -> list[dict[str, Any]]:
        """A page of suggestions, the oldest detected first unless sorted otherwise."""
        page = await plan.list(
            status=None if status == "all" else SuggestionStatus(status),
            sku=sku,
            warehouse=warehouse,
            days=days,
            lead_time_days=lead_time_days,
            wait_for=wait_for_event,
            wait_seconds=wait_seconds,
            limit=limit,
            sort=sort,
            order=order,
            after=after,
        )
        return paged(response, page)

    @router.command("/purchase-plan/{suggestion_id}/draft-po", role=Role.PURCHASER, status_code=201)
    async def draft_purchase_order(
        suggestion_id: UUID, body: DraftOrderBody, cmd: Command
    ) -> dict[str, Any]:
        result = await plan.draft_order(
            suggestion_id,
            purchase_order_id=body.purchase_order_id or uuid7(),
            supplier_id=body.supplier_id,
            unit_price=body.unit_price,
            quantity=body.quantity,
            expected_date=body.expected_date,
            meta=cmd.meta,
            **cmd.idempotency,
        )
        return cmd.answer(result)

    return router
