"""The projection runner decodes a fetch a slice at a time, letting the batch that commits
meanwhile go on between slices; whatever happened to a partition while its records were
decoded (a seek, a stall) still keeps them out of the batch. No Kafka, no database: records
are built in memory and nothing is opened."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from aiokafka import TopicPartition
from aiokafka.structs import ConsumerRecord
from psycopg_pool import AsyncConnectionPool

from jxc.events.cloudevents import to_kafka
from jxc.events.contracts.inventory import WarehouseRegistered
from jxc.events.contracts.registry import registry
from jxc.events.envelope import Envelope
from jxc.events.ids import uuid7
from jxc.events.registry import encode
from jxc.platform import projection
from jxc.platform.projection import Consumed, ProjectionRunner
from jxc.platform.store import Conn

TP = TopicPartition("t.inventory", 0)
RECORDS = 5 * projection.DECODED_BETWEEN_YIELDS + 3


class Warehouses:
    name = "warehouses"
    topics = ("t.inventory",)
    handles = frozenset({WarehouseRegistered.event_type})

    async def apply(self, conn: Conn, events: Any) -> None: ...

    async def clear(self, conn: Conn) -> None: ...


class Assigned:
    def assignment(self) -> set[TopicPartition]:
        return {TP}


def record(offset: int, *, schema_version: int = 1) -> ConsumerRecord[bytes, bytes]:
    at = datetime(2026, 12, 2, 9, tzinfo=UTC)
    event = WarehouseRegistered(warehouse=f"WH-{offset}", name=f"warehouse {offset}")
    envelope = Envelope(
        event_id=uuid7(),
        event_type=event.event_type,
        schema_version=schema_version,
        stream_id=f"warehouse-WH-{offset}",
        stream_version=1,
        occurred_at=at,
        recorded_at=at,
        producer="/jxc/tests",
        correlation_id=uuid7(),
        causation_id=None,
        payload=encode(event),
    )
    key, value, headers = to_kafka(envelope)
    return ConsumerRecord(
        TP.topic, TP.partition, offset, 0, 0, key, value, None, len(key), len(value), headers
    )


def runner() -> ProjectionRunner:
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool("postgresql:///unused", open=False)
    return ProjectionRunner(Warehouses(), pool, registry, "127.0.0.1:1")


def names(events: list[Consumed]) -> list[str]:
    return [e.event.warehouse for e in events if isinstance(e.event, WarehouseRegistered)]


async def test_another_task_runs_between_the_slices_of_a_fetch() -> None:
    ran_while_decoding = 0
    decoding = True

    async def committing() -> None:
        nonlocal ran_while_decoding
        while decoding:
            ran_while_decoding += 1
            await asyncio.sleep(0)

    other = asyncio.create_task(committing())
    await asyncio.sleep(0)  # the other task is waiting now, as a committing batch would be
    parts = await runner()._decode_all({TP: [record(i) for i in range(RECORDS)]})
    decoding = False
    await other
    assert ran_while_decoding >= RECORDS // projection.DECODED_BETWEEN_YIELDS
    _, part = parts[TP]
    assert names(part.events) == [f"WH-{i}" for i in range(RECORDS)]
    assert part.offsets == {TP: RECORDS}


async def test_a_partition_sought_while_it_was_decoded_is_left_out_of_the_batch() -> None:
    decoder = runner()

    async def seek_meanwhile() -> None:
        await asyncio.sleep(0)
        decoder._seeks[TP] = decoder._seeks.get(TP, 0) + 1  # what a rebalance's seek does

    seeking = asyncio.create_task(seek_meanwhile())
    parts = await decoder._decode_all({TP: [record(i) for i in range(RECORDS)]})
    await seeking
    batch = decoder._current(Assigned(), parts)
    assert batch.events == [] and batch.offsets == {}


async def test_a_record_newer_than_this_reader_holds_the_partition_there() -> None:
    held_at = 2 * projection.DECODED_BETWEEN_YIELDS + 7
    records = [record(i, schema_version=9 if i == held_at else 1) for i in range(RECORDS)]
    parts = await runner()._decode_all({TP: records})
    _, part = parts[TP]
    assert names(part.events) == [f"WH-{i}" for i in range(held_at)]  # nothing after it
    assert part.offsets == {TP: held_at}
    assert part.stalls[TP][0] == held_at
