"""The subscriber kit (jxc.subscriber, faststream) on the real Kafka: it reads a JXC topic as
another system would, decodes the CloudEvents headers, validates payloads with jxc.events,
acknowledges by hand (a failed handler's record comes again; an unreadable one is reported
and passed), and its group's committed offsets say how far it got. Also: a projection's
positions show in its consumer group, for lag tools (KEDA, kafka-consumer-groups)."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import GoodsReceived
from jxc.events.contracts.registry import registry as contracts
from jxc.events.envelope import Envelope
from jxc.platform.projection import ProjectionRunner
from jxc.platform.settings import topic_of
from jxc.subscriber.app import subscriber
from tests.integration.consumer_kit import ReceivedTotals, open_pool, publish_records, publish_to
from tests.integration.harness import KAFKA_BOOTSTRAP, Stack, eventually
from tests.integration.publishing import envelope_of, receipt


async def _committed(group: str, topic: str, partition: int = 0) -> int | None:
    consumer = AIOKafkaConsumer(bootstrap_servers=KAFKA_BOOTSTRAP, group_id=group)
    await consumer.start()
    try:
        committed: int | None = await consumer.committed(TopicPartition(topic, partition))
        return committed
    finally:
        await consumer.stop()


async def test_the_kit_reads_validates_and_acknowledges_by_hand(stack: Stack) -> None:
    topic = topic_of("purchasing", stack.namespace)
    group = f"{stack.namespace}.another-system"
    envelopes = [
        envelope_of(receipt([(f"SKU-{i}", "WH1", Decimal(i))]), f"po-{i}") for i in (1, 2, 3)
    ]
    await publish_to(topic, 0, envelopes[:2])
    # No CloudEvents headers: not a JXC event.
    await publish_records(topic, 0, [(b"po-x", b'{"receipt_id": 1}', [])])
    await publish_to(topic, 0, envelopes[2:])

    seen: list[tuple[Envelope, DomainEvent]] = []
    invalid: list[tuple[int, str]] = []
    failures = {envelopes[1].event_id}  # the handler fails on the second event once

    async def handle(envelope: Envelope, event: DomainEvent) -> None:
        seen.append((envelope, event))
        if envelope.event_id in failures:
            failures.discard(envelope.event_id)
            raise RuntimeError("the downstream system is away")

    async def on_invalid(record: ConsumerRecord[bytes, bytes], reason: str) -> None:
        invalid.append((record.offset, reason))

    app = subscriber(topic, group, handle, bootstrap=KAFKA_BOOTSTRAP, on_invalid=on_invalid)
    async with app.broker:
        await app.broker.start()
        await eventually(lambda: _true(len({e.event_id for e, _ in seen}) == 3 and not failures))
        assert await eventually(lambda: _committed_is(group, topic, 4), timeout=15)

    ids = [envelope.event_id for envelope, _ in seen]
    first, second, third = (e.event_id for e in envelopes)
    assert ids == [first, second, second, third]  # the failed one came again, in order
    event = seen[0][1]
    assert isinstance(event, GoodsReceived)
    assert event.lines[0].quantity_accepted == Decimal(1)  # a Decimal, validated
    assert seen[0][0].stream_id == "po-1" and seen[0][0].producer == "/jxc/tests"
    assert [offset for offset, _ in invalid] == [2]
    assert "ce_" in invalid[0][1] or "header" in invalid[0][1]


async def test_a_new_group_of_the_kit_replays_from_offset_0(stack: Stack) -> None:
    topic = topic_of("purchasing", stack.namespace)
    await publish_to(topic, 0, [envelope_of(receipt([("SKU-1", "WH1", Decimal(1))]), "po-1")])
    for group in ("first", "second"):
        seen: list[Envelope] = []

        async def handle(envelope: Envelope, event: DomainEvent, into: Any = seen) -> None:
            into.append(envelope)

        app = subscriber(topic, f"{stack.namespace}.{group}", handle, bootstrap=KAFKA_BOOTSTRAP)
        async with app.broker:
            await app.broker.start()
            await eventually(lambda into=seen: _true(len(into) == 1))
        assert seen[0].stream_id == "po-1"


async def _true(value: bool) -> bool:
    return value


async def _committed_is(group: str, topic: str, offset: int) -> bool:
    return await _committed(group, topic) == offset


async def test_a_projection_shows_its_position_in_its_consumer_group(stack: Stack) -> None:
    topic = topic_of("purchasing", stack.namespace)
    name = f"{stack.namespace}.inventory.received-totals"
    await publish_to(
        topic,
        0,
        [envelope_of(receipt([(f"SKU-{i}", "WH1", Decimal(1))]), f"po-{i}") for i in range(5)],
    )
    stack.migrate("inventory")
    pool = await open_pool(stack.database("inventory"))
    try:
        runner = ProjectionRunner(
            ReceivedTotals(name=name, topics=[topic]), pool, contracts, KAFKA_BOOTSTRAP
        )
        stop = asyncio.Event()
        task = asyncio.create_task(runner.run(stop))
        try:
            assert await eventually(lambda: _committed_is(name, topic, 5), timeout=30)
        finally:
            stop.set()
            await task
    finally:
        await pool.close()
