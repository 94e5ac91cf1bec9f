"""Reads: a pooled connection that answers a query in one round trip, and reading your own
writes (a query may wait, bounded, until its read model has seen an event)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any
from uuid import UUID

import psycopg
from psycopg import AsyncConnection
from psycopg.pq import TransactionStatus
from psycopg_pool import AsyncConnectionPool

from jxc.platform.consumer_health import BOARD
from jxc.platform.decider import DomainError


@asynccontextmanager
async def reading(pool: AsyncConnectionPool[Any]) -> AsyncIterator[AsyncConnection[Any]]:
    """A pooled connection for queries only, in autocommit: a query is one round trip, not
    three (a pooled connection otherwise sends BEGIN before it and COMMIT when it goes back).
    Under READ COMMITTED every statement of a transaction takes its own snapshot anyway, so
    a query sees the same as it would in one. Never write through it: nothing is atomic here.
    The connection goes back to the pool out of autocommit, as the other borrowers expect it
    (closed, and so dropped by the pool, if that cannot be done)."""
    async with pool.connection() as conn:
        await conn.set_autocommit(True)
        try:
            yield conn
        finally:
            try:
                if conn.info.transaction_status == TransactionStatus.IDLE:
                    await conn.set_autocommit(False)
                else:
                    await conn.close()
            except psycopg.Error:
                await conn.close()


class ReadModelBehind(DomainError):
    """The read model has not caught up with the event yet: try again shortly, unless the
    message says its consumer is failing or stalled (then waiting will not help)."""

    status = 504


async def wait_until(
    seen: Callable[[], Awaitable[bool]], timeout: float, interval: float = 0.002
) -> bool:
    """Poll `seen` until it is true or `timeout` seconds pass; True if it was seen."""
    deadline = time.monotonic() + timeout
    while True:
        if await seen():
            return True
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(min(interval, max(deadline - time.monotonic(), 0)))
        interval = min(interval * 1.5, 0.02)


async def wait_for_event(
    pool: AsyncConnectionPool[Any], consumer: str, event_id: UUID | None, timeout: float, what: str
) -> None:
    """Return once `consumer` has applied `event_id` (at once if None); ReadModelBehind after
    `timeout` seconds. Only events the consumer handles are ever recorded as applied."""
    if event_id is None:
        return

    async def seen() -> bool:
        async with reading(pool) as conn:
            cur = await conn.execute(
                "SELECT 1 FROM processed_events WHERE consumer = %s AND event_id = %s",
                (consumer, event_id),
            )
            return await cur.fetchone() is not None

    if not await wait_until(seen, timeout):
        problem = BOARD.problem_of(consumer)
        if problem is not None:
            raise ReadModelBehind(
                f"the {what} has not applied event {event_id}: its consumer is {problem}",
                fields=("wait_for_event",),
                consumer_state="stalled" if problem.startswith("stalled") else "failing",
            )
        raise ReadModelBehind(
            f"the {what} has not applied event {event_id} yet; try again shortly",
            fields=("wait_for_event",),
        )
