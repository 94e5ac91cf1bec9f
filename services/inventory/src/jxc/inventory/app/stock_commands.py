"""Stock commands people send: adjust, issue and correct the cost of one position; reserve an
order's lines and release them. Each runs in one transaction through the stock keeper, after
checking that the warehouses and SKUs it names are registered; with an Idempotency-Key a retry gets
the first answer back and records nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
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

GROUP_MAX = 500  # reservations committed together at most


@dataclass(slots=True)
class _Waiting:
    order_id: UUID
    lines: Sequence[PositionCommand]
    answer: asyncio.Future[Any]


def _settle(waiting: _Waiting, answer: Any, error: Exception | None) -> None:
    if waiting.answer.done():  # the caller went away (its request was cancelled)
        return
    if error is not None:
        waiting.answer.set_exception(error)
    else:
        waiting.answer.set_result(answer)


class StockCommands:
    def __init__(self, pool: AsyncConnectionPool[Any], keeper: StockKeeper) -> None:
        self.pool = pool
        self.keeper = keeper
        self._queued: list[_Waiting] = []
        self._drainer: asyncio.Task[None] | None = None

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
        when sales places an order.

        Reservations sent at the same time commit together (a group commit): they queue here
        and one transaction at a time reserves all that have queued, deciding them in turn on
        the positions it locked; so a hot position takes one lock and one commit per group
        instead of one per order. A group with any refusal in it (or any other error) is
        rolled back and every request of it runs alone, so each answers exactly as it would
        have on its own. A request with an Idempotency-Key always runs alone."""
        if idempotency.get("idempotency_key") is not None:
            return await self._once("reserve", idempotency, self._reserving(order_id, lines))
        waiting = _Waiting(order_id, lines, asyncio.get_running_loop().create_future())
        self._queued.append(waiting)
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.create_task(self._drain())
        return await waiting.answer

    def _reserving(
        self, order_id: UUID, lines: Sequence[PositionCommand]
    ) -> Callable[[Conn], Awaitable[dict[str, Any]]]:
        async def run(conn: Conn) -> dict[str, Any]:
            await check_known(
                conn,
                warehouses=[(o.warehouse, f"lines[{i}].warehouse") for i, o in enumerate(lines)],
                skus=[(o.sku, f"lines[{i}].sku") for i, o in enumerate(lines)],
            )
            outcomes = await self.keeper.execute(conn, lines, stop_on_error=True)
            return {"order_id": order_id, "lines": [_line_answer(o) for o in outcomes]}

        return run

    async def _drain(self) -> None:
        while self._queued:
            group = self._queued[:GROUP_MAX]
            del self._queued[:GROUP_MAX]
            group = [w for w in group if not w.answer.done()]  # a caller that went away
            if not group:
                continue
            try:
                answers = await self._reserve_together(group)
            except Exception:
                answers = None
            if answers is not None:
                for waiting, answer in zip(group, answers, strict=True):
                    _settle(waiting, answer, None)
                continue
            for waiting in group:  # one by one, each as if it had come alone
                try:
                    answer = await self._once(
                        "reserve", {}, self._reserving(waiting.order_id, waiting.lines)
                    )
                except Exception as exc:
                    _settle(waiting, None, exc)
                else:
                    _settle(waiting, answer, None)

    async def _reserve_together(self, group: list[_Waiting]) -> list[dict[str, Any]]:
        """Every request of the group in one transaction, or none (an error rolls it back)."""
        every = [line for w in group for line in w.lines]

        async def run(conn: Conn) -> list[dict[str, Any]]:
            await check_known(
                conn,
                warehouses=[(o.warehouse, "warehouse") for o in every],
                skus=[(o.sku, "sku") for o in every],
            )
            outcomes = iter(await self.keeper.execute(conn, every, stop_on_error=True))
            return [
                {
                    "order_id": w.order_id,
                    "lines": [_line_answer(next(outcomes)) for _ in w.lines],
                }
                for w in group
            ]

        answers: list[dict[str, Any]] = await self._once("reserve", {}, run)
        return answers

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
        run: Callable[[Conn], Awaitable[Any]],
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
