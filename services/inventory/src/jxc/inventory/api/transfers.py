"""Transfers between warehouses over HTTP.

    POST /transfers                 request (201): from_warehouse, to_warehouse, lines
    POST /transfers/{id}/dispatch   the goods leave the source and are in transit
    POST /transfers/{id}/receive    what arrived (quantity_received) and what was lost
                                    (quantity_lost) per line; `close: true` makes it the last
                                    receipt: whatever it does not account for is lost
    POST /transfers/{id}/close      close a received transfer; `declare_outstanding_lost: true`
                                    closes one with goods still in transit, recording them lost
    POST /transfers/{id}/cancel     withdraw a transfer that was not dispatched
    GET  /transfers?status=&warehouse=&sku=   the latest first; warehouse matches either end
    GET  /transfers/{id}

Commands answer with the transfer id, its stream, the new version and the ids of the events
recorded; `Idempotency-Key` makes a retried command return the first answer. Queries read the
inline tables, written with the events: they never lag.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query, Response
from pydantic import BaseModel, Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.inventory.adapters.transfer_tables import TRANSFERS
from jxc.inventory.app.stock_keeper import StockKeeper
from jxc.inventory.app.transfers import Transfers
from jxc.inventory.domain.item import MAX_CODE, MAX_UNIT
from jxc.inventory.domain.transfer import (
    MAX_LINES,
    MAX_NOTE,
    CancelTransfer,
    CloseTransfer,
    ReceiptLine,
    ReceiveTransfer,
    RequestedLine,
    RequestTransfer,
    TransferStatus,
)
from jxc.platform.auth.user import Role
from jxc.platform.commands import CommandHandler
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import PAGED, After, SortOrder, paged

Code = Annotated[limits.Text, Field(min_length=1, max_length=MAX_CODE)]
Unit = Annotated[limits.Text, Field(min_length=1, max_length=MAX_UNIT)]
Positive = Annotated[
    limits.Quantity, Field(gt=0, allow_inf_nan=False, description='a decimal, e.g. "12.5"')
]
NotNegative = Annotated[
    limits.Quantity, Field(ge=0, allow_inf_nan=False, description='a decimal, e.g. "12.5"')
]
LineNo = Annotated[int, Field(ge=1)]


class RequestLineBody(Body):
    line_no: LineNo | None = Field(None, description="defaults to the line's position, from 1")
    sku: Code
    quantity: Positive
    unit: Unit
    lot: Code | None = Field(None, description="take this lot; it follows the goods")
    from_location: Code | None = Field(None, description="take the goods from this location")


class RequestBody(Body):
    transfer_id: UUID | None = Field(None, description="chosen by the client, or made here")
    from_warehouse: Code
    to_warehouse: Code
    lines: Annotated[list[RequestLineBody], Field(min_length=1, max_length=MAX_LINES)]
    note: Annotated[limits.Text, Field(max_length=MAX_NOTE)] | None = None


class ReceiptLineBody(Body):
    line_no: LineNo
    quantity_received: NotNegative = Decimal(0)
    quantity_lost: NotNegative = Field(Decimal(0), description="lost in transit")
    location: Code | None = Field(None, description="where at the destination it is put")


class ReceiveBody(Body):
    lines: Annotated[list[ReceiptLineBody], Field(max_length=MAX_LINES)] = Field(
        default_factory=list
    )
    close: bool = Field(
        False, description="the last receipt: what it does not account for is lost; then close"
    )


class CloseBody(Body):
    declare_outstanding_lost: bool = Field(
        False, description="record whatever is still in transit as lost in transit, then close"
    )


class CancelBody(Body):
    reason: Annotated[limits.Text, Field(min_length=1, max_length=MAX_NOTE)]


class TransferLineView(BaseModel):
    line_no: int
    sku: str
    unit: str
    lot: str | None
    from_location: str | None
    quantity: Decimal
    dispatched: Decimal
    received: Decimal
    lost: Decimal
    in_transit: Decimal
    unit_cost: Decimal | None
    total_cost: Decimal | None
    value_received: Decimal
    loss_value: Decimal
    currency: str | None


class TransferView(BaseModel):
    transfer_id: UUID
    from_warehouse: str
    to_warehouse: str
    status: TransferStatus
    note: str | None
    cancel_reason: str | None
    in_transit: Decimal
    requested_at: datetime
    dispatched_at: datetime | None
    last_received_at: datetime | None
    closed_at: datetime | None
    cancelled_at: datetime | None
    version: int
    updated_at: datetime
    lines: list[TransferLineView]


def transfers_router(commands: CommandHandler, keeper: StockKeeper) -> CommandRouter:
    transfers = Transfers(commands, keeper)
    router = CommandRouter(tags=["transfers"])

    async def at_both_ends(cmd: CommandRequest, transfer_id: UUID) -> None:
        """A transfer is worked on by people of both its warehouses."""
        transfer = await transfers.transfer(transfer_id)
        cmd.in_warehouses(transfer["from_warehouse"], transfer["to_warehouse"])

    @router.command("/transfers", role=Role.WAREHOUSE, warehouses="body", status_code=201)
    async def request_transfer(body: RequestBody, cmd: Command) -> dict[str, Any]:
        cmd.in_warehouses(body.from_warehouse, body.to_warehouse)
        command = RequestTransfer(
            transfer_id=body.transfer_id or uuid7(),
            from_warehouse=body.from_warehouse,
            to_warehouse=body.to_warehouse,
            lines=[
                RequestedLine(
                    line_no=line.line_no if line.line_no is not None else i,
                    sku=line.sku,
                    quantity=line.quantity,
                    unit=line.unit,
                    lot=line.lot,
                    from_location=line.from_location,
                )
                for i, line in enumerate(body.lines, start=1)
            ],
            note=body.note,
        )
        result = await transfers.request(command, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.command(
        "/transfers/{transfer_id}/dispatch", role=Role.WAREHOUSE, warehouses="aggregate"
    )
    async def dispatch(transfer_id: UUID, cmd: Command) -> dict[str, Any]:
        """Every line leaves the source in full, at the source's cost, or nothing does."""
        await at_both_ends(cmd, transfer_id)
        result = await transfers.dispatch(transfer_id, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.command("/transfers/{transfer_id}/receive", role=Role.WAREHOUSE, warehouses="aggregate")
    async def receive(transfer_id: UUID, body: ReceiveBody, cmd: Command) -> dict[str, Any]:
        await at_both_ends(cmd, transfer_id)
        command = ReceiveTransfer(
            transfer_id=transfer_id,
            lines=[
                ReceiptLine(
                    line_no=line.line_no,
                    quantity_received=line.quantity_received,
                    quantity_lost=line.quantity_lost,
                    location=line.location,
                )
                for line in body.lines
            ],
            close=body.close,
        )
        result = await transfers.receive(command, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.command("/transfers/{transfer_id}/close", role=Role.WAREHOUSE, warehouses="aggregate")
    async def close(
        transfer_id: UUID, cmd: Command, body: CloseBody | None = None
    ) -> dict[str, Any]:
        await at_both_ends(cmd, transfer_id)
        command = CloseTransfer(
            transfer_id=transfer_id,
            declare_outstanding_lost=body is not None and body.declare_outstanding_lost,
        )
        result = await transfers.close(command, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.command("/transfers/{transfer_id}/cancel", role=Role.WAREHOUSE, warehouses="aggregate")
    async def cancel(transfer_id: UUID, body: CancelBody, cmd: Command) -> dict[str, Any]:
        await at_both_ends(cmd, transfer_id)
        command = CancelTransfer(transfer_id=transfer_id, reason=body.reason)
        result = await transfers.cancel(command, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.get("/transfers", response_model=list[TransferView], responses=PAGED)
    async def list_transfers(
        response: Response,
        status: TransferStatus | None = None,
        warehouse: Annotated[
            limits.Text | None, Query(max_length=MAX_CODE, description="source or destination")
        ] = None,
        sku: Annotated[limits.Text | None, Query(max_length=MAX_CODE)] = None,
        sort: Annotated[str | None, TRANSFERS.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> list[dict[str, Any]]:
        """A page of transfers, the latest requested first unless sorted otherwise."""
        page = await transfers.transfers(
            status=None if status is None else status.value,
            warehouse=warehouse,
            sku=sku,
            limit=limit,
            sort=sort,
            order=order,
            after=after,
        )
        return paged(response, page)

    @router.get("/transfers/{transfer_id}", response_model=TransferView)
    async def get_transfer(transfer_id: UUID) -> dict[str, Any]:
        return await transfers.transfer(transfer_id)

    return router
