"""Purchase orders over HTTP: create, submit, approve, send, close, cancel; the order and the
list of orders (by default the open ones)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query, Response
from pydantic import Field

from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.platform.paging import MAX_CURSOR, NEXT_CURSOR, PAGED, SortOrder, legacy_id, paged
from jxc.purchasing.adapters.order_list import ORDERS
from jxc.purchasing.api.common import Code, Currency, PositiveQty, Qty, Reason, Text, Unit
from jxc.purchasing.app.purchase_orders import PurchaseOrders
from jxc.purchasing.domain import (
    OPEN_STATUSES,
    CancelPurchaseOrder,
    ClosePurchaseOrder,
    CreatePurchaseOrder,
    OrderLine,
    PurchaseOrderState,
    PurchaseOrderStatus,
    RejectPurchaseOrder,
    SendPurchaseOrder,
    SubmitPurchaseOrder,
)


class OrderLineBody(Body):
    line_no: Annotated[int, Field(ge=1)]
    sku: Code
    quantity: PositiveQty
    unit: Unit
    unit_price: Qty
    warehouse: Code
    expected_date: date | None = None


class CreatePurchaseOrderBody(Body):
    purchase_order_id: UUID | None = None
    supplier_id: UUID
    currency: Currency
    lines: Annotated[list[OrderLineBody], Field(min_length=1, max_length=1000)]


class SendBody(Body):
    sent_to: Text | None = None


class CloseBody(Body):
    reason: Reason | None = None


class CancelBody(Body):
    reason: Reason


class RejectBody(Body):
    reason: Reason


def order_view(order_id: UUID, state: PurchaseOrderState, version: int) -> dict[str, Any]:
    assert state.status is not None
    return {
        "purchase_order_id": order_id,
        "version": version,
        "status": state.status,
        "status_reason": state.status_reason,
        "supplier_id": state.supplier_id,
        "currency": state.currency,
        "total": state.total,
        "first_approved_by": state.first_approved_by,
        "approved_by": state.approved_by,
        "suggestion_id": state.suggestion_id,
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
                "returned": line.returned,
                "claimed": line.claimed,
                "rejected_open": line.rejected_open,
                "outstanding": line.outstanding,
                "expected_date": line.expected_date,
            }
            for line in state.lines
        ],
        "receipts": sorted(str(r) for r in state.receipts),
        "returns": sorted(str(r) for r in state.returns),
        "claims": sorted(str(c) for c in state.claims),
    }


def purchase_orders_router(orders: PurchaseOrders) -> CommandRouter:
    router = CommandRouter(tags=["purchase orders"])

    @router.command("/purchase-orders", role=Role.PURCHASER, status_code=201)
    async def create_purchase_order(body: CreatePurchaseOrderBody, cmd: Command) -> dict[str, Any]:
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
        return cmd.answer(await orders.create(command, cmd.meta, **cmd.idempotency))

    @router.get("/purchase-orders", responses=PAGED)
    async def list_purchase_orders(
        response: Response,
        status: Annotated[
            list[PurchaseOrderStatus] | None,
            Query(description="repeat for several; default: the open ones (not yet received)"),
        ] = None,
        supplier_id: UUID | None = None,
        created_from: Annotated[
            date | None, Query(description="created on or after this day (UTC)")
        ] = None,
        created_to: Annotated[
            date | None, Query(description="created on or before this day (UTC)")
        ] = None,
        sort: Annotated[str | None, ORDERS.sort_query()] = None,
        order: SortOrder = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description=f"the {NEXT_CURSOR} header of the page before; still understood: "
                "an order's id, the orders after it oldest first (no sort or order then)",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    ) -> list[dict[str, Any]]:
        """A page of orders, oldest first unless sorted otherwise."""
        statuses = [s.value for s in sorted(status or OPEN_STATUSES)]
        after_order = legacy_id(after)
        if after_order is None:
            page = await orders.page(
                statuses,
                supplier_id,
                limit,
                created_from=created_from,
                created_to=created_to,
                sort=sort,
                order=order,
                after=after,
            )
            return paged(response, page)
        if sort is not None or order is not None:
            raise DomainError(
                "`after` as an order's id pages the orders oldest first only: pass the "
                f"{NEXT_CURSOR} header's `after` with `sort` and `order`",
                fields=("after",),
            )
        return await orders.search(
            statuses,
            supplier_id,
            limit,
            created_from=created_from,
            created_to=created_to,
            after=after_order,
        )

    @router.get("/purchase-orders/{purchase_order_id}")
    async def get_purchase_order(purchase_order_id: UUID) -> dict[str, Any]:
        """The order, its number (`po_no`), its supplier's code and name and each line's
        warehouse name (None where not known)."""
        state, version, names = await orders.named(purchase_order_id)
        view = order_view(purchase_order_id, state, version)
        warehouses: dict[str, str] = names.pop("warehouse_names")
        for line in view["lines"]:
            line["warehouse_name"] = warehouses.get(line["warehouse"])
        return {**view, **names}

    @router.get("/purchase-orders/{purchase_order_id}/history")
    async def get_purchase_order_history(purchase_order_id: UUID) -> list[dict[str, Any]]:
        """The order's status history: each event with when, who and the status after it."""
        return await orders.history(purchase_order_id)

    @router.command("/purchase-orders/{purchase_order_id}/submit", role=Role.PURCHASER)
    async def submit_purchase_order(purchase_order_id: UUID, cmd: Command) -> dict[str, Any]:
        """Submit as the authenticated user (no body, like approve)."""
        command = SubmitPurchaseOrder(purchase_order_id, cmd.user.name)
        return cmd.answer(await orders.submit(command, cmd.meta, **cmd.idempotency))

    @router.command("/purchase-orders/{purchase_order_id}/approve", role=Role.PURCHASE_APPROVER)
    async def approve_purchase_order(purchase_order_id: UUID, cmd: Command) -> dict[str, Any]:
        """Approve as the authenticated user; above the second-approval threshold the second
        approval must come from a different user."""
        result = await orders.approve(purchase_order_id, cmd.user.name, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.command("/purchase-orders/{purchase_order_id}/reject", role=Role.PURCHASE_APPROVER)
    async def reject_purchase_order(
        purchase_order_id: UUID, body: RejectBody, cmd: Command
    ) -> dict[str, Any]:
        """Send a submitted order back to the buyer as a draft, with the reason (as the
        authenticated user)."""
        command = RejectPurchaseOrder(purchase_order_id, cmd.user.name, body.reason)
        return cmd.answer(await orders.reject(command, cmd.meta, **cmd.idempotency))

    @router.command("/purchase-orders/{purchase_order_id}/send", role=Role.PURCHASER)
    async def send_purchase_order(
        purchase_order_id: UUID, body: SendBody, cmd: Command
    ) -> dict[str, Any]:
        command = SendPurchaseOrder(purchase_order_id, cmd.user.name, body.sent_to)
        return cmd.answer(await orders.send(command, cmd.meta, **cmd.idempotency))

    @router.command("/purchase-orders/{purchase_order_id}/close", role=Role.PURCHASER)
    async def close_purchase_order(
        purchase_order_id: UUID, body: CloseBody, cmd: Command
    ) -> dict[str, Any]:
        command = ClosePurchaseOrder(purchase_order_id, cmd.user.name, body.reason)
        return cmd.answer(await orders.close(command, cmd.meta, **cmd.idempotency))

    @router.command("/purchase-orders/{purchase_order_id}/cancel", role=Role.PURCHASER)
    async def cancel_purchase_order(
        purchase_order_id: UUID, body: CancelBody, cmd: Command
    ) -> dict[str, Any]:
        command = CancelPurchaseOrder(purchase_order_id, cmd.user.name, body.reason)
        return cmd.answer(await orders.cancel(command, cmd.meta, **cmd.idempotency))

    return router
