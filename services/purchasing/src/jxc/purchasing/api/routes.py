"""Purchasing over HTTP: commands are POSTs named for the intent; queries read the streams.

Every command answers with the stream id, its new version and the ids of the events
recorded; `Idempotency-Key` makes a retried command return the first answer."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, ConfigDict, Field

from jxc.events.ids import uuid7
from jxc.platform.commands import CommandResult, fingerprint
from jxc.platform.http import correlation_id
from jxc.platform.store import Metadata
from jxc.purchasing.app.service import Purchasing
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    CreatePurchaseOrder,
    OrderLine,
    ReceiptLine,
    RecordGoodsReceipt,
    RegisterSupplier,
)

IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", max_length=200, description="retry-safe key"),
]
Text = Annotated[str, Field(min_length=1, max_length=200)]
Code = Annotated[str, Field(min_length=1, max_length=64)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217, e.g. CNY")]
Qty = Annotated[Decimal, Field(ge=0, allow_inf_nan=False, description='a decimal, e.g. "12.5"')]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterSupplierBody(Body):
    supplier_id: UUID | None = None
    code: Code
    name: Text
    currency: Currency
    payment_terms_days: Annotated[int, Field(ge=0, le=365)] = 30
    email: str | None = None


class OrderLineBody(Body):
    line_no: Annotated[int, Field(ge=1)]
    sku: Code
    quantity: Annotated[Decimal, Field(gt=0, allow_inf_nan=False)]
    unit: Annotated[str, Field(min_length=1, max_length=16)]
    unit_price: Qty
    warehouse: Code
    expected_date: date | None = None


class CreatePurchaseOrderBody(Body):
    purchase_order_id: UUID | None = None
    supplier_id: UUID
    currency: Currency
    lines: Annotated[list[OrderLineBody], Field(min_length=1, max_length=1000)]


class ApproveBody(Body):
    approved_by: Text


class ReceiptLineBody(Body):
    line_no: Annotated[int, Field(ge=1, description="the purchase order line received")]
    quantity_accepted: Qty
    quantity_rejected: Qty = Decimal(0)
    rejection_reason: Annotated[str, Field(max_length=500)] | None = None
    lot: Annotated[str, Field(max_length=64)] | None = None


class GoodsReceiptBody(Body):
    receipt_id: UUID | None = None
    lines: Annotated[list[ReceiptLineBody], Field(min_length=1, max_length=1000)]


class Answer(BaseModel):
    """What a command answers."""

    id: UUID
    stream_id: str
    version: int
    event_ids: list[UUID]


def _answer(result: CommandResult) -> dict[str, Any]:
    return {"id": UUID(result.stream_id[-36:]), **result.to_json()}


def _meta() -> Metadata:
    return Metadata(occurred_at=datetime.now(UTC), correlation_id=correlation_id.get())


async def _idempotency(request: Request, key: str | None) -> dict[str, Any]:
    if key is None:
        return {}
    body = await request.body()
    return {
        "idempotency_key": key,
        "request_fingerprint": fingerprint([request.url.path, body.decode(errors="replace")]),
    }


def purchasing_router(purchasing: Purchasing) -> APIRouter:
    router = APIRouter()

    @router.post("/suppliers", status_code=201, response_model=Answer, tags=["suppliers"])
    async def register_supplier(
        body: RegisterSupplierBody, request: Request, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
        command = RegisterSupplier(
            supplier_id=body.supplier_id or uuid7(),
            code=body.code,
            name=body.name,
            currency=body.currency,
            payment_terms_days=body.payment_terms_days,
            email=body.email,
        )
        result = await purchasing.register_supplier(
            command, _meta(), **await _idempotency(request, idempotency_key)
        )
        return _answer(result)

    @router.get("/suppliers/{supplier_id}", tags=["suppliers"])
    async def get_supplier(supplier_id: UUID) -> dict[str, Any]:
        state, version = await purchasing.supplier(supplier_id)
        return {
            "supplier_id": supplier_id,
            "version": version,
            "code": state.code,
            "name": state.name,
            "currency": state.currency,
            "blocked": state.blocked,
        }

    @router.post(
        "/purchase-orders", status_code=201, response_model=Answer, tags=["purchase orders"]
    )
    async def create_purchase_order(
        body: CreatePurchaseOrderBody, request: Request, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
        command = CreatePurchaseOrder(
            purchase_order_id=body.purchase_order_id or uuid7(),
            supplier_id=body.supplier_id,
            supplier_currency="",  # filled in from the supplier, in the command's transaction
            supplier_blocked=False,
            currency=body.currency,
            lines=[
                OrderLine(
                    line_no=line.line_no,
                    sku=line.sku,
                    quantity=line.quantity,
                    unit=line.unit,
                    unit_price=line.unit_price,
                    warehouse=line.warehouse,
                    expected_date=line.expected_date,
                )
                for line in body.lines
            ],
        )
        result = await purchasing.create_purchase_order(
            command, _meta(), **await _idempotency(request, idempotency_key)
        )
        return _answer(result)

    @router.post(
        "/purchase-orders/{purchase_order_id}/approve",
        response_model=Answer,
        tags=["purchase orders"],
    )
    async def approve_purchase_order(
        purchase_order_id: UUID,
        body: ApproveBody,
        request: Request,
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
        command = ApprovePurchaseOrder(purchase_order_id, body.approved_by)
        result = await purchasing.approve_purchase_order(
            command, _meta(), **await _idempotency(request, idempotency_key)
        )
        return _answer(result)

    @router.post(
        "/purchase-orders/{purchase_order_id}/receipts",
        status_code=201,
        response_model=Answer,
        tags=["purchase orders"],
    )
    async def record_goods_receipt(
        purchase_order_id: UUID,
        body: GoodsReceiptBody,
        request: Request,
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
        command = RecordGoodsReceipt(
            purchase_order_id=purchase_order_id,
            receipt_id=body.receipt_id or uuid7(),
            lines=[
                ReceiptLine(
                    line_no=line.line_no,
                    quantity_accepted=line.quantity_accepted,
                    quantity_rejected=line.quantity_rejected,
                    rejection_reason=line.rejection_reason,
                    lot=line.lot,
                )
                for line in body.lines
            ],
        )
        result = await purchasing.record_goods_receipt(
            command, _meta(), **await _idempotency(request, idempotency_key)
        )
        return _answer(result)

    @router.get("/purchase-orders/{purchase_order_id}", tags=["purchase orders"])
    async def get_purchase_order(purchase_order_id: UUID) -> dict[str, Any]:
        state, version = await purchasing.purchase_order(purchase_order_id)
        return {
            "purchase_order_id": purchase_order_id,
            "version": version,
            "status": state.status,
            "supplier_id": state.supplier_id,
            "currency": state.currency,
            "total": state.total,
            "approved_by": state.approved_by,
            "lines": [
                {
                    "line_no": line.line_no,
                    "sku": line.sku,
                    "unit": line.unit,
                    "warehouse": line.warehouse,
                    "unit_price": line.unit_price,
                    "ordered": line.ordered,
                    "accepted": line.accepted,
                    "rejected": line.rejected,
                    "outstanding": line.outstanding,
                    "expected_date": line.expected_date,
                }
                for line in state.lines
            ],
            "receipts": sorted(str(r) for r in state.receipts),
        }

    return router
