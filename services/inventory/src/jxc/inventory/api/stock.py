"""Stock over HTTP. Queries read the positions the stock keeper writes in the same transaction
as its events, so they never lag the events; `wait_for_event` (an event id of another
context, e.g. the GoodsReceived id purchasing answered) waits, bounded, until the stock
keeper has consumed it. Commands are POSTs named for the intent."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query
from fastapi.encoders import jsonable_encoder
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool
from pydantic import BaseModel, Field

from jxc.events import limits
from jxc.events.contracts.inventory import ReservationRejected, StockReserved
from jxc.inventory.adapters import idempotency_keys
from jxc.inventory.adapters.known_names import check_known
from jxc.inventory.app.stock_keeper import Outcome, StockKeeper, StockOrder, stream_of
from jxc.inventory.domain.stock import (
    Adjust,
    CorrectCost,
    Issue,
    IssueKind,
    Release,
    Reserve,
    shown_unit_cost,
)
from jxc.platform.auth.user import Role
from jxc.platform.commands import CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.reads import wait_for_event
from jxc.platform.store import Conn

_POSITION = """
SELECT p.sku, p.warehouse, p.unit, p.currency, p.on_hand, p.reserved, p.in_transit,
       p.on_hand - coalesce(q.quarantined, 0) - p.reserved AS available,
       coalesce(q.quarantined, 0) AS quarantined, p.value,
       p.last_unit_cost,
       p.version, p.updated_at
FROM stock_positions p
LEFT JOIN LATERAL (
    SELECT sum(b.on_hand) AS quarantined FROM stock_balances b
    JOIN warehouse_locations l ON l.warehouse = b.warehouse AND l.location = b.location
    WHERE b.sku = p.sku AND b.warehouse = p.warehouse AND l.quarantine
) q ON true
"""


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
    value: Decimal
    unit_cost: Decimal
    version: int
    updated_at: datetime


class StockAsOf(BaseModel):
    sku: str
    warehouse: str
    as_of: datetime
    on_hand: Decimal
    value: Decimal


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


def stock_router(
    pool: AsyncConnectionPool[Any], keeper: StockKeeper, consumer: str, max_wait_seconds: float
) -> CommandRouter:
    router = CommandRouter(tags=["stock"])

    async def wait_for(event_id: UUID | None, timeout: float) -> None:
        await wait_for_event(
            pool, consumer, event_id, min(timeout, max_wait_seconds), "stock keeper"
        )

    async def one(
        conn: Conn, cmd: CommandRequest, order: StockOrder, *, known_sku: bool = True
    ) -> dict[str, Any]:
        """One command on one position, in a known warehouse and, unless the command may
        bring a SKU into stock (an adjustment, as a receipt may), of a known SKU."""
        await check_known(conn, warehouses=[(order.warehouse, "warehouse")])
        if known_sku:
            await check_known(conn, skus=[(order.sku, "sku")])
        [outcome] = await keeper.execute(conn, [order], stop_on_error=True)
        result = CommandResult(
            stream_of(order.sku, order.warehouse),
            outcome.version,
            [e.event_id for e in outcome.envelopes],
            id=f"{order.sku}@{order.warehouse}",
        )
        return cmd.answer(result)

    async def once(
        name: str, cmd: CommandRequest, run: Callable[[Conn], Awaitable[dict[str, Any]]]
    ) -> Any:
        """Run a command in one transaction; with an Idempotency-Key, a retry gets the first
        answer back and records nothing (the answer is stored in the same transaction)."""
        retry = cmd.idempotency
        async with pool.connection() as conn, conn.transaction():
            if not retry:
                return jsonable_encoder(await run(conn))
            scoped = f"{name}:{retry['idempotency_key']}"
            fingerprint = retry["request_fingerprint"]
            earlier = await idempotency_keys.recall(conn, scoped, fingerprint)
            if earlier is not None:
                return earlier
            answer = jsonable_encoder(await run(conn))
            await idempotency_keys.remember(conn, scoped, fingerprint, answer)
            return answer

    @router.get("/stock", response_model=list[StockLevel])
    async def list_stock(
        sku: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        warehouse: Annotated[limits.Text | None, Query(max_length=limits.MAX_CODE)] = None,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 10.0,
    ) -> list[dict[str, Any]]:
        await wait_for(wait_for_event, wait_seconds)
        async with pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                _POSITION + "WHERE (%(sku)s::text IS NULL OR p.sku = %(sku)s) "
                "AND (%(wh)s::text IS NULL OR p.warehouse = %(wh)s) "
                "ORDER BY p.sku, p.warehouse LIMIT 1000",
                {"sku": sku, "wh": warehouse},
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
            return [_with_unit_cost(row) for row in rows]

    @router.get("/stock/{sku}/{warehouse}", response_model=StockLevel)
    async def stock_level(
        sku: str, warehouse: str, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 10.0
    ) -> dict[str, Any]:
        await wait_for(wait_for_event, wait_seconds)
        async with pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(_POSITION + "WHERE p.sku = %s AND p.warehouse = %s", (sku, warehouse))
            row: dict[str, Any] | None = await cur.fetchone()
        if row is None:
            raise _no_stock(sku, warehouse)
        return _with_unit_cost(row)

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
        when = at
        async with pool.connection() as conn:
            cur = await conn.execute(
                "SELECT coalesce(sum(quantity), 0), coalesce(sum(value_change), 0), count(*) "
                "FROM stock_ledger WHERE sku = %s AND warehouse = %s AND occurred_at <= %s",
                (sku, warehouse, when),
            )
            row = await cur.fetchone()
        assert row is not None
        return {
            "sku": sku,
            "warehouse": warehouse,
            "as_of": when,
            "on_hand": row[0],
            "value": row[1],
        }

    @router.get("/stock/{sku}/{warehouse}/ledger", response_model=list[LedgerLine])
    async def ledger(
        sku: str,
        warehouse: str,
        after_id: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 10.0,
    ) -> list[dict[str, Any]]:
        await wait_for(wait_for_event, wait_seconds)
        async with pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT * FROM stock_ledger WHERE sku = %s AND warehouse = %s AND id > %s "
                "ORDER BY id LIMIT %s",
                (sku, warehouse, after_id, limit),
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
            return rows

    @router.get("/stock/{sku}/{warehouse}/detail")
    async def detail(sku: str, warehouse: str) -> dict[str, Any]:
        """Balances per location and lot, FIFO cost layers and open reservations."""
        async with pool.connection() as conn:
            position = await keeper.position(conn, sku, warehouse)
        if position is None:
            raise _no_stock(sku, warehouse)
        return {
            "sku": sku,
            "warehouse": warehouse,
            "valuation": position.valuation,
            "balances": [
                {
                    "location": loc or None,
                    "lot": lot or None,
                    "on_hand": q,
                    "quarantine": loc in position.quarantine,
                }
                for (loc, lot), q in sorted(position.balances.items())
            ],
            "layers": [
                {"quantity": layer.quantity, "unit_cost": layer.unit_cost, "source": layer.source}
                for layer in position.layers
            ],
            "reservations": [
                {"order_id": order_id, "line_no": line_no, "quantity": q}
                for (order_id, line_no), q in sorted(position.reservations.items())
            ],
        }

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
        order = StockOrder(sku, warehouse, command, cmd.meta)
        return await once("stock-adjust", cmd, lambda conn: one(conn, cmd, order, known_sku=False))

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
        order = StockOrder(sku, warehouse, command, cmd.meta)
        return await once("stock-issue", cmd, lambda conn: one(conn, cmd, order))

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

        async def run(conn: Conn) -> dict[str, Any]:
            if await keeper.position(conn, sku, warehouse) is None:
                raise _no_stock(sku, warehouse)
            return await one(conn, cmd, StockOrder(sku, warehouse, command, cmd.meta))

        return await once("stock-cost-correction", cmd, run)

    @router.command("/reservations", role=Role.SALES, response_model=None, tags=["reservations"])
    async def reserve(body: ReserveBody, cmd: Command) -> Any:
        """Reserve every line now; each line answers reserved or rejected (with what is
        available). Lines are independent, as when sales places an order."""
        meta = cmd.meta
        orders = [
            StockOrder(
                line.sku,
                line.warehouse,
                Reserve(body.order_id, line.line_no, line.quantity, line.unit),
                meta,
            )
            for line in body.lines
        ]

        async def run(conn: Conn) -> dict[str, Any]:
            await check_known(
                conn,
                warehouses=[(o.warehouse, f"lines[{i}].warehouse") for i, o in enumerate(orders)],
                skus=[(o.sku, f"lines[{i}].sku") for i, o in enumerate(orders)],
            )
            outcomes = await keeper.execute(conn, orders, stop_on_error=True)
            return {"order_id": body.order_id, "lines": [_line_answer(o) for o in outcomes]}

        return await once("reserve", cmd, run)

    @router.command(
        "/reservations/{order_id}/release",
        role=Role.SALES,
        response_model=None,
        tags=["reservations"],
    )
    async def release(order_id: UUID, body: ReleaseBody, cmd: Command) -> Any:
        meta = cmd.meta

        async def run(conn: Conn) -> dict[str, Any]:
            cur = await conn.execute(
                "SELECT line_no, sku, warehouse FROM stock_reservations WHERE order_id = %s "
                "ORDER BY line_no, sku, warehouse",
                (order_id,),
            )
            lines = await cur.fetchall()
            if not lines:
                raise NotFound(f"order {order_id} holds no reservation", fields=("order_id",))
            orders = [
                StockOrder(sku, wh, Release(order_id, line_no, body.reason), meta)
                for line_no, sku, wh in lines
            ]
            outcomes = await keeper.execute(conn, orders, stop_on_error=True)
            return {
                "order_id": order_id,
                "released": [
                    {
                        "line_no": line_no,
                        "sku": sku,
                        "warehouse": wh,
                        "event_ids": [e.event_id for e in o.envelopes],
                    }
                    for (line_no, sku, wh), o in zip(lines, outcomes, strict=True)
                ],
            }

        return await once("release", cmd, run)

    return router


WaitFor = Annotated[
    UUID | None, Query(description="wait until inventory has consumed this event id")
]
WaitSeconds = Annotated[float, Query(gt=0, le=30, description="how long to wait at most")]


def _no_stock(sku: str, warehouse: str) -> NotFound:
    return NotFound(
        f"no stock of {sku} has been recorded in warehouse {warehouse}",
        fields=("sku", "warehouse"),
    )


def _with_unit_cost(row: dict[str, Any]) -> dict[str, Any]:
    """The unit cost of a position row, rounded by the domain's one rule (half to even)."""
    return row | {"unit_cost": shown_unit_cost(row["on_hand"], row["value"], row["last_unit_cost"])}


def _line_answer(outcome: Outcome) -> dict[str, Any]:
    command = outcome.order.command
    assert isinstance(command, Reserve)
    [event] = outcome.events
    answer: dict[str, Any] = {
        "line_no": command.line_no,
        "sku": outcome.order.sku,
        "warehouse": outcome.order.warehouse,
        "event_id": outcome.envelopes[0].event_id,
    }
    if isinstance(event, StockReserved):
        answer.update(status="reserved", quantity=event.quantity)
    else:
        assert isinstance(event, ReservationRejected)
        answer.update(
            status="rejected",
            requested=event.requested,
            available=event.available,
            reason=event.reason,
        )
    return answer
