"""A throwaway read model and an in-process projection runner, for consumer-side tests on the
real Kafka and PostgreSQL: `received_totals` sums accepted quantities of GoodsReceived per SKU."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from aiokafka import AIOKafkaProducer
from psycopg_pool import AsyncConnectionPool

from jxc.events.cloudevents import to_kafka
from jxc.events.contracts.registry import registry as contracts
from jxc.events.envelope import Envelope
from jxc.events.registry import EventRegistry
from jxc.platform.projection import Consumed, ProjectionRunner
from tests.integration.harness import KAFKA_BOOTSTRAP


@dataclass
class ReceivedTotals:
    name: str
    topics: list[str]
    handles: frozenset[str] = frozenset({"purchasing.GoodsReceived"})

    async def apply(self, conn: Any, events: Sequence[Consumed]) -> None:
        for consumed in events:
            for line in consumed.event.lines:  # type: ignore[attr-defined]
                await conn.execute(
                    "INSERT INTO received_totals VALUES (%s, %s) ON CONFLICT (sku) "
                    "DO UPDATE SET quantity = received_totals.quantity + excluded.quantity",
                    (line.sku, line.quantity_accepted),
                )

    async def clear(self, conn: Any) -> None:
        await conn.execute("DELETE FROM received_totals")


async def open_pool(url: str, *, size: int = 4, timeout: float = 30) -> AsyncConnectionPool[Any]:
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        url,
        min_size=1,
        max_size=size,
        timeout=timeout,
        check=AsyncConnectionPool.check_connection,  # tests end the database's sessions
        open=False,
    )
    await pool.open(wait=True)
    async with pool.connection() as conn:
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS received_totals (sku text PRIMARY KEY, quantity numeric)"
        )
    return pool


async def totals(pool: AsyncConnectionPool[Any]) -> dict[str, Decimal]:
    async with pool.connection() as conn:
        cur = await conn.execute("SELECT sku, quantity FROM received_totals")
        return {sku: Decimal(q) for sku, q in await cur.fetchall()}


async def scalar(pool: AsyncConnectionPool[Any], sql: str, *params: Any) -> Any:
    async with pool.connection() as conn:
        row = await (await conn.execute(sql, params)).fetchone()
    return None if row is None else row[0]


@asynccontextmanager
async def running(
    projection: ReceivedTotals,
    pool: AsyncConnectionPool[Any],
    *,
    registry: EventRegistry = contracts,
    **options: Any,
) -> AsyncIterator[ProjectionRunner]:
    """Run a projection in this process for the block; a crash of the runner fails the test."""
    stop = asyncio.Event()
    runner = ProjectionRunner(projection, pool, registry, KAFKA_BOOTSTRAP, **options)
    task = asyncio.create_task(runner.run(stop))
    try:
        yield runner
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=30)


async def publish_to(topic: str, partition: int, envelopes: Sequence[Envelope]) -> None:
    """Publish envelopes as the relay does, onto one chosen partition."""
    await publish_records(topic, partition, [to_kafka(envelope) for envelope in envelopes])


async def publish_records(
    topic: str, partition: int, records: Sequence[tuple[bytes, bytes | None, Sequence[Any]]]
) -> None:
    """Publish (key, value, headers) records, in order, onto one chosen partition."""
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA_BOOTSTRAP, enable_idempotence=True)
    await producer.start()
    try:
        for key, value, headers in records:
            await producer.send_and_wait(
                topic, value=value, key=key, headers=list(headers), partition=partition
            )
    finally:
        await producer.stop()
