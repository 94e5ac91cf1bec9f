"""The consumer side's guarantees on the real Kafka and PostgreSQL: a record ends applied or
dead-lettered, never both, never neither, never twice; a failing consumer says so."""

from __future__ import annotations

import asyncio
import dataclasses
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from aiokafka import TopicPartition
from aiokafka.errors import KafkaConnectionError
from prometheus_client import REGISTRY
from psycopg_pool import AsyncConnectionPool

from jxc.events.cloudevents import to_kafka
from jxc.events.contracts.purchasing import GoodsReceived
from jxc.events.contracts.registry import registry as contracts
from jxc.events.registry import EventRegistry
from jxc.platform.consumer_health import BOARD, FAILING_AFTER
from jxc.platform.projection import ProjectionRunner
from jxc.platform.reads import ReadModelBehind, wait_for_event
from jxc.platform.settings import topic_of
from tests.integration.consumer_kit import (
    ReceivedTotals,
    open_pool,
    publish_records,
    publish_to,
    running,
    scalar,
    totals,
)
from tests.integration.harness import PG_ADMIN_URL, Stack, eventually
from tests.integration.publishing import envelope_of, read_all, receipt

D = Decimal


def _receipt(sku: str, quantity: int) -> Any:
    return envelope_of(receipt([(sku, "WH-A", D(quantity))]), f"purchase-order-{sku}")


async def _setup(stack: Stack) -> tuple[str, ReceivedTotals, AsyncConnectionPool[Any]]:
    stack.migrate("inventory")
    topic = topic_of("purchasing", stack.namespace)
    projection = ReceivedTotals(f"{stack.namespace}.tests.totals", [topic])
    return topic, projection, await open_pool(stack.database("inventory"))


def _has(pool: AsyncConnectionPool[Any], sku: str, quantity: int) -> Any:
    async def check() -> bool:
        try:
            return (await totals(pool)).get(sku) == D(quantity)
        except psycopg.OperationalError:  # the test terminated the pool's connections
            return False

    return check


async def test_copies_of_one_event_in_one_batch_are_applied_once(stack: Stack) -> None:
    topic, projection, pool = await _setup(stack)
    twice_relayed = _receipt("NAIL", 5)
    await publish_to(topic, 0, [twice_relayed, twice_relayed, twice_relayed, _receipt("END", 1)])
    try:
        async with running(projection, pool):
            await eventually(_has(pool, "END", 1))
        assert await totals(pool) == {"NAIL": D(5), "END": D(1)}
    finally:
        await pool.close()


async def test_a_header_without_a_value_is_dead_lettered_and_the_partition_goes_on(
    stack: Stack,
) -> None:
    topic, projection, pool = await _setup(stack)
    bad = _receipt("BAD", 1)
    key, value, headers = to_kafka(bad)
    no_id: list[Any] = [(n, None if n == "ce_id" else v) for n, v in headers]
    await publish_records(topic, 0, [(key, value, no_id), to_kafka(_receipt("BAD", 2))])
    try:
        async with running(projection, pool):
            await eventually(_has(pool, "BAD", 2))
            await eventually(lambda: _sent_letters(pool, projection.name, 1))
        reason = await scalar(pool, "SELECT reason FROM dead_letters")
        assert "header ce_id has no value" in reason
        [letter] = await read_all(_dlq(stack, projection), expect=1)
        assert "ce_id" in dict(letter.headers)["jxc_dlq_reason"].decode()  # type: ignore[attr-defined]
    finally:
        await pool.close()


async def test_a_letter_survives_a_failing_publish_and_goes_out_later(stack: Stack) -> None:
    topic, projection, pool = await _setup(stack)
    good = _receipt("OK", 3)
    key, _, headers = to_kafka(good)
    await publish_records(topic, 0, [(key, b"{not json", headers), to_kafka(good)])
    try:
        async with running(projection, pool, dlq_bootstrap="127.0.0.1:1"):  # nothing listens
            await eventually(_has(pool, "OK", 3))
        # kept with the offset that moved past it, although the broker never took it
        assert await scalar(pool, "SELECT count(*) FROM dead_letters WHERE sent_at IS NULL") == 1
        assert await scalar(pool, "SELECT next_offset FROM consumer_offsets") == 2
        async with running(projection, pool):  # leftovers go out on start
            await eventually(lambda: _sent_letters(pool, projection.name, 1))
        [letter] = await read_all(_dlq(stack, projection), expect=1)
        assert letter.value == b"{not json"  # type: ignore[attr-defined]
        assert dict(letter.headers)["jxc_dlq_source"].endswith(b"/0")  # type: ignore[attr-defined]
    finally:
        await pool.close()


async def test_a_letter_too_large_for_the_broker_is_trimmed_not_blocking(stack: Stack) -> None:
    from jxc.platform.dead_letters import DeadLetterOutbox

    topic, projection, pool = await _setup(stack)
    async with pool.connection() as conn:
        for offset, value in ((7, b"x" * 3_000_000), (8, b"small")):
            await conn.execute(
                "INSERT INTO dead_letters (consumer, source_topic, source_partition, "
                "source_offset, key, value, headers, reason) "
                "VALUES (%s, %s, 0, %s, 'k', %s, '[]', 'handler failed')",
                (projection.name, topic, offset, value),
            )
    try:
        from tests.integration.harness import KAFKA_BOOTSTRAP

        outbox = DeadLetterOutbox(pool, projection.name, KAFKA_BOOTSTRAP)
        try:
            assert await outbox.publish_pending() == 2
        finally:
            await outbox.close()
        big, small = await read_all(_dlq(stack, projection), expect=2)
        headers = dict(big.headers)  # type: ignore[attr-defined]
        assert headers["jxc_dlq_reason"] == b"handler failed"
        assert headers["jxc_dlq_source"] == f"{topic}/0/7".encode()
        assert b"3000000" in headers["jxc_dlq_trimmed"]
        assert len(big.value or b"") < 1_000_000  # type: ignore[attr-defined]
        assert small.value == b"small"  # type: ignore[attr-defined]
        assert await scalar(pool, "SELECT count(*) FROM dead_letters WHERE sent_at IS NULL") == 0
    finally:
        await pool.close()


async def test_a_read_only_database_stalls_the_consumer_and_dead_letters_nothing(
    stack: Stack,
) -> None:
    topic, projection, pool = await _setup(stack)
    database = f"jxct_{stack.namespace}_inventory"
    first, second = _receipt("RO", 1), _receipt("RO", 2)
    try:
        async with running(projection, pool):
            await publish_to(topic, 0, [first])
            await eventually(_has(pool, "RO", 1))
            _read_only(database, True)
            await publish_to(topic, 0, [second])
            why = await eventually(lambda: _problem_saying(projection.name, "read-only"))
            assert why.startswith("failing")
            failures = REGISTRY.get_sample_value(
                "jxc_consumer_consecutive_failures", {"consumer": projection.name}
            )
            assert failures is not None and failures >= 1
            with pytest.raises(ReadModelBehind, match=r"failing.*read-only"):
                await wait_for_event(pool, projection.name, second.event_id, 0.2, "totals")
            _read_only(database, False)
            await eventually(_has(pool, "RO", 3), timeout=30)
            assert await _problem(projection.name) is None
        assert await scalar(pool, "SELECT count(*) FROM dead_letters") == 0
    finally:
        _read_only(database, False)
        await pool.close()


async def test_stored_offsets_never_move_backwards(stack: Stack) -> None:
    topic, projection, pool = await _setup(stack)
    async with pool.connection() as conn:  # applied up to 1000 by an earlier consumer
        await conn.execute(
            "INSERT INTO consumer_offsets (consumer, topic, partition, next_offset) "
            "VALUES (%s, %s, 0, 1000)",
            (projection.name, topic),
        )
    await publish_to(topic, 0, [_receipt("OLD", 1), _receipt("OLD", 2), _receipt("OLD", 3)])
    tp = TopicPartition(topic, 0)
    try:
        async with running(projection, pool) as runner:
            await eventually(lambda: _reached(runner, tp, 3))
        assert await totals(pool) == {}
        stored = await scalar(pool, "SELECT next_offset FROM consumer_offsets WHERE partition = 0")
        assert stored == 1000
    finally:
        await pool.close()


async def test_pruned_ids_and_a_consumer_sought_back_change_nothing(stack: Stack) -> None:
    topic, projection, pool = await _setup(stack)
    await publish_to(topic, 0, [_receipt("P", 1), _receipt("P", 2), _receipt("P", 4)])
    try:
        async with running(projection, pool) as runner:
            await eventually(_has(pool, "P", 7))
            async with pool.connection() as conn:  # older than keep_processed_days
                await conn.execute("DELETE FROM processed_events")
            assert runner.consumer is not None
            runner.consumer.seek(TopicPartition(topic, 0), 0)
            await publish_to(topic, 0, [_receipt("P", 8)])
            await eventually(_has(pool, "P", 15))
        assert await totals(pool) == {"P": D(15)}
    finally:
        await pool.close()


async def test_a_failed_seek_on_assignment_never_consumes_from_a_guessed_position(
    stack: Stack,
) -> None:
    topic, projection, pool = await _setup(stack)
    await publish_to(topic, 0, [_receipt("S", 1), _receipt("S", 2)])
    try:
        async with running(projection, pool):
            await eventually(_has(pool, "S", 3))
        async with pool.connection() as conn:
            await conn.execute("DELETE FROM processed_events")
    finally:
        await pool.close()
    # One connection, held by the test while the partitions are assigned: the seek times out.
    small = await open_pool(stack.database("inventory"), size=1, timeout=1)
    try:
        async with running(projection, small):
            async with small.connection():
                why = await eventually(lambda: _problem(projection.name), timeout=30)
                assert "position" in why
            await publish_to(topic, 0, [_receipt("S", 4)])
            await eventually(_has(small, "S", 7), timeout=30)
        assert await totals(small) == {"S": D(7)}
    finally:
        await small.close()


class GoodsReceivedV2(GoodsReceived):
    schema_version = 2


def _upgraded_registry() -> EventRegistry:
    upgraded = EventRegistry()
    for model in contracts:
        upgraded.register(GoodsReceivedV2 if model is GoodsReceived else model)
    upgraded.upcaster(GoodsReceived.event_type, 1)(lambda data: data)
    return upgraded


async def test_a_newer_schema_version_stalls_only_its_partition_until_upgraded(
    stack: Stack,
) -> None:
    topic, projection, pool = await _setup(stack)
    newer = dataclasses.replace(_receipt("A", 10), schema_version=2)
    after = _receipt("A", 100)
    await publish_to(topic, 0, [_receipt("A", 1), newer, after])
    await publish_to(topic, 1, [_receipt("B", 7)])
    try:
        async with running(projection, pool):
            await eventually(_has(pool, "B", 7))
            await eventually(lambda: _offset_reached(pool, 0, 1))
            assert await scalar(pool, "SELECT count(*) FROM dead_letters") == 0
            assert (await totals(pool))["A"] == D(1)
            why = await eventually(lambda: _problem(projection.name))
            assert "stalled" in why and "v2" in why
            assert (
                await scalar(pool, "SELECT next_offset FROM consumer_offsets WHERE partition = 0")
                == 1
            )  # held at the newer event
            await publish_to(topic, 1, [_receipt("B", 3)])  # other partitions keep flowing
            await eventually(_has(pool, "B", 10))
            assert (await totals(pool))["A"] == D(1)
            with pytest.raises(ReadModelBehind, match="stalled"):
                await wait_for_event(pool, projection.name, after.event_id, 0.2, "totals")
            stalled = REGISTRY.get_sample_value(
                "jxc_consumer_stalled_partitions", {"consumer": projection.name}
            )
            assert stalled == 1
        assert await scalar(pool, "SELECT count(*) FROM dead_letters") == 0
        async with running(projection, pool, registry=_upgraded_registry()):
            await eventually(_has(pool, "A", 111))
            assert await _problem(projection.name) is None
        assert await totals(pool) == {"A": D(111), "B": D(10)}
    finally:
        await pool.close()


async def _problem(consumer: str) -> str | None:
    return BOARD.problem_of(consumer)


async def _problem_saying(consumer: str, words: str) -> str | None:
    problem = BOARD.problem_of(consumer)
    return problem if problem is not None and words in problem else None


async def _offset_reached(pool: AsyncConnectionPool[Any], partition: int, offset: int) -> bool:
    stored = await scalar(
        pool, "SELECT next_offset FROM consumer_offsets WHERE partition = %s", partition
    )
    return stored is not None and stored >= offset


async def _reached(runner: Any, tp: TopicPartition, offset: int) -> bool:
    return bool(runner.positions.get(tp, 0) >= offset)


async def _sent_letters(pool: AsyncConnectionPool[Any], consumer: str, count: int) -> bool:
    sent = await scalar(
        pool,
        "SELECT count(*) FROM dead_letters WHERE consumer = %s AND sent_at IS NOT NULL",
        consumer,
    )
    return bool(sent == count)


def _dlq(stack: Stack, projection: ReceivedTotals) -> str:
    return f"{stack.namespace}.dlq.tests.totals"


def _read_only(database: str, on: bool) -> None:
    """Switch a scratch database to read-only (a failover to a replica) and back; its sessions
    are ended so that the pool reconnects with the new default."""
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(
            f'ALTER DATABASE "{database}" SET default_transaction_read_only = '
            + ("on" if on else "off")
        )
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        )


async def test_a_consumer_that_keeps_crashing_is_reported_failing(stack: Stack) -> None:
    _, _, pool = await _setup(stack)
    broken = ReceivedTotals(f"{stack.namespace}.tests.broken", [topic_of("x", stack.namespace)])
    runner = ProjectionRunner(broken, pool, contracts, "127.0.0.1:1")  # no broker there
    try:
        for _ in range(FAILING_AFTER):  # what the service's supervisor does, every 2 s
            with pytest.raises(KafkaConnectionError):
                await runner.run(asyncio.Event())
        why = BOARD.problem_of(broken.name)
        assert why is not None and why.startswith("failing") and "stopped" in why
    finally:
        await pool.close()


async def test_one_receipt_relayed_three_times_puts_its_goods_in_stock_once(stack: Stack) -> None:
    """The issue's case on the real stock keeper: on hand 5, not 15."""
    topic = topic_of("purchasing", stack.namespace)
    received = _receipt("TEA", 5)
    await publish_to(topic, 0, [received, received, received, _receipt("END", 1)])
    stack.migrate("inventory")
    stack.start("inventory", "project", "stock-keeper")
    pool = await open_pool(stack.database("inventory"))
    try:
        await eventually(lambda: _on_hand(pool, "END"), timeout=60)
        assert await _on_hand(pool, "TEA") == D(5)
    finally:
        await pool.close()


async def _on_hand(pool: AsyncConnectionPool[Any], sku: str) -> Decimal | None:
    value = await scalar(pool, "SELECT on_hand FROM stock_positions WHERE sku = %s", sku)
    return None if value is None else D(value)
