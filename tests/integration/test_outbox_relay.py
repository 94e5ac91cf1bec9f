"""The outbox relay on a real PostgreSQL and Kafka: a row the broker refuses for good is parked
with its reason while every other stream keeps flowing (its own stream waits behind it until it
is requeued or skipped), and a relay that lost its lock's connection stops publishing."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

import psycopg
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.partitioner import murmur2
from prometheus_client import REGISTRY
from psycopg_pool import AsyncConnectionPool

from jxc.events.base import Money
from jxc.events.contracts.purchasing import PurchaseOrderApproved
from jxc.events.contracts.registry import registry
from jxc.events.ids import uuid7
from jxc.platform.outbox import OutboxRelay
from jxc.platform.settings import topic_of
from jxc.platform.store import EventStore, Metadata, NewEvent
from tests.integration.harness import BIN, KAFKA_BOOTSTRAP, PG_ADMIN_URL, Stack, eventually
from tests.integration.publishing import read_all

TOO_LARGE = 2 * 1024 * 1024  # above the producer's and the broker's 1 MiB maximum


def _approved(by: str) -> PurchaseOrderApproved:
    return PurchaseOrderApproved(
        purchase_order_id=uuid4(), approved_by=by, total=Money(amount=Decimal(1), currency="CNY")
    )


async def _append(url: str, topic: str, events: list[tuple[str, int, str]]) -> None:
    """Append (stream, version, approved_by) events, in this order, with their outbox rows."""
    meta = Metadata(occurred_at=datetime.now(UTC), correlation_id=uuid7())
    store = EventStore(registry, "/jxc/tests", topic)
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await store.append_many(
            conn, [NewEvent(stream, version, _approved(by), meta) for stream, version, by in events]
        )


@dataclass
class Relays:
    pool: AsyncConnectionPool[Any]
    relays: list[OutboxRelay]
    tasks: list[asyncio.Task[None]]
    stop: asyncio.Event

    def start(self, relay: OutboxRelay) -> None:
        self.tasks.append(asyncio.create_task(relay.run(self.stop)))


@asynccontextmanager
async def _relays(stack: Stack, *, count: int = 1, **options: Any) -> AsyncIterator[Relays]:
    url = stack.database("purchasing")
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(url, min_size=1, max_size=4, open=False)
    await pool.open(wait=True)
    stop = asyncio.Event()
    relays = [
        OutboxRelay(
            pool,
            url,
            KAFKA_BOOTSTRAP,
            service=f"p-{stack.namespace}",
            topic=topic_of("purchasing", stack.namespace),
            **options,
        )
        for _ in range(count)
    ]
    tasks: list[asyncio.Task[None]] = []
    try:
        yield Relays(pool, relays, tasks, stop)
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        await pool.close()


async def _rows(pool: AsyncConnectionPool[Any]) -> dict[tuple[str, int], str]:
    """Each outbox row's state by (stream, version): sent, parked or waiting."""
    async with pool.connection() as conn:
        cur = await conn.execute(
            "SELECT e.stream_id, e.stream_version, CASE WHEN o.sent_at IS NOT NULL THEN 'sent' "
            "WHEN o.parked_at IS NOT NULL THEN 'parked' ELSE 'waiting' END "
            "FROM outbox o JOIN events e ON e.global_position = o.global_position"
        )
        return {(s, v): state for s, v, state in await cur.fetchall()}


def _cli(stack: Stack, *args: str) -> str:
    done = subprocess.run(
        [str(BIN / "jxc-purchasing"), "outbox", *args],
        env=stack.env("purchasing"),
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _keys(records: list[Any]) -> list[tuple[str, int]]:
    return [(r.key.decode(), int(dict(r.headers)["ce_streamversion"])) for r in records]


async def test_a_row_the_broker_refuses_is_parked_and_every_other_stream_flows(
    stack: Stack,
) -> None:
    stack.migrate("purchasing")
    url, topic = stack.database("purchasing"), topic_of("purchasing", stack.namespace)
    a, big, c = (f"purchase-order-{uuid4()}" for _ in range(3))
    events = [(a, 1, "ann"), (big, 1, "x" * TOO_LARGE), (big, 2, "bob"), (c, 1, "cy")]
    await _append(url, topic, events)
    service = f"p-{stack.namespace}"
    async with _relays(stack) as running:
        running.start(running.relays[0])
        pool = running.pool
        expected = {(a, 1): "sent", (big, 1): "parked", (big, 2): "waiting", (c, 1): "sent"}
        await eventually(lambda: _matches(pool, expected), timeout=15)
        published = _keys(await read_all(topic, expect=2, timeout=10))
        assert sorted(published) == sorted([(a, 1), (c, 1)])
        assert await _parked_times(service, 1)

        listed = _cli(stack, "parked")
        assert big in listed and "MessageSizeTooLargeError" in listed
        row_id = listed.split()[0]

        _cli(stack, "requeue", row_id)  # the cause is not fixed: parked again
        await eventually(lambda: _parked_times(service, 2), timeout=15)
        assert (await _rows(pool))[(big, 2)] == "waiting"

        _cli(stack, "skip", row_id)  # given up on: the stream's later rows go out
        expected = {(a, 1): "sent", (big, 1): "sent", (big, 2): "sent", (c, 1): "sent"}
        await eventually(lambda: _matches(pool, expected), timeout=15)
        published = _keys(await read_all(topic, expect=3, timeout=10))
        assert sorted(published) == sorted([(a, 1), (big, 2), (c, 1)])
        assert "skipped" in _cli(stack, "parked", "--all")


async def test_a_row_over_the_topics_limit_is_parked_alone_not_its_whole_batch(
    stack: Stack,
) -> None:
    """The broker refuses a whole batch when one record in it is over the topic's
    max.message.bytes: the rows sent with it are innocent and must go out."""
    stack.migrate("purchasing")
    url, topic = stack.database("purchasing"), topic_of("purchasing", stack.namespace)
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP)
    await admin.start()
    try:
        limit = {"max.message.bytes": "4096"}
        await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic, limit)])

        async def limited() -> bool:  # the broker applies a topic's config after answering
            asked = ConfigResource(ConfigResourceType.TOPIC, topic, {"max.message.bytes": None})
            (answer,) = await admin.describe_configs([asked])
            (entry,) = answer.to_object()["resources"][0]["config_entries"]
            return bool(entry["config_value"] == "4096")

        await eventually(limited, timeout=30)
    finally:
        await admin.close()
    a, big, c = _streams_on_one_partition(3)
    events = [(a, 1, "ann"), (big, 1, "x" * 10_000), (big, 2, "bob"), (c, 1, "cy")]
    await _append(url, topic, events)
    async with _relays(stack) as running:
        running.start(running.relays[0])
        expected = {(a, 1): "sent", (big, 1): "parked", (big, 2): "waiting", (c, 1): "sent"}
        try:
            await eventually(lambda: _matches(running.pool, expected), timeout=45)
        except AssertionError:
            assert await _rows(running.pool) == expected  # shows which row is where
            raise
        published = _keys(await read_all(topic, expect=2, timeout=10))
        assert sorted(published) == sorted([(a, 1), (c, 1)])


def _streams_on_one_partition(count: int, partitions: int = 12) -> list[str]:
    """Stream ids whose records land on one partition (the producer's murmur2 of the key)."""
    found: list[str] = []
    while len(found) < count:
        stream = f"purchase-order-{uuid4()}"
        if (murmur2(stream.encode()) & 0x7FFFFFFF) % partitions == 0:
            found.append(stream)
    return found


async def _matches(pool: AsyncConnectionPool[Any], expected: dict[tuple[str, int], str]) -> bool:
    return await _rows(pool) == expected


async def _parked_times(service: str, times: int) -> bool:
    value = REGISTRY.get_sample_value("jxc_outbox_parked_total", {"service": service})
    return bool(value == times)


async def test_a_relay_that_loses_its_lock_connection_stops_publishing(stack: Stack) -> None:
    stack.migrate("purchasing")
    url, topic = stack.database("purchasing"), topic_of("purchasing", stack.namespace)
    streams = [f"purchase-order-{uuid4()}" for _ in range(20)]
    await _append(url, topic, [(s, v, "ann") for v in range(1, 31) for s in streams])
    async with _relays(stack, count=2, batch_size=1) as running:
        first, second = running.relays
        running.start(first)
        await eventually(lambda: _published(first, 5), timeout=20, interval=0.01)
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            cut = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_locks "
                "WHERE locktype = 'advisory' AND objid::text::bigint = %s AND granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = %s)",
                (first.lock_key, f"jxct_{stack.namespace}_purchasing"),
            ).fetchall()
        published_at_cut = first.published
        assert cut == [(True,)]  # the lock holder's session is gone, and its lock with it
        running.start(second)
        await eventually(lambda: _all_sent(running.pool), timeout=60)
    # The first relay may finish the one batch it had in hand; then it must stop.
    assert first.published - published_at_cut <= 1
    assert second.published >= 600 - first.published
    records = await read_all(topic, expect=600, timeout=30)
    for stream in streams:
        seen: list[int] = []
        for key, version in _keys(records):
            if key == stream and version not in seen:
                seen.append(version)
        assert seen == list(range(1, 31))  # every event, first copies in stream order


async def _published(relay: OutboxRelay, at_least: int) -> bool:
    return relay.published >= at_least


async def _all_sent(pool: AsyncConnectionPool[Any]) -> bool:
    async with pool.connection() as conn:
        row = await (
            await conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
        ).fetchone()
    return row == (0,)


async def test_a_stuck_outbox_row_makes_the_oldest_unsent_age_grow(stack: Stack) -> None:
    """The backlog gauges come from the outbox itself, measured while the relay cannot publish
    (here: no broker at its address), which is when they matter."""
    stack.migrate("purchasing")
    url, topic = stack.database("purchasing"), topic_of("purchasing", stack.namespace)
    await _append(url, topic, [(f"purchase-order-{uuid4()}", 1, "ann")])
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute("UPDATE outbox SET created_at = now() - interval '90 seconds'")
    service = f"stuck-{stack.namespace}"
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(url, min_size=1, max_size=2, open=False)
    await pool.open(wait=True)
    relay = OutboxRelay(
        pool, url, "127.0.0.1:1", service=service, topic=topic, measure_every_seconds=0.1
    )
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))

    def gauge(name: str) -> float:
        return REGISTRY.get_sample_value(name, {"service": service}) or 0.0

    async def age_over(seconds: float) -> float | None:
        age = gauge("jxc_outbox_oldest_unsent_seconds")
        return age if age > seconds else None

    try:
        first = await eventually(lambda: age_over(90), timeout=15)
        assert gauge("jxc_outbox_pending") == 1
        await eventually(lambda: age_over(first + 1), timeout=15)  # it grows while stuck
    finally:
        stop.set()
        await task
        await pool.close()
