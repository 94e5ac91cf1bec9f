"""Supplier invoices over HTTP: record (and match at once), re-match, release; the invoice and
the list of invoices. Command answers also say where the invoice stands (matched or held)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query, Response
from pydantic import Field

from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.commands import CommandResult
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Answer, Body, Command, CommandRouter
from jxc.platform.paging import MAX_CURSOR, NEXT_CURSOR, PAGED, SortOrder, legacy_id, paged
from jxc.purchasing.adapters.invoice_list import INVOICES
from jxc.purchasing.api.common import Code, Currency, LineNo, PositiveQty, Qty, Reason
from jxc.purchasing.app.invoices import NewInvoice, SupplierInvoices
from jxc.purchasing.domain.supplier_invoice import InvoiceLine, InvoiceStatus, SupplierInvoiceState


class InvoiceLineBody(Body):
    line_no: LineNo
    quantity: PositiveQty
    unit_price: Qty
    tax_rate: (
        Annotated[Decimal, Field(ge=0, lt=1, allow_inf_nan=False, decimal_places=6)] | None
    ) = Field(default=None, description="the VAT rate the invoice states, 0.13 for 13 %")


class RecordInvoiceBody(Body):
    invoice_id: UUID | None = None
    supplier_id: UUID
    purchase_order_id: UUID
    invoice_number: Code
    invoice_date: date | None = Field(default=None, description="default: today (UTC)")
    currency: Currency | None = Field(default=None, description="if sent, the order's")
    lines: Annotated[list[InvoiceLineBody], Field(min_length=1, max_length=1000)]


class ReleaseBody(Body):
    reason: Reason


class InvoiceAnswer(Answer):
    status: InvoiceStatus
    hold_reason: str | None


def invoice_view(invoice_id: UUID, state: SupplierInvoiceState, version: int) -> dict[str, Any]:
    held = dict(state.held)
    return {
        "invoice_id": invoice_id,
        "version": version,
        "status": state.status,
        "hold_reason": state.hold_reason,
        "overridden_by": state.overridden_by,
        "supplier_id": state.supplier_id,
        "purchase_order_id": state.purchase_order_id,
        "invoice_number": state.invoice_number,
        "invoice_date": state.invoice_date,
        "due_date": state.due_date,
        "currency": state.currency,
        "total": state.total,
        "lines": [
            {
                "line_no": line.line_no,
                "sku": line.sku,
                "unit": line.unit,
                "quantity": line.quantity,
                "unit_price": line.unit_price,
                "hold_reason": held.get(line.line_no),
            }
            for line in state.lines
        ],
    }


def invoices_router(invoices: SupplierInvoices) -> CommandRouter:
    router = CommandRouter(tags=["supplier invoices"])

    async def standing(result: CommandResult) -> dict[str, Any]:
        state, _ = await invoices.get(UUID(result.id))
        return {**result.to_json(), "status": state.status, "hold_reason": state.hold_reason}

    @router.command(
        "/supplier-invoices", role=Role.ACCOUNTANT, status_code=201, response_model=InvoiceAnswer
    )
    async def record_supplier_invoice(body: RecordInvoiceBody, cmd: Command) -> dict[str, Any]:
        invoice = NewInvoice(
            invoice_id=body.invoice_id or uuid7(),
            supplier_id=body.supplier_id,
            purchase_order_id=body.purchase_order_id,
            invoice_number=body.invoice_number,
            invoice_date=body.invoice_date or datetime.now(UTC).date(),
            lines=[
                InvoiceLine(line.line_no, line.quantity, line.unit_price, line.tax_rate)
                for line in body.lines
            ],
            currency=body.currency,
        )
        return await standing(await invoices.record(invoice, cmd.meta, **cmd.idempotency))

    @router.command(
        "/supplier-invoices/{invoice_id}/match", role=Role.ACCOUNTANT, response_model=InvoiceAnswer
    )
    async def match_supplier_invoice(invoice_id: UUID, cmd: Command) -> dict[str, Any]:
        return await standing(await invoices.rematch(invoice_id, cmd.meta, **cmd.idempotency))

    @router.command(
        "/supplier-invoices/{invoice_id}/release",
        role=Role.ACCOUNTANT,
        response_model=InvoiceAnswer,
    )
    async def release_supplier_invoice(
        invoice_id: UUID, body: ReleaseBody, cmd: Command
    ) -> dict[str, Any]:
        result = await invoices.release(
            invoice_id, cmd.user.name, body.reason, cmd.meta, **cmd.idempotency
        )
        return await standing(result)

    @router.get("/supplier-invoices", responses=PAGED)
    async def list_supplier_invoices(
        response: Response,
        status: InvoiceStatus | None = None,
        supplier_id: UUID | None = None,
        purchase_order_id: UUID | None = None,
        sort: Annotated[str | None, INVOICES.sort_query()] = None,
        order: SortOrder = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description=f"the {NEXT_CURSOR} header of the page before; still understood: "
                "an invoice's id, the invoices after it oldest first (no sort or order then)",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    ) -> list[dict[str, Any]]:
        """A page of invoices, the oldest recorded first unless sorted otherwise."""
        wanted = status.value if status else None
        after_invoice = legacy_id(after)
        if after_invoice is None:
            page = await invoices.page(
                wanted, supplier_id, purchase_order_id, limit, sort=sort, order=order, after=after
            )
            return paged(response, page)
        if sort is not None or order is not None:
            raise DomainError(
                "`after` as an invoice's id pages the invoices oldest first only: pass the "
                f"{NEXT_CURSOR} header's `after` with `sort` and `order`",
                fields=("after",),
            )
        return await invoices.search(wanted, supplier_id, purchase_order_id, limit, after_invoice)

    @router.get("/supplier-invoices/{invoice_id}")
    async def get_supplier_invoice(invoice_id: UUID) -> dict[str, Any]:
        state, version = await invoices.get(invoice_id)
        return invoice_view(invoice_id, state, version)

    return router
