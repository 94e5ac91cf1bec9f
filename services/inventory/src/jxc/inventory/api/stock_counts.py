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

from fastapi import Query, Response
from pydantic import BaseModel, Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.inventory.adapters.count_tables import COUNTS
from jxc.inventory.app.stock_counts import CountInput, StockCounts
from jxc.inventory.app.stock_keeper import StockKeeper
from jxc.inventory.domain.stock_count import MAX_SELECTION, OpenCount, Scope, line_key
from jxc.platform.auth.user import Role
from jxc.platform.commands import CommandHandler
from jxc.platform.http_commands import Answer, Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import PAGED, After, SortOrder, paged

#: Most lines one recording may carry.
MAX_LINES = 10_000

Code = Annotated[limits.Text, Field(min_length=1, max_length=64)]
Text = Annotated[limits.Text, Field(max_length=500)]


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


def stock_counts_router(commands: CommandHandler, keeper: StockKeeper) -> CommandRouter:
    counts = StockCounts(commands, keeper)
    router = CommandRouter(tags=["stock counts"])

    async def in_count_warehouse(cmd: CommandRequest, count_id: UUID) -> None:
        count = await counts.count(count_id, limit=1, offset=0)
        cmd.in_warehouses(count["warehouse"])

    @router.command("/stock-counts", role=Role.WAREHOUSE, warehouses="body", status_code=201)
    async def open_count(body: OpenCountBody, cmd: Command) -> dict[str, Any]:
        cmd.in_warehouses(body.warehouse)
        command = OpenCount(
            count_id=body.count_id or uuid7(),
            warehouse=body.warehouse,
            scope=Scope(body.scope),
            location=body.location,
            skus=tuple(body.skus or ()),
            note=body.note,
        )
        return cmd.answer(await counts.open(command, cmd.meta, **cmd.idempotency))

    @router.command(
        "/stock-counts/{count_id}/lines",
        role=Role.WAREHOUSE,
        warehouses="aggregate",
        response_model=RecordAnswer,
    )
    async def record_lines(count_id: UUID, body: RecordLinesBody, cmd: Command) -> dict[str, Any]:
        """Record counted quantities. The answer never says what the system expected."""
        await in_count_warehouse(cmd, count_id)
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
        result = await counts.record(count_id, lines, cmd.meta, **cmd.idempotency)
        distinct = {line_key(line.sku, line.location, line.lot) for line in body.lines}
        return {**cmd.answer(result), "lines_recorded": len(distinct)}

    @router.command(
        "/stock-counts/{count_id}/close",
        role=Role.WAREHOUSE,
        warehouses="aggregate",
        response_model=CloseAnswer,
    )
    async def close_count(count_id: UUID, cmd: Command) -> dict[str, Any]:
        """Post every counted difference (counted − the stock when that line was counted) as
        a stock adjustment with reason "stock count <id>", and publish inventory.StockCounted,
        in one transaction. Balances in scope nobody counted are not adjusted: they are listed
        in the answer."""
        await in_count_warehouse(cmd, count_id)
        result = await counts.close(count_id, cmd.meta, **cmd.idempotency)
        return {**cmd.answer(result), **await counts.close_answer(count_id)}

    @router.command("/stock-counts/{count_id}/cancel", role=Role.WAREHOUSE, warehouses="aggregate")
    async def cancel_count(
        count_id: UUID, cmd: Command, body: CancelBody | None = None
    ) -> dict[str, Any]:
        await in_count_warehouse(cmd, count_id)
        reason = body.reason if body is not None else None
        return cmd.answer(await counts.cancel(count_id, reason, cmd.meta, **cmd.idempotency))

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

    @router.get("/stock-counts", response_model=list[CountSummary], responses=PAGED)
    async def list_counts(
        response: Response,
        warehouse: Annotated[limits.Text | None, Query(max_length=64)] = None,
        status: Literal["open", "closed", "cancelled"] | None = None,
        sort: Annotated[str | None, COUNTS.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> list[dict[str, Any]]:
        """A page of counts, the most recently opened first unless sorted otherwise."""
        page = await counts.counts(
            warehouse=warehouse, status=status, limit=limit, sort=sort, order=order, after=after
        )
        return paged(response, page)

    return router
