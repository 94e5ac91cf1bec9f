"""Stock over HTTP. Queries read the positions the stock keeper writes in the same transaction
as its events, so they never lag the events; `wait_for_event` (an event id of another
context, e.g. the GoodsReceived id purchasing answered) waits, bounded, until the stock
keeper has consumed it. Commands are POSTs named for the intent."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Depends, Query, Response
from pydantic import BaseModel, Field

from jxc.events import limits
from jxc.inventory.adapters.stock_queries import BACKORDERS, LEDGER, STOCK
from jxc.inventory.app.stock_commands import StockCommands
from jxc.inventory.app.stock_keeper import PositionCommand
from jxc.inventory.app.stock_view import StockView
from jxc.inventory.domain.stock import Adjust, CorrectCost, Issue, IssueKind, Reserve
from jxc.platform.auth.guard import RoleRequired
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.platform.paging import PAGED, After, SortOrder, paged


class StockLevel(BaseModel):
    sku: str
    warehouse: str
    unit: str
    currency: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    in_transit: Decimal
    quarantined: Decimal
    backordered: Decimal = Field(description="order lines waiting for stock, in all")
    value: Decimal
    unit_cost: Decimal
    version: int
    updated_at: datetime


class WarehouseValue(BaseModel):
    warehouse: str
    currency: str
    value: Decimal
    positions: int


class WaitingLine(BaseModel):
    sku: str
    warehouse: str
    position: int = Field(description="its place in the queue of its SKU x warehouse: 1 is next")
    seq: int
    order_id: UUID
    line_no: int
    quantity: Decimal


class StockAsOf(BaseModel):
    sku: str
    warehouse: str
    as_of: datetime
    on_hand: Decimal
    value: Decimal


class ValuationLine(BaseModel):
    warehouse: str
    category: str | None = Field(description="the item's category now; null: none")
    currency: str
    value: Decimal


class CurrencyTotal(BaseModel):
    currency: str
    value: Decimal


class StockValuation(BaseModel):
    as_of: datetime
    warehouse: str | None
    lines: list[ValuationLine]
    totals: list[CurrencyTotal]


class LedgerLine(BaseModel):
    id: int
    event_id: UUID
    movement: str
    reason: str | None
    sku: str
    warehouse: str
    location: str | None
    lot: str | None
    quantity: Decimal
    unit: str  # empty on a revaluation line (value only)
    unit_cost: Decimal | None
    value_change: Decimal
    currency: str
    on_hand_after: Decimal
    value_after: Decimal
    order_id: UUID | None
    document_id: UUID | None
    source_event_id: UUID | None
    occurred_at: datetime
    recorded_at: datetime


Qty = Annotated[limits.Quantity, Field(allow_inf_nan=False)]
Positive = Annotated[limits.Quantity, Field(gt=0, allow_inf_nan=False)]
Reason = Annotated[limits.Text, Field(min_length=1, max_length=500)]
Where = Annotated[limits.Text, Field(min_length=1, max_length=64)]


class AdjustBody(Body):
    quantity: Qty = Field(description="signed: positive adds stock, negative removes it")
    unit: limits.Unit
    reason: Reason
    location: Where | None = None
    lot: Where | None = None
    unit_cost: Annotated[limits.Amount, Field(ge=0)] | None = None


class IssueBody(Body):
    quantity: Positive
    unit: limits.Unit
    reason: Reason
    kind: Literal["shipment", "other"] = Field(
        "other",
        description="shipment: goods sold to a customer (consumption, for ABC); other: damage, "
        "scrap, internal use. The reason is free text and decides nothing.",
    )
    location: Where | None = None
    lot: Where | None = None
    document_id: UUID | None = None


class CostCorrectionBody(Body):
    amount: Qty = Field(description="the whole cost difference, signed")
    currency: Annotated[limits.Text, Field(pattern=r"^[A-Z]{3}$")]
    quantity: Positive = Field(description="how many units the difference is spread over")
    reason: Reason
    source_event_id: UUID | None = Field(None, description="the receipt the difference is for")
    document_id: UUID | None = None


class ReservationLine(Body):
    line_no: Annotated[int, Field(ge=1)]
    sku: Where
    warehouse: Where
    quantity: Positive
    unit: limits.Unit


class ReserveBody(Body):
    order_id: UUID
    lines: Annotated[list[ReservationLine], Field(min_length=1, max_length=500)]


class ReleaseBody(Body):
    reason: Reason


def stock_router(view: StockView, commands: StockCommands) -> CommandRouter:
    router = CommandRouter(tags=["stock"])

    @router.get("/stock", response_model=list[StockLevel], responses=PAGED)
    async def list_stock(
        response: Response,
        sku: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        warehouse: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        category: Annotated[
            limits.Text | None,
            Query(max_length=limits.MAX_CODE, description="positions of this category's items"),
        ] = None,
        after_sku: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        after_warehouse: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        sort: Annotated[str | None, STOCK[(False, False, False)].sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 1000,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 10.0,
    ) -> list[dict[str, Any]]:
        """Positions by SKU and warehouse unless sorted otherwise; the next page starts at the
        X-Next-Cursor header's `after`. (Still understood: `after_sku` and `after_warehouse`,
        the last position of a page by SKU and warehouse — within one warehouse, its SKU.)"""
        await view.wait_for(wait_for_event, wait_seconds)
        if after_sku is None and after_warehouse is None:
            page = await view.levels_page(sku, warehouse, category, limit, sort, order, after)
            return paged(response, page)
        if sort is not None or order is not None or after is not None:
            raise DomainError(
                "after_sku and after_warehouse page the list by SKU only: use `after` (the "
                "X-Next-Cursor header) with `sort` and `order`",
                fields=("after_sku", "after_warehouse"),
            )
        legacy = None
        if after_sku is not None or after_warehouse is not None:
            if after_sku is None or after_warehouse is None:
                raise DomainError(
                    "a page starts after a position: give after_sku and after_warehouse together",
                    fields=("after_sku", "after_warehouse"),
                )
            legacy = (after_sku, after_warehouse)
        return await view.levels(sku, warehouse, limit, legacy, category)

    @router.get(
        "/stock-valuation",
        response_model=StockValuation,
        dependencies=[Depends(RoleRequired(Role.ACCOUNTANT))],
        openapi_extra={"x-jxc-role": Role.ACCOUNTANT.value},
    )
    async def stock_valuation(
        at: datetime,
        warehouse: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
    ) -> dict[str, Any]:
        """The value of stock at a moment by warehouse and item category (the item's category
        now), and in all per currency. The moment must say its time zone."""
        if at.tzinfo is None:
            raise DomainError(
                "`at` needs a time zone (e.g. 2026-01-01T00:00:00+08:00); a date alone or a "
                "time without a time zone is ambiguous",
                fields=("at",),
            )
        return await view.valuation(at, warehouse)

    @router.get("/stock-value", response_model=list[WarehouseValue])
    async def stock_value(
        wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 10.0
    ) -> list[dict[str, Any]]:
        """The value of the stock per warehouse (and currency), with its number of
        positions: the dashboard's figure."""
        await view.wait_for(wait_for_event, wait_seconds)
        return await view.value_by_warehouse()

    @router.get(
        "/backorders", response_model=list[WaitingLine], responses=PAGED, tags=["reservations"]
    )
    async def backorders(
        response: Response,
        sku: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        warehouse: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        order_id: UUID | None = None,
        after_sku: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        after_warehouse: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        after_seq: Annotated[int | None, Query(ge=0)] = None,
        sort: Annotated[str | None, BACKORDERS.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 10.0,
    ) -> list[dict[str, Any]]:
        """Order lines waiting for stock, by SKU, warehouse and place in the queue unless
        sorted otherwise; the next page starts at the X-Next-Cursor header's `after`. (Still
        understood: after_sku, after_warehouse and after_seq, the last line of a page by SKU.)"""
        await view.wait_for(wait_for_event, wait_seconds)
        if after_sku is None and after_warehouse is None and after_seq is None:
            page = await view.backorders_page(sku, warehouse, order_id, limit, sort, order, after)
            return paged(response, page)
        if sort is not None or order is not None or after is not None:
            raise DomainError(
                "after_sku, after_warehouse and after_seq page the list by SKU only: use "
                "`after` (the X-Next-Cursor header) with `sort` and `order`",
                fields=("after_sku", "after_warehouse", "after_seq"),
            )
        if after_sku is None or after_warehouse is None or after_seq is None:
            raise DomainError(
                "a page starts after a line: give after_sku, after_warehouse and after_seq "
                "together",
                fields=("after_sku", "after_warehouse", "after_seq"),
            )
        legacy = (after_sku, after_warehouse, after_seq)
        return await view.backorders(sku, warehouse, order_id, legacy, limit)

    @router.get("/stock/{sku}/{warehouse}", response_model=StockLevel)
    async def stock_level(
        sku: str, warehouse: str, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 10.0
    ) -> dict[str, Any]:
        await view.wait_for(wait_for_event, wait_seconds)
        return await view.level(sku, warehouse)

    @router.get("/stock/{sku}/{warehouse}/as-of", response_model=StockAsOf)
    async def stock_as_of(sku: str, warehouse: str, at: datetime) -> dict[str, Any]:
        """On hand and value at a past moment, summed from the ledger. The moment must say
        its time zone: a date alone or a local time could be any of 24 hours' worth."""
        if at.tzinfo is None:
            raise DomainError(
                "`at` needs a time zone (e.g. 2026-01-01T10:00:00+08:00 or "
                "2026-01-01T02:00:00Z); a date alone or a time without a time zone is ambiguous",
                fields=("at",),
            )
        return await view.as_of(sku, warehouse, at)

    @router.get("/stock/{sku}/{warehouse}/ledger", response_model=list[LedgerLine], responses=PAGED)
    async def ledger(
        response: Response,
        sku: str,
        warehouse: str,
        after_id: Annotated[
            int,
            Query(ge=0, description="still understood: the lines after this id, oldest first"),
        ] = 0,
        sort: Annotated[str | None, LEDGER.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 10.0,
    ) -> list[dict[str, Any]]:
        """The position's ledger lines in the order they were posted (`id`) unless sorted
        otherwise (`occurred_at`); `order=desc` reads it newest first. The next page starts
        at the X-Next-Cursor header's `after`."""
        await view.wait_for(wait_for_event, wait_seconds)
        if after_id == 0:
            page = await view.ledger_page(sku, warehouse, limit, sort, order, after)
            return paged(response, page)
        if sort is not None or order is not None or after is not None:
            raise DomainError(
                "after_id pages the ledger oldest first only: use `after` (the X-Next-Cursor "
                "header) with `sort` and `order`",
                fields=("after_id",),
            )
        return await view.ledger(sku, warehouse, after_id, limit)

    @router.get("/stock/{sku}/{warehouse}/detail")
    async def detail(sku: str, warehouse: str) -> dict[str, Any]:
        """Balances per location and lot, FIFO cost layers and open reservations."""
        return await view.detail(sku, warehouse)

    @router.command(
        "/stock/{sku}/{warehouse}/adjustments",
        role=Role.WAREHOUSE,
        warehouses="path",
        status_code=201,
    )
    async def adjust(sku: str, warehouse: str, body: AdjustBody, cmd: Command) -> Any:
        command = Adjust(
            quantity=body.quantity,
            unit=body.unit,
            reason=body.reason,
            location=body.location,
            lot=body.lot,
            unit_cost=body.unit_cost,
        )
        position = PositionCommand(sku, warehouse, command, cmd.meta)
        return await commands.adjust(position, **cmd.idempotency)

    @router.command(
        "/stock/{sku}/{warehouse}/issues", role=Role.WAREHOUSE, warehouses="path", status_code=201
    )
    async def issue(sku: str, warehouse: str, body: IssueBody, cmd: Command) -> Any:
        command = Issue(
            quantity=body.quantity,
            unit=body.unit,
            reason=body.reason,
            location=body.location,
            lot=body.lot,
            document_id=body.document_id,
            kind=IssueKind(body.kind),
        )
        position = PositionCommand(sku, warehouse, command, cmd.meta)
        return await commands.issue(position, **cmd.idempotency)

    @router.command(
        "/stock/{sku}/{warehouse}/cost-corrections", role=Role.ACCOUNTANT, status_code=201
    )
    async def correct_cost(sku: str, warehouse: str, body: CostCorrectionBody, cmd: Command) -> Any:
        command = CorrectCost(
            amount=body.amount,
            currency=body.currency,
            quantity=body.quantity,
            reason=body.reason,
            source_event_id=body.source_event_id,
            document_id=body.document_id,
        )
        position = PositionCommand(sku, warehouse, command, cmd.meta)
        return await commands.correct_cost(position, **cmd.idempotency)

    @router.command("/reservations", role=Role.SALES, response_model=None, tags=["reservations"])
    async def reserve(body: ReserveBody, cmd: Command) -> Any:
        """Reserve every line now; each line answers reserved, or backordered: it waits in its
        position's queue (its place and what is available said) and is reserved whole, first
        placed first served, as stock arrives. Lines are independent, as when sales places an
        order."""
        lines = [
            PositionCommand(
                line.sku,
                line.warehouse,
                Reserve(body.order_id, line.line_no, line.quantity, line.unit),
                cmd.meta,
            )
            for line in body.lines
        ]
        return await commands.reserve(body.order_id, lines, **cmd.idempotency)

    @router.command(
        "/reservations/{order_id}/release",
        role=Role.SALES,
        response_model=None,
        tags=["reservations"],
    )
    async def release(order_id: UUID, body: ReleaseBody, cmd: Command) -> Any:
        return await commands.release(order_id, body.reason, cmd.meta, **cmd.idempotency)

    return router


WaitFor = Annotated[
    UUID | None, Query(description="wait until inventory has consumed this event id")
]
WaitSeconds = Annotated[float, Query(gt=0, le=30, description="how long to wait at most")]
