"""Stock queries: on hand per SKU x warehouse, and the ledger lines behind it.

Read models are eventually consistent; `wait_for_event` (an event id the client caused, e.g.
the GoodsReceived id that purchasing answered) makes the query wait, bounded, until the
stock projection has applied it."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool
from pydantic import BaseModel

from jxc.platform.decider import NotFound
from jxc.platform.reads import wait_until


class StockLevel(BaseModel):
    sku: str
    warehouse: str
    unit: str
    on_hand: Decimal
    updated_at: datetime


class LedgerLine(BaseModel):
    id: int
    movement: str
    source_event_id: UUID
    line_no: int
    document_id: UUID | None
    sku: str
    warehouse: str
    lot: str | None
    quantity: Decimal
    unit: str
    unit_cost: Decimal | None
    currency: str | None
    occurred_at: datetime
    recorded_at: datetime


class WaitTimedOut(NotFound):
    status = 504


WaitFor = Annotated[
    UUID | None,
    Query(description="wait until the stock projection has applied this event id"),
]
WaitSeconds = Annotated[float, Query(gt=0, le=30, description="how long to wait at most")]


def stock_router(
    pool: AsyncConnectionPool[Any], consumer: str, max_wait_seconds: float
) -> APIRouter:
    router = APIRouter(tags=["stock"])

    async def wait_for(event_id: UUID | None, timeout: float) -> None:
        if event_id is None:
            return

        async def seen() -> bool:
            async with pool.connection() as conn:
                cur = await conn.execute(
                    "SELECT 1 FROM processed_events WHERE consumer = %s AND event_id = %s",
                    (consumer, event_id),
                )
                return await cur.fetchone() is not None

        if not await wait_until(seen, min(timeout, max_wait_seconds)):
            raise WaitTimedOut(
                f"the stock projection has not applied event {event_id} yet; try again shortly",
                fields=("wait_for_event",),
            )

    @router.get("/stock", response_model=list[StockLevel])
    async def list_stock(
        sku: str | None = None,
        warehouse: str | None = None,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 5.0,
    ) -> list[dict[str, Any]]:
        await wait_for(wait_for_event, wait_seconds)
        async with pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT sku, warehouse, unit, on_hand, updated_at FROM stock_levels "
                "WHERE (%(sku)s::text IS NULL OR sku = %(sku)s) "
                "AND (%(wh)s::text IS NULL OR warehouse = %(wh)s) "
                "ORDER BY sku, warehouse LIMIT 1000",
                {"sku": sku, "wh": warehouse},
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
            return rows

    @router.get("/stock/{sku}/{warehouse}", response_model=StockLevel)
    async def stock_level(
        sku: str, warehouse: str, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 5.0
    ) -> dict[str, Any]:
        await wait_for(wait_for_event, wait_seconds)
        async with pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT sku, warehouse, unit, on_hand, updated_at FROM stock_levels "
                "WHERE sku = %s AND warehouse = %s",
                (sku, warehouse),
            )
            row: dict[str, Any] | None = await cur.fetchone()
        if row is None:
            raise NotFound(
                f"no stock of {sku} has been recorded in warehouse {warehouse}",
                fields=("sku", "warehouse"),
            )
        return row

    @router.get("/stock/{sku}/{warehouse}/ledger", response_model=list[LedgerLine])
    async def ledger(
        sku: str,
        warehouse: str,
        after_id: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 5.0,
    ) -> list[dict[str, Any]]:
        await wait_for(wait_for_event, wait_seconds)
        async with pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT id, movement, source_event_id, line_no, document_id, sku, warehouse, lot,"
                " quantity, unit, unit_cost, currency, occurred_at, recorded_at "
                "FROM stock_ledger WHERE sku = %s AND warehouse = %s AND id > %s "
                "ORDER BY id LIMIT %s",
                (sku, warehouse, after_id, limit),
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
            return rows

    return router
