"""Goods receipts with inspection over HTTP, and what becomes of rejected goods: purchase
returns and claims."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from pydantic import Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.purchasing.api.common import Code, LineNo, PositiveQty, Qty, Reason
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


def receiving_router(orders: PurchaseOrders) -> CommandRouter:
    router = CommandRouter(tags=["receiving"])

    async def in_order_warehouses(cmd: CommandRequest, order_id: UUID, *more: str | None) -> None:
        """The goods move in the order's warehouses (and any a line names): 403 outside the
        user's scope."""
        cmd.in_warehouses(*await orders.warehouses(order_id), *filter(None, more))

    @router.command(
        "/purchase-orders/{purchase_order_id}/receipts",
        role=Role.WAREHOUSE,
        warehouses="aggregate",
        status_code=201,
    )
    async def record_goods_receipt(
        purchase_order_id: UUID, body: GoodsReceiptBody, cmd: Command
    ) -> dict[str, Any]:
        await in_order_warehouses(cmd, purchase_order_id)
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
        return cmd.answer(await orders.receive(command, cmd.meta, **cmd.idempotency))

    @router.command(
        "/purchase-orders/{purchase_order_id}/returns",
        role=Role.WAREHOUSE,
        warehouses="aggregate",
        status_code=201,
    )
    async def ship_purchase_return(
        purchase_order_id: UUID, body: PurchaseReturnBody, cmd: Command
    ) -> dict[str, Any]:
        await in_order_warehouses(cmd, purchase_order_id, *(line.warehouse for line in body.lines))
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
        return cmd.answer(await orders.ship_return(command, cmd.meta, **cmd.idempotency))

    @router.command(
        "/purchase-orders/{purchase_order_id}/claims", role=Role.PURCHASER, status_code=201
    )
    async def raise_supplier_claim(
        purchase_order_id: UUID, body: ClaimBody, cmd: Command
    ) -> dict[str, Any]:
        command = RaiseSupplierClaim(
            purchase_order_id=purchase_order_id,
            claim_id=body.claim_id or uuid7(),
            lines=[ClaimLine(line.line_no, line.quantity, line.reason) for line in body.lines],
        )
        return cmd.answer(await orders.raise_claim(command, cmd.meta, **cmd.idempotency))

    return router
