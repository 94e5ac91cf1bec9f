"""Publish events to Kafka the way a service's outbox relay does, for consumer-side tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from uuid import UUID, uuid4

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from jxc.events.base import DomainEvent, Money
from jxc.events.cloudevents import to_kafka
from jxc.events.contracts.purchasing import GoodsReceived, ReceivedLine
from jxc.events.envelope import Envelope
from jxc.events.ids import uuid7
from jxc.events.registry import encode
from tests.integration.harness import KAFKA_BOOTSTRAP


def envelope_of(event: DomainEvent, stream_id: str, version: int = 1) -> Envelope:
    now = datetime.now(UTC)
    return Envelope(
        event_id=uuid7(),
        event_type=event.event_type,
        schema_version=event.schema_version,
        stream_id=stream_id,
        stream_version=version,
        occurred_at=now,
        recorded_at=now,
        producer="/jxc/tests",
        correlation_id=uuid7(),
        causation_id=None,
        payload=encode(event),
    )


def receipt(lines: Sequence[tuple[str, str, Decimal]], *, po: UUID | None = None) -> GoodsReceived:
    """A GoodsReceived with (sku, warehouse, accepted quantity) lines."""
    return GoodsReceived(
        receipt_id=uuid4(),
        purchase_order_id=po or uuid4(),
        supplier_id=uuid4(),
        lines=[
            ReceivedLine(
                line_no=i,
                sku=sku,
                warehouse=warehouse,
                unit="pcs",
                quantity_accepted=quantity,
                quantity_rejected=Decimal(0),
                unit_cost=Money(amount=Decimal("2.50"), currency="CNY"),
            )
            for i, (sku, warehouse, quantity) in enumerate(lines, start=1)
        ],
    )


async def publish(topic: str, envelopes: Sequence[Envelope]) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=KAFKA_BOOTSTRAP, enable_idempotence=True, linger_ms=5
    )
    await producer.start()
    try:
        futures = []
        for envelope in envelopes:
            key, value, headers = to_kafka(envelope)
            futures.append(await producer.send(topic, value=value, key=key, headers=headers))
        for future in futures:
            await future
    finally:
        await producer.stop()


async def publish_raw(
    topic: str, key: bytes, value: bytes | None, headers: list[tuple[str, bytes]]
) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA_BOOTSTRAP)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value=value, key=key, headers=headers)
    finally:
        await producer.stop()


async def read_all(topic: str, *, expect: int, timeout: float = 30) -> list[object]:
    """Every record of `topic` from offset 0 until `expect` were read or `timeout` passed."""
    import asyncio
    import time

    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=KAFKA_BOOTSTRAP,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    records: list[object] = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < expect and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for part in batch.values():
                records.extend(part)
            await asyncio.sleep(0)
        # a little longer, to catch records beyond what was expected (duplicates)
        batch = await consumer.getmany(timeout_ms=1000)
        for part in batch.values():
            records.extend(part)
    finally:
        await consumer.stop()
    return records
