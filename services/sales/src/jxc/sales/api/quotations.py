"""Quotations over HTTP (role sales): create, record the customer's acceptance, convert into
an order in one command; the quotation with its status (open, accepted, expired, converted)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.platform.paging import SortOrder
from jxc.sales.adapters.quotation_list import QUOTATIONS
from jxc.sales.api.common import MAX_PAGE, AfterIdOrCursor, Code, after_id, sorting
from jxc.sales.api.orders import OrderLineBody
from jxc.sales.app.orders import LineInput
from jxc.sales.app.quotations import OrderTerms, Quotations

QuotationStatus = Literal["open", "accepted", "expired", "converted"]


class CreateQuotationBody(Body):
    quotation_id: UUID | None = None
    customer_id: UUID
    lines: Annotated[list[OrderLineBody], Field(min_length=1, max_length=500)]
    valid_until: date


class ConvertQuotationBody(Body):
    order_id: UUID | None = None
    ship_to: Code | None = None
    promised_on: date | None = None


def quotations_router(quotations: Quotations) -> CommandRouter:
    router = CommandRouter(tags=["quotations"])

    @router.command("/quotations", role=Role.SALES, status_code=201)
    async def create_quotation(body: CreateQuotationBody, cmd: Command) -> dict[str, Any]:
        lines = [
            LineInput(x.sku, x.warehouse, x.quantity, x.unit_price, x.discount_percent)
            for x in body.lines
        ]
        result = await quotations.create(
            body.quotation_id or uuid7(),
            body.customer_id,
            lines,
            body.valid_until,
            cmd.meta,
            cmd.user.name,
            **cmd.idempotency,
        )
        return cmd.answer(result)

    @router.command("/quotations/{quotation_id}/accept", role=Role.SALES)
    async def accept_quotation(quotation_id: UUID, cmd: Command) -> dict[str, Any]:
        result = await quotations.accept(quotation_id, cmd.user.name, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.command("/quotations/{quotation_id}/convert", role=Role.SALES)
    async def convert_quotation(
        quotation_id: UUID, body: ConvertQuotationBody, cmd: Command
    ) -> dict[str, Any]:
        order = OrderTerms(
            order_id=body.order_id or uuid7(),
            taken_by=cmd.user.name,
            ship_to=body.ship_to,
            promised_on=body.promised_on,
        )
        result = await quotations.convert(quotation_id, order, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.get("/quotations")
    async def list_quotations(
        customer_id: Annotated[UUID | None, Query(description="of this customer")] = None,
        status: Annotated[QuotationStatus | None, Query()] = None,
        after: AfterIdOrCursor = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        sort: Annotated[str | None, QUOTATIONS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """The quotations, newest first; status as of today. With `sort` (and `order`) in
        the order asked, the `next` of each page then a cursor of that sort."""
        today = datetime.now(UTC).date()
        if sorting(sort, order):
            found, cursor = await quotations.sorted_page(
                customer_id, status, today, sort, order, after, limit
            )
            return {"items": [_listed(row) for row in found], "next": cursor}
        rows = await quotations.search(customer_id, status, today, after_id(after), limit + 1)
        page = rows[:limit]
        return {
            "items": [_listed(row) for row in page],
            "next": str(page[-1]["quotation_id"]) if len(rows) > limit else None,
        }

    @router.get("/quotations/{quotation_id}")
    async def get_quotation(quotation_id: UUID) -> dict[str, Any]:
        state, version = await quotations.get(quotation_id)
        created = state.created
        assert created is not None
        return {
            "quotation_id": quotation_id,
            "version": version,
            "status": state.status(datetime.now(UTC).date()),
            "customer_id": created.customer_id,
            "currency": created.currency,
            "total": str(created.total.amount),
            "valid_until": created.valid_until,
            "accepted_on": state.accepted_on,
            "order_id": state.order_id,
            "created_by": created.created_by,
            "lines": [
                {
                    "line_no": line.line_no,
                    "sku": line.sku,
                    "warehouse": line.warehouse,
                    "quantity": str(line.quantity),
                    "unit": line.unit,
                    "unit_price": str(line.unit_price.amount),
                    "discount_percent": str(line.discount_percent),
                    "net_amount": str(line.net_amount.amount),
                }
                for line in created.lines
            ],
        }

    return router


def _listed(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "total": str(row["total"])}
