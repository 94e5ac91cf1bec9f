"""Invoicing over HTTP: VAT rates per item category (role admin), issuing an invoice by hand
(role sales; the policy issues them when shipments are dispatched), the invoice and the list
(by order or customer, keyset-paged)."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events.contracts.sales import TaxRate
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.platform.paging import SortOrder
from jxc.sales.adapters.invoice_list import INVOICES
from jxc.sales.api.common import AfterIdOrCursor, after_id, sorting
from jxc.sales.api.fields import MAX_PAGE, Code
from jxc.sales.app.invoices import Invoices
from jxc.sales.domain.vat_rates import SetVatRate


class VatRateBody(Body):
    category: Code | None = Field(default=None, description="the default rate when left out")
    rate: TaxRate = Field(description="a fraction: 0.13 is 13 %")


class IssueBody(Body):
    shipment_id: UUID | None = None
    order_id: UUID | None = None


def invoices_router(invoices: Invoices) -> CommandRouter:
    router = CommandRouter(tags=["invoices"])

    @router.command("/vat-rates", role=Role.ADMIN)
    async def set_vat_rate(body: VatRateBody, cmd: Command) -> dict[str, Any]:
        command = SetVatRate(body.category, body.rate)
        return cmd.answer(await invoices.set_rate(command, cmd.meta, **cmd.idempotency))

    @router.get("/vat-rates")
    async def vat_rates() -> dict[str, Any]:
        rates = await invoices.rates()
        return {
            "default": str(rates.default),
            "categories": {k: str(v) for k, v in sorted(rates.by_category.items())},
        }

    @router.command("/invoices", role=Role.SALES, status_code=201)
    async def issue_invoice(body: IssueBody, cmd: Command) -> dict[str, Any]:
        """The invoice of a dispatched shipment (or of an all-dispatched order, per the
        setting), if the policy has not issued it yet (409 when it has)."""
        result = await invoices.issue(body.shipment_id, body.order_id, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.get("/invoices/{invoice_id}")
    async def get_invoice(invoice_id: UUID) -> dict[str, Any]:
        return (await invoices.get(invoice_id)).model_dump(mode="json")

    @router.get("/invoices")
    async def list_invoices(
        order_id: Annotated[UUID | None, Query()] = None,
        customer_id: Annotated[UUID | None, Query()] = None,
        after: AfterIdOrCursor = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        sort: Annotated[str | None, INVOICES.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """The invoices by id (issue order); with `sort` (and `order`) in the order asked, the
        `next` of each page then a cursor of that sort."""
        if sorting(sort, order):
            found, cursor = await invoices.sorted_page(
                order_id, customer_id, sort, order, after, limit
            )
            return {"items": [_listed(row) for row in found], "next": cursor}
        rows = await invoices.search(order_id, customer_id, after_id(after), limit + 1)
        page = rows[:limit]
        return {
            "items": [_listed(row) for row in page],
            "next": str(page[-1]["invoice_id"]) if len(rows) > limit else None,
        }

    return router


def _listed(row: dict[str, Any]) -> dict[str, Any]:
    return {k: str(v) if k.endswith("_total") else v for k, v in row.items()}
