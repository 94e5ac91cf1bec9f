"""Customer returns (RMA, 售后) over HTTP: requested, approved, refused, refunded and exchanged by
sales; received and inspected by the warehouse the goods come back to (its scope checked);
the return, the list with filters and keyset paging, and what of an order may be returned."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import SortOrder
from jxc.sales.adapters.return_list import RETURNS
from jxc.sales.api.common import AfterIdOrCursor, after_id, sorting
from jxc.sales.app.customer_returns import CustomerReturns
from jxc.sales.domain.customer_return import (
    DEFAULT_TAX_RATE,
    ApproveReturn,
    ExchangeReturn,
    Inspection,
    ReceiveReturn,
    RefundReturn,
    RefuseReturn,
    RequestReturn,
    ReturnCommand,
    ReturnState,
    ReturnStatus,
    WantedLine,
)

Reason = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_REASON)]
Note = Annotated[limits.Text, Field(max_length=limits.MAX_REASON)]
Positive = Annotated[limits.Quantity, Field(gt=0, allow_inf_nan=False)]
LineNo = Annotated[int, Field(ge=1, le=100_000)]
Rate = Annotated[Decimal, Field(ge=0, lt=1, decimal_places=6, allow_inf_nan=False)]
MAX_PAGE = 200


class WantedLineBody(Body):
    line_no: LineNo = Field(description="the order's line")
    quantity: Positive


class RequestReturnBody(Body):
    return_id: UUID | None = None
    order_id: UUID
    lines: Annotated[list[WantedLineBody], Field(min_length=1, max_length=500)]
    reason: Reason


class ApproveBody(Body):
    note: Note | None = None


class RefuseBody(Body):
    reason: Reason


class InspectionBody(Body):
    line_no: LineNo
    quantity: Positive
    disposition: Literal["restock", "scrap", "return_to_supplier"]


class ReceiveBody(Body):
    lines: Annotated[list[InspectionBody], Field(min_length=1, max_length=1000)]


class RefundBody(Body):
    tax_rate: Rate = Field(DEFAULT_TAX_RATE, description="VAT as a fraction: 0.13 is 13 %")


class ExchangeBody(Body):
    replacement_order_id: UUID | None = Field(
        None, description="the id the replacement order is to have (made up when not given)"
    )


def customer_returns_router(returns: CustomerReturns) -> CommandRouter:
    router = CommandRouter(tags=["customer returns"])

    async def run(command: ReturnCommand, name: str, cmd: CommandRequest) -> dict[str, Any]:
        return cmd.answer(await returns.handle(command, cmd.meta, name, **cmd.idempotency))

    @router.command("/customer-returns", role=Role.SALES, status_code=201)
    async def request_return(body: RequestReturnBody, cmd: Command) -> dict[str, Any]:
        command = RequestReturn(
            return_id=body.return_id or uuid7(),
            order_id=body.order_id,
            lines=tuple(WantedLine(line.line_no, line.quantity) for line in body.lines),
            reason=body.reason,
            order_customer=None,  # what sales knows of the order is read when it is decided
            shipped=(),
        )
        return await run(command, "request-return", cmd)

    @router.command("/customer-returns/{return_id}/approve", role=Role.SALES)
    async def approve_return(return_id: UUID, body: ApproveBody, cmd: Command) -> dict[str, Any]:
        return await run(ApproveReturn(return_id, body.note), "approve-return", cmd)

    @router.command("/customer-returns/{return_id}/refuse", role=Role.SALES)
    async def refuse_return(return_id: UUID, body: RefuseBody, cmd: Command) -> dict[str, Any]:
        return await run(RefuseReturn(return_id, body.reason), "refuse-return", cmd)

    @router.command(
        "/customer-returns/{return_id}/receive", role=Role.WAREHOUSE, warehouses="aggregate"
    )
    async def receive_return(return_id: UUID, body: ReceiveBody, cmd: Command) -> dict[str, Any]:
        """The goods arrived and were inspected: what came back of each line and where it goes
        (restock, scrap, return_to_supplier). The user must be scoped to the warehouses the
        goods come back to."""
        state, _ = await returns.get(return_id)
        cmd.in_warehouses(*sorted({line.warehouse for line in state.lines}))
        inspections = tuple(
            Inspection(line.line_no, line.quantity, line.disposition) for line in body.lines
        )
        return await run(ReceiveReturn(return_id, inspections), "receive-return", cmd)

    @router.command("/customer-returns/{return_id}/refund", role=Role.SALES)
    async def refund_return(return_id: UUID, body: RefundBody, cmd: Command) -> dict[str, Any]:
        """Refund what came back, at the price paid, with a credit note
        (sales.CreditNoteIssued)."""
        issued_on = cmd.meta.occurred_at.date()
        # numbered in the transaction that issues the credit note (CustomerReturns.handle)
        command = RefundReturn(return_id, uuid7(), "", issued_on, body.tax_rate)
        return await run(command, "refund-return", cmd)

    @router.command("/customer-returns/{return_id}/exchange", role=Role.SALES)
    async def exchange_return(return_id: UUID, body: ExchangeBody, cmd: Command) -> dict[str, Any]:
        """Replace what came back instead of refunding it: records sales.ReturnExchanged, which
        asks for a replacement order with these lines (placed by the order aggregate)."""
        command = ExchangeReturn(return_id, body.replacement_order_id or uuid7())
        return await run(command, "exchange-return", cmd)

    @router.get("/customer-returns/{return_id}")
    async def get_return(return_id: UUID) -> dict[str, Any]:
        state, version = await returns.get(return_id)
        return {"return_id": return_id, "version": version, **_shown(state)}

    @router.get("/customer-returns")
    async def list_returns(
        order_id: UUID | None = None,
        customer_id: UUID | None = None,
        status: ReturnStatus | None = None,
        after: AfterIdOrCursor = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        sort: Annotated[str | None, RETURNS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """The returns by id (oldest first); with `sort` (and `order`) in the order asked, the
        `next` of each page then a cursor of that sort."""
        if sorting(sort, order):
            found, cursor = await returns.sorted_page(
                order_id=order_id,
                customer_id=customer_id,
                status=None if status is None else status.value,
                sort=sort,
                order=order,
                after=after,
                limit=limit,
            )
            return {"items": found, "next": cursor}
        rows = await returns.search(
            order_id=order_id,
            customer_id=customer_id,
            status=None if status is None else status.value,
            after=after_id(after),
            limit=limit + 1,  # one more than asked tells whether another page follows
        )
        page = rows[:limit]
        return {"items": page, "next": page[-1]["return_id"] if len(rows) > limit else None}

    @router.get("/returnable-lines")
    async def returnable_lines(
        order_id: UUID,
        wait_for_event: Annotated[
            UUID | None, Query(description="wait until this event of the order has been seen")
        ] = None,
        wait_seconds: Annotated[float, Query(gt=0, le=30)] = 10.0,
    ) -> list[dict[str, Any]]:
        """What of an order was shipped, what its returns claim, and what may still be
        returned, at the price paid for one unit."""
        return await returns.returnable(order_id, wait_for_event, wait_seconds)

    return router


def _shown(state: ReturnState) -> dict[str, Any]:
    return {
        "status": state.status.value,
        "order_id": state.order_id,
        "customer_id": state.customer_id,
        "reason": state.reason,
        "refusal": state.refusal,
        "currency": state.currency,
        "lines": [
            {
                "line_no": line.line_no,
                "sku": line.sku,
                "warehouse": line.warehouse,
                "quantity": line.quantity,
                "unit": line.unit,
                "unit_price": line.unit_price,
                "received": state.received_of(line.line_no),
            }
            for line in state.lines
        ],
        "received": [
            {"line_no": r.line_no, "quantity": r.quantity, "disposition": r.disposition}
            for r in state.received
        ],
        "credit_note_id": state.credit_note_id,
        "replacement_order_id": state.replacement_order_id,
    }
