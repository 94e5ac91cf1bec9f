"""Goods receipts with inspection over HTTP, and what becomes of rejected goods: purchase
returns and claims."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Request
from pydantic import Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.platform.http_commands import IdempotencyKey, idempotency, request_meta
from jxc.purchasing.api.common import Answer, Body, Code, LineNo, PositiveQty, Qty, Reason, answer
from jxc.purchasing.app.purchase_orders import PurchaseOrders
from jxc.purchasing.domain import (
    ClaimLine,
    RaiseSupplierClaim,
    ReceiptLine,
    RecordGoodsReceipt,
    ReturnLine,
    ShipPurchaseReturn,
)

Lines = Field(min_length=1, max_length=1000)


class ReceiptLineBody(Body):
    line_no: LineNo
    quantity_accepted: Qty
    quantity_rejected: Qty = Decimal(0)
    rejection_reason: Annotated[limits.Text, Field(max_length=limits.MAX_REASON)] | None = None
    lot: Annotated[limits.Text, Field(max_length=limits.MAX_CODE)] | None = None


class GoodsReceiptBody(Body):
    receipt_id: UUID | None = None
    lines: Annotated[list[ReceiptLineBody], Lines]


class ReturnLineBody(Body):
    line_no: LineNo
    quantity: PositiveQty
    reason: Reason
    warehouse: Code | None = Field(default=None, description="default: the PO line's")
    location: Code | None = Field(
        default=None, description="where the goods lie in stock, e.g. a quarantine bin"
    )
    lot: Code | None = None


class PurchaseReturnBody(Body):
    return_id: UUID | None = None
    lines: Annotated[list[ReturnLineBody], Lines]


class ClaimLineBody(Body):
    line_no: LineNo
    quantity: PositiveQty
    reason: Reason


class ClaimBody(Body):
    claim_id: UUID | None = None
    lines: Annotated[list[ClaimLineBody], Lines]


def receiving_router(orders: PurchaseOrders) -> APIRouter:
    router = APIRouter(tags=["receiving"])

    @router.post(
        "/purchase-orders/{purchase_order_id}/receipts", status_code=201, response_model=Answer
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
        result = await orders.receive(
            command, request_meta(), **await idempotency(request, idempotency_key)
        )
        return answer(result)

    @router.post(
        "/purchase-orders/{purchase_order_id}/returns", status_code=201, response_model=Answer
    )
    async def ship_purchase_return(
        purchase_order_id: UUID,
        body: PurchaseReturnBody,
        request: Request,
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
        command = ShipPurchaseReturn(
            purchase_order_id=purchase_order_id,
            return_id=body.return_id or uuid7(),
            lines=[
                ReturnLine(
                    line_no=line.line_no,
                    quantity=line.quantity,
                    reason=line.reason,
                    warehouse=line.warehouse,
                    location=line.location,
                    lot=line.lot,
                )
                for line in body.lines
            ],
        )
        result = await orders.ship_return(
            command, request_meta(), **await idempotency(request, idempotency_key)
        )
        return answer(result)

    @router.post(
        "/purchase-orders/{purchase_order_id}/claims", status_code=201, response_model=Answer
    )
    async def raise_supplier_claim(
        purchase_order_id: UUID,
        body: ClaimBody,
        request: Request,
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
        command = RaiseSupplierClaim(
            purchase_order_id=purchase_order_id,
            claim_id=body.claim_id or uuid7(),
            lines=[ClaimLine(line.line_no, line.quantity, line.reason) for line in body.lines],
        )
        result = await orders.raise_claim(
            command, request_meta(), **await idempotency(request, idempotency_key)
        )
        return answer(result)

    return router
