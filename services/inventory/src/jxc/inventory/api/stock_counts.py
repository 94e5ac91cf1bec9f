"""Stock counts (盘点) over HTTP.

POST /stock-counts opens a count of a warehouse (scope `all`, `location` with the location, or
`selection` with the SKUs of a cycle count); POST /stock-counts/{id}/lines records counted
quantities in bulk (a balance counted again: the last count wins); POST .../close posts the
differences as stock adjustments and publishes inventory.StockCounted; POST .../cancel ends an
open count with nothing posted. The count is BLIND: while it is open nothing here shows what
the system expects, only what was counted; once closed, every line shows expected, counted and
variance. Commands accept `Idempotency-Key`. Queries read inline tables written with the
events, so they never lag.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.inventory.app.stock_counts import CountInput, StockCounts
from jxc.inventory.app.stock_keeper import StockKeeper
from jxc.inventory.domain.stock_count import MAX_SELECTION, OpenCount, Scope, line_key
from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.http_commands import IdempotencyKey, idempotency, request_meta

#: Most lines one recording may carry.
MAX_LINES = 10_000

Code = Annotated[limits.Text, Field(min_length=1, max_length=64)]
Text = Annotated[limits.Text, Field(max_length=500)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OpenCountBody(Body):
    warehouse: Code
    scope: Literal["all", "location", "selection"] = Field(
        "all", description="all items, one location, or a cycle count of selected SKUs"
    )
    location: Code | None = Field(None, description="the location, for scope `location`")
    skus: Annotated[list[Code], Field(max_length=MAX_SELECTION)] | None = Field(
        None, description="the SKUs, for scope `selection`"
    )
    note: Text | None = None
    count_id: UUID | None = Field(None, description="the count's id; one is made if not given")


class CountLineBody(Body):
    sku: Code
    location: Code | None = Field(None, description="none: the unassigned balance")
    lot: Code | None = None
    counted: Annotated[limits.Quantity, Field(ge=0, allow_inf_nan=False)]
    unit: Annotated[limits.Text, Field(min_length=1, max_length=16)] | None = Field(
        None,
        description="checked against the unit the stock is kept in; needed for a SKU "
        "that is neither an item nor in stock here",
    )


class RecordLinesBody(Body):
    lines: Annotated[list[CountLineBody], Field(min_length=1, max_length=MAX_LINES)]


class CancelBody(Body):
    reason: Text | None = None


class Answer(BaseModel):
    id: UUID
    stream_id: str
    version: int
    event_ids: list[UUID]


class RecordAnswer(Answer):
    lines_recorded: int = Field(description="distinct balances this recording counted")


class UncountedLine(BaseModel):
    sku: str
    location: str | None
    lot: str | None
    on_hand: Decimal


class CloseAnswer(Answer):
    status: str
    lines_counted: int
    lines_adjusted: int
    uncounted: int = Field(description="balances in scope nobody counted: left as they were")
    uncounted_lines: list[UncountedLine] = Field(description="the first 1,000 of them")


class CountLineView(BaseModel):
    sku: str
    location: str | None
    lot: str | None
    unit: str
    counted: Decimal
    counted_at: datetime
    times_counted: int
    expected: Decimal | None = Field(None, description="only once the count is closed")
    variance: Decimal | None = Field(None, description="only once the count is closed")


class CountSummary(BaseModel):
    count_id: UUID
    warehouse: str
    scope: str
    location: str | None
    skus: list[str]
    note: str | None
    status: str
    lines_counted: int
    lines_adjusted: int | None
    uncounted: int | None
    cancel_reason: str | None
    opened_at: datetime
    closed_at: datetime | None
    cancelled_at: datetime | None
    version: int
    updated_at: datetime


class CountView(CountSummary):
    lines: list[CountLineView]
    uncounted_lines: list[UncountedLine] | None = Field(
        None, description="balances in scope nobody counted, as they stood at the close"
    )


def _answer(result: CommandResult) -> dict[str, Any]:
    count_id = result.stream_id.removeprefix("stock-count-")
    return {"id": count_id, **result.to_json()}


def stock_counts_router(commands: CommandHandler, keeper: StockKeeper) -> APIRouter:
    counts = StockCounts(commands, keeper)
    router = APIRouter(tags=["stock counts"])

    @router.post("/stock-counts", status_code=201, response_model=Answer)
    async def open_count(
        body: OpenCountBody, request: Request, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
        command = OpenCount(
            count_id=body.count_id or uuid7(),
            warehouse=body.warehouse,
            scope=Scope(body.scope),
            location=body.location,
            skus=tuple(body.skus or ()),
            note=body.note,
        )
        result = await counts.open(
            command, request_meta(), **await idempotency(request, idempotency_key)
        )
        return _answer(result)

    @router.post("/stock-counts/{count_id}/lines", response_model=RecordAnswer)
    async def record_lines(
        count_id: UUID,
        body: RecordLinesBody,
        request: Request,
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
        """Record counted quantities. The answer never says what the system expected."""
        lines = [
            CountInput(
                sku=line.sku,
                location=line.location,
                lot=line.lot,
                counted=line.counted,
                unit=line.unit,
            )
            for line in body.lines
        ]
        result = await counts.record(
            count_id, lines, request_meta(), **await idempotency(request, idempotency_key)
        )
        distinct = {line_key(line.sku, line.location, line.lot) for line in body.lines}
        return {**_answer(result), "lines_recorded": len(distinct)}

    @router.post("/stock-counts/{count_id}/close", response_model=CloseAnswer)
    async def close_count(
        count_id: UUID, request: Request, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
        """Post every counted difference (counted − the stock when that line was counted) as
        a stock adjustment with reason "stock count <id>", and publish inventory.StockCounted,
        in one transaction. Balances in scope nobody counted are not adjusted: they are listed
        in the answer."""
        result = await counts.close(
            count_id, request_meta(), **await idempotency(request, idempotency_key)
        )
        return {**_answer(result), **await counts.close_answer(count_id)}

    @router.post("/stock-counts/{count_id}/cancel", response_model=Answer)
    async def cancel_count(
        count_id: UUID,
        request: Request,
        body: CancelBody | None = None,
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
        result = await counts.cancel(
            count_id,
            body.reason if body is not None else None,
            request_meta(),
            **await idempotency(request, idempotency_key),
        )
        return _answer(result)

    @router.get(
        "/stock-counts/{count_id}", response_model=CountView, response_model_exclude_unset=True
    )
    async def get_count(
        count_id: UUID,
        limit: Annotated[int, Query(ge=1, le=10_000, description="lines per page")] = 1000,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """The count and a page of its lines (by SKU, location, lot). While the count is open
        (or once cancelled) a line shows what was counted only: no expected, no variance."""
        return await counts.count(count_id, limit=limit, offset=offset)

    @router.get("/stock-counts", response_model=list[CountSummary])
    async def list_counts(
        warehouse: Annotated[limits.Text | None, Query(max_length=64)] = None,
        status: Literal["open", "closed", "cancelled"] | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> list[dict[str, Any]]:
        """Counts, the most recently opened first."""
        return await counts.counts(warehouse=warehouse, status=status, limit=limit)

    return router
