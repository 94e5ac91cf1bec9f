"""The platform's guarantees on a real PostgreSQL and Kafka: snapshots, the policy guard,
one active outbox relay among several, and rebuilding a projection from offset 0."""

from __future__ import annotations

import asyncio
from collections import Counter
from decimal import Decimal
from typing import Any
from uuid import uuid4

import psycopg
from psycopg_pool import AsyncConnectionPool

from jxc.events.contracts.registry import registry
from jxc.events.ids import uuid7
from jxc.platform.commands import CommandHandler
from jxc.platform.outbox import OutboxRelay
from jxc.platform.policy import first_delivery
from jxc.platform.projection import ProjectionRunner, rebuild
from jxc.platform.settings import topic_of
from jxc.platform.store import EventStore
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    ReceiptLine,
    RecordGoodsReceipt,
    purchase_order_decider,
)
from tests.integration.commanding import nail_order, now_meta, open_pool
from tests.integration.consumer_kit import ReceivedTotals
from tests.integration.harness import KAFKA_BOOTSTRAP, Stack, eventually
from tests.integration.publishing import envelope_of, publish, read_all, receipt


async def test_long_streams_load_from_a_snapshot_with_the_same_state(stack: Stack) -> None:
    stack.migrate("purchasing")
    pool = await open_pool(stack.database("purchasing"))
    try:
        store = EventStore(registry, "/jxc/tests", "unused")
        handler = CommandHandler(pool, store, service="tests", snapshot_every=5)
        order_id = uuid4()
        stream = purchase_order_decider.stream_id(order_id)
        await handler.handle(
            purchase_order_decider, stream, nail_order(order_id), now_meta(), name="c"
        )
        await handler.handle(
            purchase_order_decider,
            stream,
            ApprovePurchaseOrder(order_id, "x"),
            now_meta(),
            name="a",
        )
        for _ in range(10):
            command = RecordGoodsReceipt(order_id, uuid7(), [ReceiptLine(1, Decimal(3))])
            await handler.handle(purchase_order_decider, stream, command, now_meta(), name="r")

        async with pool.connection() as conn:
            row = await (
                await conn.execute(
                    "SELECT stream_version FROM snapshots WHERE stream_id = %s", (stream,)
                )
            ).fetchone()
            assert row == (10,)  # taken when the stream crossed 5 and then 10
            from_snapshot = await handler.load(conn, purchase_order_decider, stream)
            every_event = purchase_order_decider.fold(
                registry.decode(e) for e in await store.load(conn, stream)
            )
        assert from_snapshot.version == 12
        assert from_snapshot.state == every_event
        assert from_snapshot.state.lines[0].accepted == Decimal(30)
    finally:
        await pool.close()


async def test_a_policy_acts_once_on_a_redelivered_event(stack: Stack) -> None:
    stack.migrate("inventory")
    event_id = uuid7()
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        async with conn.transaction():
            assert await first_delivery(conn, "inventory.reserve", event_id) is True
        async with conn.transaction():
            assert await first_delivery(conn, "inventory.reserve", event_id) is False
            assert await first_delivery(conn, "finance.post", event_id) is True
        async with conn.transaction():  # a transaction that fails records nothing
            other = uuid7()
            assert await first_delivery(conn, "inventory.reserve", other) is True
            raise psycopg.Rollback()
        async with conn.transaction():
            assert await first_delivery(conn, "inventory.reserve", other) is True


async def test_two_relays_publish_every_event_once_and_in_stream_order(stack: Stack) -> None:
    stack.migrate("purchasing")
    url = stack.database("purchasing")
    pool = await open_pool(url)
    topic = topic_of("purchasing", stack.namespace)
    stop = asyncio.Event()
    relays = [
        OutboxRelay(
            pool,
            url,
            KAFKA_BOOTSTRAP,
            service=f"p-{stack.namespace}",
            topic=topic,
            keep_sent_hours=0,  # sent rows are dropped at the next purge
            purge_every_seconds=0.2,
        )
        for _ in range(2)
    ]
    tasks = [asyncio.create_task(r.run(stop)) for r in relays]
    try:
        store = EventStore(registry, "/jxc/tests", topic)
        handler = CommandHandler(pool, store, service="tests")
        orders = [uuid4() for _ in range(10)]
        for order_id in orders:
            stream = purchase_order_decider.stream_id(order_id)
            await handler.handle(
                purchase_order_decider, stream, nail_order(order_id), now_meta(), name="c"
            )
            await handler.handle(
                purchase_order_decider,
                stream,
                ApprovePurchaseOrder(order_id, "x"),
                now_meta(),
                name="a",
            )
        records = await read_all(topic, expect=20)
        await eventually(lambda: _all_sent(pool), timeout=10)
        await eventually(lambda: _outbox_empty(pool), timeout=10)
    finally:
        stop.set()
        await asyncio.gather(*tasks)
        await pool.close()
    ids = Counter(dict(r.headers)["ce_id"] for r in records)  # type: ignore[attr-defined]
    assert len(ids) == 20 and set(ids.values()) == {1}
    assert sorted(r.published for r in relays) == [0, 20]  # one relay held the lock
    for order_id in orders:
        versions = [
            int(dict(r.headers)["ce_streamversion"])  # type: ignore[attr-defined]
            for r in records
            if r.key == purchase_order_decider.stream_id(order_id).encode()  # type: ignore[attr-defined]
        ]
        assert versions == [1, 2]


async def _outbox_empty(pool: AsyncConnectionPool[Any]) -> bool:
    async with pool.connection() as conn:
        row = await (await conn.execute("SELECT count(*) FROM outbox")).fetchone()
    return row == (0,)


async def _all_sent(pool: AsyncConnectionPool[Any]) -> bool:
    async with pool.connection() as conn:
        row = await (
            await conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
        ).fetchone()
    return row == (0,)


async def test_rebuild_replays_the_read_model_from_offset_zero(stack: Stack) -> None:
    topic = topic_of("purchasing", stack.namespace)
    await publish(
        topic,
        [
            envelope_of(receipt([("SALT", "WH-A", Decimal(i))]), f"purchase-order-{i}")
            for i in range(1, 21)
        ],
    )
    stack.migrate("inventory")
    pool = await open_pool(stack.database("inventory"))
    async with pool.connection() as conn:
        await conn.execute("CREATE TABLE received_totals (sku text PRIMARY KEY, quantity numeric)")
    projection = ReceivedTotals(f"{stack.namespace}.tests.received-totals", [topic])

    async def total() -> Decimal | None:
        async with pool.connection() as conn:
            row = await (
                await conn.execute("SELECT quantity FROM received_totals WHERE sku = 'SALT'")
            ).fetchone()
        return None if row is None else Decimal(row[0])

    async def project_until(expected: Decimal) -> None:
        stop = asyncio.Event()
        runner = ProjectionRunner(projection, pool, registry, KAFKA_BOOTSTRAP)
        task = asyncio.create_task(runner.run(stop))
        try:
            await eventually(lambda: _equals(total, expected), timeout=60)
        finally:
            stop.set()
            await task

    try:
        await project_until(Decimal(210))
        async with pool.connection() as conn:
            await conn.execute("UPDATE received_totals SET quantity = -1")  # a damaged model
        await rebuild(projection, pool)
        assert await total() is None
        await project_until(Decimal(210))
    finally:
        await pool.close()


async def _equals(read: Any, expected: Decimal) -> bool:
    return bool(await read() == expected)
