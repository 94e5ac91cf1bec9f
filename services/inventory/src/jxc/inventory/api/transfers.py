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

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from jxc.events import limits
from jxc.events.ids import uuid7
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
from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.http_commands import IdempotencyKey, idempotency, request_meta

Code = Annotated[limits.Text, Field(min_length=1, max_length=MAX_CODE)]
Unit = Annotated[limits.Text, Field(min_length=1, max_length=MAX_UNIT)]
Positive = Annotated[
    limits.Quantity, Field(gt=0, allow_inf_nan=False, description='a decimal, e.g. "12.5"')
]
NotNegative = Annotated[
    limits.Quantity, Field(ge=0, allow_inf_nan=False, description='a decimal, e.g. "12.5"')
]
LineNo = Annotated[int, Field(ge=1)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


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


class Answer(BaseModel):
    """What a command answers."""

    id: UUID
    stream_id: str
    version: int
    event_ids: list[UUID]


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


def _answer(transfer_id: UUID, result: CommandResult) -> dict[str, Any]:
    return {"id": transfer_id, **result.to_json()}


def transfers_router(commands: CommandHandler, keeper: StockKeeper) -> APIRouter:
    transfers = Transfers(commands, keeper)
    router = APIRouter(tags=["transfers"])

    @router.post("/transfers", status_code=201, response_model=Answer)
    async def request_transfer(
        body: RequestBody, request: Request, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
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
        result = await transfers.request(
            command, request_meta(), **await idempotency(request, idempotency_key)
        )
        return _answer(command.transfer_id, result)

    @router.post("/transfers/{transfer_id}/dispatch", response_model=Answer)
    async def dispatch(
        transfer_id: UUID, request: Request, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
        """Every line leaves the source in full, at the source's cost, or nothing does."""
        result = await transfers.dispatch(
            transfer_id, request_meta(), **await idempotency(request, idempotency_key)
        )
        return _answer(transfer_id, result)

    @router.post("/transfers/{transfer_id}/receive", response_model=Answer)
    async def receive(
        transfer_id: UUID,
        body: ReceiveBody,
        request: Request,
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
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
        result = await transfers.receive(
            command, request_meta(), **await idempotency(request, idempotency_key)
        )
        return _answer(transfer_id, result)

    @router.post("/transfers/{transfer_id}/close", response_model=Answer)
    async def close(
        transfer_id: UUID,
        request: Request,
        body: CloseBody | None = None,
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
        command = CloseTransfer(
            transfer_id=transfer_id,
            declare_outstanding_lost=body is not None and body.declare_outstanding_lost,
        )
        result = await transfers.close(
            command, request_meta(), **await idempotency(request, idempotency_key)
        )
        return _answer(transfer_id, result)

    @router.post("/transfers/{transfer_id}/cancel", response_model=Answer)
    async def cancel(
        transfer_id: UUID,
        body: CancelBody,
        request: Request,
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
        command = CancelTransfer(transfer_id=transfer_id, reason=body.reason)
        result = await transfers.cancel(
            command, request_meta(), **await idempotency(request, idempotency_key)
        )
        return _answer(transfer_id, result)

    @router.get("/transfers", response_model=list[TransferView])
    async def list_transfers(
        status: TransferStatus | None = None,
        warehouse: Annotated[
            limits.Text | None, Query(max_length=MAX_CODE, description="source or destination")
        ] = None,
        sku: Annotated[limits.Text | None, Query(max_length=MAX_CODE)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> list[dict[str, Any]]:
        return await transfers.transfers(
            status=None if status is None else status.value,
            warehouse=warehouse,
            sku=sku,
            limit=limit,
        )

    @router.get("/transfers/{transfer_id}", response_model=TransferView)
    async def get_transfer(transfer_id: UUID) -> dict[str, Any]:
        return await transfers.transfer(transfer_id)

    return router
