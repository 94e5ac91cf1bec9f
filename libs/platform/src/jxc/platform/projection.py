"""The projection runner: read models see every event exactly once.

Each batch is applied and the consumer's offsets (per topic-partition) are stored in ONE
PostgreSQL transaction; on assignment each partition is sought to its stored offset. A record
that cannot be read, or whose handling fails on its own, goes to the dead-letter topic with
the reason and the runner moves on. A lost database is waited for, never dead-lettered.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import psycopg
from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.structs import ConsumerRecord
from psycopg_pool import AsyncConnectionPool

from jxc.events.base import DomainEvent
from jxc.events.cloudevents import from_kafka, to_kafka
from jxc.events.envelope import Envelope
from jxc.events.errors import MalformedEvent
from jxc.events.registry import EventRegistry
from jxc.platform.dead_letters import DeadLetter, DeadLetters
from jxc.platform.kafka import ensure_topics, idempotent_producer, manual_consumer
from jxc.platform.logging import bind_ids, get_logger
from jxc.platform.metrics import EVENTS_CONSUMED, PROJECTION_LAG
from jxc.platform.settings import dlq_topic_of
from jxc.platform.store import Conn

log = get_logger("jxc.projection")
# Not the event's fault: a lost or restarting database, a lost race, or a schema or query that
# is wrong (a missing migration, a bug). The batch is retried, never dead-lettered.
_DATABASE_GONE = (
    psycopg.OperationalError,
    psycopg.ProgrammingError,
    psycopg.errors.SerializationFailure,
    psycopg.errors.DeadlockDetected,
)


@dataclass(frozen=True, slots=True)
class Consumed:
    """One event as a projection sees it, with where it came from."""

    envelope: Envelope
    event: DomainEvent
    topic: str
    partition: int
    offset: int


class Projection(Protocol):
    """A read model (or a policy) fed from topics. `apply` runs inside the runner's transaction."""

    @property
    def name(self) -> str: ...  # the consumer name: group id, offsets key, DLQ suffix

    @property
    def topics(self) -> Sequence[str]: ...

    @property
    def handles(self) -> frozenset[str]: ...  # event types; others only advance the offset

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None: ...

    async def clear(self, conn: Conn) -> None: ...  # empty the read model, for a rebuild


class _SeekToStoredOffsets(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, runner: ProjectionRunner) -> None:
        self.runner = runner

    async def on_partitions_revoked(self, revoked: Any) -> None:
        # Let the batch in flight commit before another consumer may take its partitions.
        async with self.runner.batch_lock:
            pass

    async def on_partitions_assigned(self, assigned: Any) -> None:
        await self.runner.seek_to_stored(list(assigned))


class ProjectionRunner:
    def __init__(
        self,
        projection: Projection,
        pool: AsyncConnectionPool[Any],
        registry: EventRegistry,
        bootstrap: str,
        *,
        batch_size: int = 2000,
        keep_processed_days: int = 7,
    ) -> None:
        self.projection = projection
        self.pool = pool
        self.registry = registry
        self.bootstrap = bootstrap
        self.batch_size = batch_size
        self.batch_lock = asyncio.Lock()
        self.consumer: AIOKafkaConsumer | None = None
        self.applied = 0
        self.positions: dict[TopicPartition, int] = {}
        self.keep_processed_days = keep_processed_days
        self._next_purge = time.monotonic() + 60

    @property
    def name(self) -> str:
        return self.projection.name

    async def seek_to_stored(self, partitions: list[TopicPartition]) -> None:
        assert self.consumer is not None
        if not partitions:
            return
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT topic, partition, next_offset FROM consumer_offsets WHERE consumer = %s",
                (self.name,),
            )
            stored = {TopicPartition(t, p): o for t, p, o in await cur.fetchall()}
        for tp in partitions:
            if tp in stored:
                self.consumer.seek(tp, stored[tp])
        fresh = [tp for tp in partitions if tp not in stored]
        if fresh:
            await self.consumer.seek_to_beginning(*fresh)
        log.info("partitions assigned", consumer=self.name, count=len(partitions))

    async def run(self, stop: asyncio.Event) -> None:
        await ensure_topics(self.bootstrap, self.projection.topics)
        await ensure_topics(self.bootstrap, [dlq_topic_of(self.name)], partitions=1)
        producer = idempotent_producer(self.bootstrap, client_id=f"{self.name}.dlq")
        consumer = manual_consumer(self.bootstrap, group_id=self.name)
        self.consumer = consumer
        consumer.subscribe(list(self.projection.topics), listener=_SeekToStoredOffsets(self))
        await producer.start()
        await consumer.start()
        dead_letters = DeadLetters(producer, self.name)
        try:
            while not stop.is_set():
                batches = await consumer.getmany(timeout_ms=200, max_records=self.batch_size)
                if not batches:
                    continue
                async with self.batch_lock:
                    await self._handle(batches, dead_letters, stop)
                self._report_lag(consumer)
        finally:
            await consumer.stop()
            await producer.stop()

    async def _handle(
        self,
        batches: dict[TopicPartition, list[ConsumerRecord[bytes, bytes]]],
        dead_letters: DeadLetters,
        stop: asyncio.Event,
    ) -> None:
        events: list[Consumed] = []
        letters: list[DeadLetter] = []
        offsets: dict[TopicPartition, int] = {}
        for tp, records in batches.items():
            self._decode(tp, records, events, letters)
            offsets[tp] = records[-1].offset + 1
        delay = 0.2
        while True:
            try:
                failed = await self._apply_isolating(events, offsets)
                if letters or failed:
                    await dead_letters.send([*letters, *failed])
                break
            except _DATABASE_GONE as exc:
                log.warning("database error not caused by the events, retrying", error=str(exc))
                if stop.is_set():
                    raise
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
        self.positions.update(offsets)
        await self._purge_processed()
        EVENTS_CONSUMED.labels(self.name).inc(sum(len(r) for r in batches.values()))
        self.applied += len(events)

    async def _purge_processed(self) -> None:
        """Processed event ids guard against duplicates a relay may publish soon after the
        original, and answer `wait_for_event`; stored offsets cover everything older. Ids
        older than `keep_processed_days` are dropped now and then."""
        now = time.monotonic()
        if now < self._next_purge:
            return
        self._next_purge = now + 600
        async with self.pool.connection() as conn:
            await conn.execute(
                "DELETE FROM processed_events WHERE consumer = %s "
                "AND processed_at < now() - make_interval(days => %s)",
                (self.name, self.keep_processed_days),
            )

    def _decode(
        self,
        tp: TopicPartition,
        records: list[ConsumerRecord[bytes, bytes]],
        events: list[Consumed],
        letters: list[DeadLetter],
    ) -> None:
        handles = self.projection.handles
        for record in records:
            try:
                envelope = from_kafka(record.value, record.headers)
                if envelope.event_type not in handles:
                    continue
                event = self.registry.decode(envelope)
            except MalformedEvent as exc:
                letters.append(_letter(tp, record, exc.reason))
                continue
            events.append(Consumed(envelope, event, tp.topic, tp.partition, record.offset))

    async def _apply_isolating(
        self, events: list[Consumed], offsets: dict[TopicPartition, int]
    ) -> list[DeadLetter]:
        """Apply the batch; if it fails for a reason other than the database being gone,
        apply its events one at a time so that only the bad ones are dead-lettered."""
        try:
            await self._apply(events, offsets)
            return []
        except _DATABASE_GONE:
            raise
        except Exception as exc:
            log.warning("batch failed, isolating the bad events", error=repr(exc))
        letters: list[DeadLetter] = []
        for consumed in events:
            try:
                await self._apply([consumed], {})
            except _DATABASE_GONE:
                raise
            except Exception as exc:
                log.error("event failed, dead-lettering", error=repr(exc))
                letters.append(_letter_of(consumed, f"handler failed: {exc!r}"))
        await self._apply([], offsets)
        return letters

    async def _apply(self, events: Sequence[Consumed], offsets: dict[TopicPartition, int]) -> None:
        """Apply events not seen before and store the offsets, in one transaction."""
        async with self.pool.connection() as conn, conn.transaction():
            if events:
                cur = await conn.execute(
                    "INSERT INTO processed_events (consumer, event_id) "
                    "SELECT %s, unnest(%b::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id",
                    (self.name, [c.envelope.event_id for c in events]),
                )
                fresh = {row[0] for row in await cur.fetchall()}
                todo = [c for c in events if c.envelope.event_id in fresh]
                if todo:
                    bind_ids(todo[-1].envelope.correlation_id, todo[-1].envelope.event_id)
                    await self.projection.apply(conn, todo)
            if offsets:
                await conn.execute(
                    "INSERT INTO consumer_offsets (consumer, topic, partition, next_offset) "
                    "SELECT %s, unnest(%b::text[]), unnest(%b::int[]), unnest(%b::bigint[]) "
                    "ON CONFLICT (consumer, topic, partition) DO UPDATE "
                    "SET next_offset = excluded.next_offset, updated_at = now()",
                    (
                        self.name,
                        [tp.topic for tp in offsets],
                        [tp.partition for tp in offsets],
                        list(offsets.values()),
                    ),
                )

    def _report_lag(self, consumer: AIOKafkaConsumer) -> None:
        for tp in consumer.assignment():
            highwater = consumer.highwater(tp)
            position = self.positions.get(tp)
            if highwater is not None and position is not None:
                PROJECTION_LAG.labels(self.name, tp.topic, str(tp.partition)).set(
                    max(highwater - position, 0)
                )


async def rebuild(projection: Projection, pool: AsyncConnectionPool[Any]) -> None:
    """Clear the read model and forget the offsets: the next run replays from offset 0.
    Stop the projection's consumers first."""
    async with pool.connection() as conn, conn.transaction():
        await projection.clear(conn)
        for table in ("consumer_offsets", "processed_events"):
            await conn.execute(
                f"DELETE FROM {table} WHERE consumer = %s",
                (projection.name,),
            )


def _letter(tp: TopicPartition, record: ConsumerRecord[bytes, bytes], reason: str) -> DeadLetter:
    return DeadLetter(
        tp.topic,
        tp.partition,
        record.offset,
        record.key,
        record.value,
        list(record.headers),
        reason,
    )


def _letter_of(consumed: Consumed, reason: str) -> DeadLetter:
    key, value, headers = to_kafka(consumed.envelope)
    return DeadLetter(
        consumed.topic, consumed.partition, consumed.offset, key, value, headers, reason
    )
