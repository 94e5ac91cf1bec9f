"""Stock commands people send: adjust, issue and correct the cost of one position; reserve an
order's lines and release them. Each runs in one transaction through the stock keeper, after
checking that the warehouses and SKUs it names are registered; with an Idempotency-Key a retry gets
the first answer back and records nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.events.contracts.inventory import (
    ReservationBackordered,
    ReservationRejected,
    StockReserved,
)
from jxc.inventory.adapters import idempotency_keys, stock_queries
from jxc.inventory.adapters.known_names import check_known
from jxc.inventory.app.stock_keeper import Outcome, PositionCommand, StockKeeper, stream_of
from jxc.inventory.app.stock_view import no_stock
from jxc.inventory.domain.stock import Adjust, CorrectCost, Issue, Release, Reserve
from jxc.platform.commands import CommandResult
from jxc.platform.decider import NotFound
from jxc.platform.store import Conn, Metadata


class StockCommands:
    def __init__(self, pool: AsyncConnectionPool[Any], keeper: StockKeeper) -> None:
        self.pool = pool
        self.keeper = keeper

    async def adjust(self, command: PositionCommand, **idempotency: Any) -> Any:
        assert isinstance(command.command, Adjust)
        return await self._once("stock-adjust", idempotency, self._one(command))

    async def issue(self, command: PositionCommand, **idempotency: Any) -> Any:
        assert isinstance(command.command, Issue)
        return await self._once("stock-issue", idempotency, self._one(command))

    async def correct_cost(self, command: PositionCommand, **idempotency: Any) -> Any:
        assert isinstance(command.command, CorrectCost)
        one = self._one(command)

        async def run(conn: Conn) -> dict[str, Any]:
            if await self.keeper.position(conn, command.sku, command.warehouse) is None:
                raise no_stock(command.sku, command.warehouse)
            return await one(conn)

        return await self._once("stock-cost-correction", idempotency, run)

    async def reserve(
        self, order_id: UUID, lines: Sequence[PositionCommand], **idempotency: Any
    ) -> Any:
        """Reserve every line now; each answers reserved, or backordered (waiting in its
        position's queue, with its place and what is available). Lines are independent, as
        when sales places an order."""

        async def run(conn: Conn) -> dict[str, Any]:
            await check_known(
                conn,
                warehouses=[(o.warehouse, f"lines[{i}].warehouse") for i, o in enumerate(lines)],
                skus=[(o.sku, f"lines[{i}].sku") for i, o in enumerate(lines)],
            )
            outcomes = await self.keeper.execute(conn, lines, stop_on_error=True)
            return {"order_id": order_id, "lines": [_line_answer(o) for o in outcomes]}

        return await self._once("reserve", idempotency, run)

    async def release(self, order_id: UUID, reason: str, meta: Metadata, **idempotency: Any) -> Any:
        """Release every line the order holds reserved and withdraw those still waiting."""

        async def run(conn: Conn) -> dict[str, Any]:
            lines = await stock_queries.reservation_lines(conn, order_id)
            if not lines:
                raise NotFound(
                    f"order {order_id} holds no reservation and waits for no stock",
                    fields=("order_id",),
                )
            commands = [
                PositionCommand(sku, wh, Release(order_id, line_no, reason), meta)
                for line_no, sku, wh in lines
            ]
            outcomes = await self.keeper.execute(conn, commands, stop_on_error=True)
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

        return await self._once("release", idempotency, run)

    def _one(self, command: PositionCommand) -> Callable[[Conn], Awaitable[dict[str, Any]]]:
        """One command on one position, of a registered SKU in a registered warehouse,
        answered like any command: the position's id, its stream, version and events."""

        async def run(conn: Conn) -> dict[str, Any]:
            await check_known(
                conn, warehouses=[(command.warehouse, "warehouse")], skus=[(command.sku, "sku")]
            )
            [outcome] = await self.keeper.execute(conn, [command], stop_on_error=True)
            result = CommandResult(
                stream_of(command.sku, command.warehouse),
                outcome.version,
                [e.event_id for e in outcome.envelopes],
                id=f"{command.sku}@{command.warehouse}",
            )
            return result.to_json()

        return run

    async def _once(
        self,
        name: str,
        idempotency: dict[str, Any],
        run: Callable[[Conn], Awaitable[dict[str, Any]]],
    ) -> Any:
        key = idempotency.get("idempotency_key")
        return await idempotency_keys.run_once(
            self.pool,
            None if key is None else f"{name}:{key}",
            idempotency.get("request_fingerprint", ""),
            run,
        )


def _line_answer(outcome: Outcome) -> dict[str, Any]:
    command = outcome.order.command
    assert isinstance(command, Reserve)
    event = outcome.events[0]  # the line's own; reservations of waiting lines may follow
    answer: dict[str, Any] = {
        "line_no": command.line_no,
        "sku": outcome.order.sku,
        "warehouse": outcome.order.warehouse,
        "event_id": outcome.envelopes[0].event_id,
    }
    if isinstance(event, StockReserved):
        answer.update(status="reserved", quantity=event.quantity)
    elif isinstance(event, ReservationBackordered):
        answer.update(
            status="backordered",
            quantity=event.quantity,
            available=event.available,
            position=event.position,
        )
    else:
        assert isinstance(event, ReservationRejected)
        answer.update(
            status="rejected",
            requested=event.requested,
            available=event.available,
            reason=event.reason,
        )
    return answer
