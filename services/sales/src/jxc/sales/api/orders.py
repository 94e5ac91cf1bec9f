"""Sales orders over HTTP: place, confirm, close, cancel (role sales); release or refuse an
order held on credit (role credit_controller); the order with its lines explained, the order
book and the backorders, filterable and keyset paged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events import limits
from jxc.events.base import Money
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import MAX_CURSOR, SortOrder
from jxc.platform.value_checks import fmt
from jxc.sales.adapters.order_book import BACKORDERS, ORDERS, Filters
from jxc.sales.api.common import MAX_PAGE, Code, Percent, PositiveQty, Reason, Text, sorting
from jxc.sales.app.orders import LineInput, Orders, PlaceInput
from jxc.sales.domain.order import (
    CancelOrder,
    CloseOrder,
    ConfirmOrder,
    OrderCommand,
    OrderState,
    RefuseCredit,
    ReleaseCredit,
)


class OrderLineBody(Body):
    sku: Code
    warehouse: Code
    quantity: PositiveQty
    unit_price: (
        Annotated[limits.NonNegativeAmount, Field(description="leave out to use the price list")]
        | None
    ) = None
    discount_percent: Percent = Decimal(0)


class PlaceOrderBody(Body):
    order_id: UUID | None = None
    customer_id: UUID
    lines: Annotated[list[OrderLineBody], Field(min_length=1, max_length=500)]
    ship_to: Code | None = None
    promised_on: date | None = None
    order_discount_percent: Percent = Decimal(0)
    coupon_code: Code | None = None
    voucher_code: Code | None = None


class ReasonBody(Body):
    reason: Reason


class NoteBody(Body):
    note: Text | None = None


def place_input(body: PlaceOrderBody, user: str) -> PlaceInput:
    return PlaceInput(
        order_id=body.order_id or uuid7(),
        customer_id=body.customer_id,
        lines=tuple(
            LineInput(x.sku, x.warehouse, x.quantity, x.unit_price, x.discount_percent)
            for x in body.lines
        ),
        taken_by=user,
        ship_to=body.ship_to,
        promised_on=body.promised_on,
        order_discount_percent=body.order_discount_percent,
        coupon_code=body.coupon_code,
        voucher_code=body.voucher_code,
    )


def orders_router(orders: Orders) -> CommandRouter:
    router = CommandRouter(tags=["sales orders"])

    async def run(
        order_id: UUID, command: OrderCommand, name: str, cmd: CommandRequest
    ) -> dict[str, Any]:
        return cmd.answer(await orders.handle(order_id, command, cmd.meta, name, cmd.idempotency))

    @router.command("/orders", role=Role.SALES, status_code=201)
    async def place_order(body: PlaceOrderBody, cmd: Command) -> dict[str, Any]:
        request = place_input(body, cmd.user.name)
        return cmd.answer(await orders.place(request, cmd.meta, **cmd.idempotency))

    @router.command("/orders/{order_id}/confirm", role=Role.SALES)
    async def confirm_order(order_id: UUID, cmd: Command) -> dict[str, Any]:
        return await run(order_id, ConfirmOrder(order_id, cmd.user.name), "confirm-order", cmd)

    @router.command("/orders/{order_id}/close", role=Role.SALES)
    async def close_order(order_id: UUID, cmd: Command) -> dict[str, Any]:
        return await run(order_id, CloseOrder(order_id, cmd.user.name), "close-order", cmd)

    @router.command("/orders/{order_id}/cancel", role=Role.SALES)
    async def cancel_order(order_id: UUID, body: ReasonBody, cmd: Command) -> dict[str, Any]:
        return await run(order_id, CancelOrder(order_id, body.reason), "cancel-order", cmd)

    @router.command("/orders/{order_id}/release-credit-hold", role=Role.CREDIT_CONTROLLER)
    async def release_credit_hold(order_id: UUID, body: NoteBody, cmd: Command) -> dict[str, Any]:
        command = ReleaseCredit(order_id, cmd.user.name, body.note)
        return cmd.answer(await orders.release(command, cmd.meta, **cmd.idempotency))

    @router.command("/orders/{order_id}/refuse-credit", role=Role.CREDIT_CONTROLLER)
    async def refuse_credit(order_id: UUID, body: ReasonBody, cmd: Command) -> dict[str, Any]:
        command = RefuseCredit(order_id, cmd.user.name, body.reason)
        return await run(order_id, command, "refuse-credit", cmd)

    @router.get("/orders/{order_id}")
    async def get_order(order_id: UUID) -> dict[str, Any]:
        state, version = await orders.get(order_id)
        return {"order_id": order_id, "version": version, **order_view(state)}

    @router.get("/orders")
    async def list_orders(
        customer_id: Annotated[UUID | None, Query(description="orders of this customer")] = None,
        sku: Annotated[Code | None, Query(description="orders with a line of this SKU")] = None,
        warehouse: Annotated[Code | None, Query(description="with a line from it")] = None,
        status: Annotated[Code | None, Query(description="e.g. reserved, shipped")] = None,
        taken_from: Annotated[date | None, Query(description="taken on or after")] = None,
        taken_to: Annotated[date | None, Query(description="taken on or before")] = None,
        after: Annotated[
            str | None,
            Query(max_length=MAX_CURSOR, description="the `next` of the page before"),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        sort: Annotated[str | None, ORDERS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """Orders by number; with `sort` (and `order`) in the order asked, the `next` of each
        page then a cursor of that sort to pass back as `after` with it."""
        filters = Filters(customer_id, sku, warehouse, status, taken_from, taken_to)
        if sort is not None or order is not None:
            found, cursor = await orders.sorted_page(filters, sort, order, after, limit)
            return {"items": [_listed(row) for row in found], "next": cursor}
        rows = await orders.search(filters, after, limit + 1)
        page = rows[:limit]
        return {
            "items": [_listed(row) for row in page],
            "next": page[-1]["order_no"] if len(rows) > limit else None,
        }

    @router.get("/backorders")
    async def list_backorders(
        customer_id: Annotated[UUID | None, Query()] = None,
        sku: Annotated[Code | None, Query()] = None,
        warehouse: Annotated[Code | None, Query()] = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description="the `next` of the page before (ORDER_NO/LINE; with `sort`: the "
                "cursor it gave)",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        sort: Annotated[str | None, BACKORDERS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """Backordered lines by order number and line; with `sort` (and `order`) in the
        order asked, the `next` of each page then a cursor of that sort."""
        filters = Filters(customer_id, sku, warehouse)
        if sorting(sort, order):
            found, cursor = await orders.sorted_backorders(filters, sort, order, after, limit)
            return {"items": [_backorder(row) for row in found], "next": cursor}
        rows = await orders.backorders(filters, _backorder_key(after), limit + 1)
        page = rows[:limit]
        last = page[-1] if page else None
        return {
            "items": [_backorder(row) for row in page],
            "next": (
                f"{last['order_no']}/{last['line_no']}"
                if last is not None and len(rows) > limit
                else None
            ),
        }

    return router


def _backorder_key(after: str | None) -> tuple[str, int] | None:
    if after is None:
        return None
    order_no, _, line = after.rpartition("/")
    if not order_no or not line.isdigit() or len(after) > limits.MAX_CODE:
        raise DomainError(
            "after is ORDER_NO/LINE, the `next` of the page before", fields=("after",)
        )
    return order_no, int(line)


def order_view(state: OrderState) -> dict[str, Any]:
    """The order with each line's status, and its price and discounts explained."""
    taken = state.taken
    assert taken is not None
    lines = {line.line_no: line for line in state.lines}
    hold = state.hold
    return {
        "order_no": taken.order_no,
        "customer_id": taken.customer_id,
        "customer_code": taken.customer_code,
        "status": state.status,
        "status_reason": state.status_reason,
        "currency": taken.currency,
        "total": str(taken.total.amount),
        "discount_total": str(taken.discount_total.amount),
        "order_discount_percent": str(taken.order_discount_percent),
        "order_percent_discount": _amount(taken.order_percent_discount),
        "coupon_code": taken.coupon_code,
        "coupon_discount": _amount(taken.coupon_discount),
        "voucher_code": taken.voucher_code,
        "voucher_discount": _amount(taken.voucher_discount),
        "quotation_id": taken.quotation_id,
        "ship_to": taken.ship_to,
        "promised_on": taken.promised_on,
        "taken_on": taken.taken_on,
        "taken_by": taken.taken_by,
        "credit_hold": None
        if hold is None
        else {
            "reason": hold.reason,
            "exposure": str(hold.exposure.amount),
            "order_total": str(hold.order_total.amount),
            "credit_limit": str(hold.credit_limit.amount),
        },
        "lines": [
            {
                "line_no": p.line_no,
                "sku": p.sku,
                "warehouse": p.warehouse,
                "quantity": str(p.quantity),
                "unit": p.unit,
                "status": lines[p.line_no].reservation.value,
                "backorder_position": lines[p.line_no].backorder_position,
                "rejection": lines[p.line_no].rejection,
                "shipped": str(lines[p.line_no].shipped),
                "unit_price": str(p.unit_price.amount),
                "net_amount": str(p.net_amount.amount),
                "pricing": {
                    "price_source": p.price_source,
                    "gross_amount": str(p.gross_amount.amount),
                    "line_discount_percent": str(p.line_discount_percent),
                    "line_discount": str(p.line_discount.amount),
                    "order_discount": str(p.order_discount.amount),
                    "explained": _explained(p.quantity, p),
                },
            }
            for p in taken.lines
        ],
    }


def _amount(money: Money | None) -> str | None:
    return None if money is None else str(money.amount)


def _explained(quantity: Decimal, p: Any) -> str:
    text = f"{quantity} x {p.unit_price.amount} ({p.price_source}) = {p.gross_amount.amount}"
    if p.line_discount.amount:
        text += f" - line discount {fmt(p.line_discount_percent * 100)} % {p.line_discount.amount}"
    if p.order_discount.amount:
        text += f" - share of order discounts {p.order_discount.amount}"
    return f"{text} = {p.net_amount.amount} {p.unit_price.currency}"


def _listed(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "order_id": row["order_id"],
        "order_no": row["order_no"],
        "customer_id": row["customer_id"],
        "status": row["status"],
        "status_reason": row["status_reason"],
        "total": {"amount": str(row["total"]), "currency": row["currency"]},
        "taken_on": row["taken_on"],
        "promised_on": row["promised_on"],
        "version": row["version"],
    }


def _backorder(row: dict[str, Any]) -> dict[str, Any]:
    return {
        **{k: row[k] for k in ("order_id", "order_no", "line_no", "sku", "warehouse", "unit")},
        "quantity": str(row["quantity"]),
        "position": row["backorder_position"],
        "customer_id": row["customer_id"],
        "taken_on": row["taken_on"],
        "promised_on": row["promised_on"],
    }
