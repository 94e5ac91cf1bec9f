"""The projection runner: read models see every event exactly once.

Each batch is applied and the consumer's offsets (per topic-partition) are stored in ONE
PostgreSQL transaction, which first locks the stored offsets of the batch's partitions: records
below them were applied already and are dropped, and an offset never moves backwards. On
assignment each partition is sought to its stored offset (from the beginning when none is
stored); a partition that cannot be sought is paused and sought again, never consumed from a
guessed position.

A record that cannot be read, or whose handling fails on its own, is dead-lettered: kept in
`dead_letters` in that same transaction, published to jxc.dlq.<consumer> afterwards. An event
of a newer schema version than this reader knows stalls its partition (until the consumer is
upgraded) and nothing else. A database that cannot work (gone, read-only, timed out: by
SQLSTATE class) is waited for, never blamed on a record. How the consumer is doing goes to
`consumer_health.BOARD` (/readyz, /metrics, read-your-writes waits).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.structs import ConsumerRecord
from psycopg_pool import AsyncConnectionPool

from jxc.events.base import DomainEvent
from jxc.events.cloudevents import from_kafka, to_kafka
from jxc.events.envelope import Envelope
from jxc.events.errors import MalformedEvent, NewerSchemaVersion
from jxc.events.registry import EventRegistry
from jxc.platform import changes, consumer_offsets, dead_letters, replays, tracing
from jxc.platform.arrays import UuidArray
from jxc.platform.commands import Pipelined
from jxc.platform.consumer_health import BOARD
from jxc.platform.db_errors import database_unavailable
from jxc.platform.dead_letters import DeadLetter, DeadLetterOutbox
from jxc.platform.kafka import ensure_topics, manual_consumer
from jxc.platform.logging import bind_ids, get_logger
from jxc.platform.metrics import EVENTS_CONSUMED, PROJECTION_LAG
from jxc.platform.reads import reading
from jxc.platform.store import Conn, acting_as

log = get_logger("jxc.projection")
# Records decoded before the loop lets a committing batch take its answers (about 1 ms).
DECODED_BETWEEN_YIELDS = 50


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


@dataclass
class _Batch:
    """What one fetch holds, decoded: events to apply, letters to keep, where each partition's
    offset goes, and the partitions that stall at an event."""

    events: list[Consumed] = field(default_factory=list)
    letters: list[DeadLetter] = field(default_factory=list)
    offsets: dict[TopicPartition, int] = field(default_factory=dict)
    stalls: dict[TopicPartition, tuple[int, str]] = field(default_factory=dict)


class _SeekToStoredOffsets(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, runner: ProjectionRunner) -> None:
        self.runner = runner

    async def on_partitions_revoked(self, revoked: Any) -> None:
        # Let the batch in flight commit before another consumer may take its partitions.
        async with self.runner.batch_lock:
            pass

    async def on_partitions_assigned(self, assigned: Any) -> None:
        # aiokafka swallows an error raised here and would then fetch from auto_offset_reset:
        # position_assigned never raises, it pauses what it could not position.
        await self.runner.position_assigned(list(assigned))


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
        dlq_bootstrap: str | None = None,
        dead_letter_retry_seconds: float = 5.0,
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
        self._mirrored: dict[TopicPartition, int] = {}  # positions the group was told
        self.keep_processed_days = keep_processed_days
        self.dlq_bootstrap = dlq_bootstrap or bootstrap
        self.dead_letter_retry_seconds = dead_letter_retry_seconds
        self.unpositioned: set[TopicPartition] = set()
        self.stalled: dict[TopicPartition, int] = {}
        # How many times each partition was sought: records decoded before a seek of their
        # partition are stale (the fetcher reads them again from where it was sought).
        self._seeks: dict[TopicPartition, int] = {}
        self._next_position_try = 0.0
        self._position_delay = 0.5
        self._letters_waiting = asyncio.Event()
        self._next_purge = time.monotonic() + 60
        self.generation: int | None = None  # the replay generation the partitions are at
        self._next_replay_check = 0.0

    @property
    def name(self) -> str:
        return self.projection.name

    # --- positioning -------------------------------------------------------------------------

    async def seek_to_stored(self, partitions: list[TopicPartition]) -> list[TopicPartition]:
        """Seek each partition to its stored offset, or to its beginning when none is stored;
        the partitions sought (all assigned ones when a replay happened since the others were).
        Raises when the stored offsets cannot be read."""
        assert self.consumer is not None
        if not partitions:
            return []
        async with self.pool.connection() as conn, conn.transaction():
            # Under the replay lock: the offsets and the generation they belong to, together.
            now = await replays.hold(conn, self.name)
            stored = await consumer_offsets.stored(conn, self.name)
        partitions = self._at_generation(now, partitions)
        for tp in partitions:
            self._seeks[tp] = self._seeks.get(tp, 0) + 1
        for tp in partitions:
            if tp in stored:
                self.consumer.seek(tp, stored[tp])
        fresh = [tp for tp in partitions if tp not in stored]
        if fresh:
            await self.consumer.seek_to_beginning(*fresh)
        return partitions

    async def position_assigned(self, partitions: list[TopicPartition]) -> None:
        # Fetching may start while this runs: nothing is consumed before the seek is done.
        assert self.consumer is not None
        self.consumer.pause(*partitions)
        self.unpositioned = set(partitions)
        self.stalled.clear()
        BOARD.clear_stalls(self.name)
        await self._position(partitions)
        log.info("partitions assigned", consumer=self.name, count=len(partitions))

    async def _position(self, partitions: list[TopicPartition]) -> None:
        assert self.consumer is not None
        try:
            partitions = await self.seek_to_stored(partitions)
        except Exception as exc:
            self._next_position_try = time.monotonic() + self._position_delay
            self._position_delay = min(self._position_delay * 2, 5.0)
            BOARD.failed(
                self.name,
                f"cannot position {len(partitions)} partitions at their stored offsets "
                f"(paused until they can be): {exc!r}",
            )
            return
        self._position_delay = 0.5
        self.consumer.resume(*partitions)
        self.unpositioned.difference_update(partitions)

    async def _position_pending(self) -> None:
        assert self.consumer is not None
        if not self.unpositioned or time.monotonic() < self._next_position_try:
            return
        assigned = self.consumer.assignment()
        self.unpositioned.intersection_update(assigned)
        await self._position(sorted(self.unpositioned))

    # --- the loop ----------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        acting_as.set(self.name)  # what a policy appends was done by this consumer
        BOARD.clear_stalls(self.name)
        try:
            await self._run(stop)
        except Exception as exc:
            BOARD.failed(self.name, f"the consumer stopped: {exc!r}")
            raise

    async def _run(self, stop: asyncio.Event) -> None:
        await ensure_topics(self.bootstrap, self.projection.topics)
        consumer = manual_consumer(self.bootstrap, group_id=self.name)
        self.consumer = consumer
        consumer.subscribe(list(self.projection.topics), listener=_SeekToStoredOffsets(self))
        outbox = DeadLetterOutbox(self.pool, self.name, self.dlq_bootstrap)
        self._letters_waiting.set()  # leftovers of an earlier run
        letters = asyncio.create_task(
            outbox.run(self._letters_waiting, stop, retry_seconds=self.dead_letter_retry_seconds)
        )
        await consumer.start()
        # The batch committing now: the next one is fetched and decoded (pure Python) while
        # this one's transaction waits on PostgreSQL, then waits for it before it commits.
        committing: asyncio.Task[None] | None = None
        try:
            while not stop.is_set():
                await self._position_pending()
                batches = await consumer.getmany(timeout_ms=200, max_records=self.batch_size)
                if not batches:
                    if committing is not None:
                        await committing
                        committing = None
                    else:
                        await self._look_for_replay()
                        if BOARD.is_failing(self.name) and await self._caught_up(consumer):
                            BOARD.succeeded(self.name)  # whatever failed before is over
                    continue
                parts = await self._decode_all(batches)
                if committing is not None:
                    await committing
                committing = asyncio.create_task(self._commit_batch(consumer, batches, parts, stop))
            if committing is not None:
                await committing
                committing = None
        finally:
            if committing is not None and not committing.done():
                committing.cancel()  # the process is going down on an error: rolled back
                with suppress(BaseException):
                    await committing
            letters.cancel()
            with suppress(asyncio.CancelledError):
                await letters
            await outbox.close()
            await consumer.stop()

    async def _caught_up(self, consumer: AIOKafkaConsumer) -> bool:
        """Every partition positioned and at its end (stalled ones aside). A consumer restarted
        after a crash on a record is not: it is sought back before that record."""
        if self.unpositioned:
            return False
        for tp in consumer.assignment():
            if tp in self.stalled:
                continue
            highwater = consumer.highwater(tp)
            if highwater is None or await consumer.position(tp) < highwater:
                return False
        return True

    async def _decode_all(
        self, batches: dict[TopicPartition, list[ConsumerRecord[bytes, bytes]]]
    ) -> dict[TopicPartition, tuple[int, _Batch]]:
        """Each partition's records decoded on their own, with the partition's seek count as
        it was before they were decoded. A slice at a time: between slices the batch
        committing meanwhile takes its answers from PostgreSQL and sends its next statements,
        so its round trips overlap the decoding instead of following it."""
        parts = {}
        for tp, records in batches.items():
            if tp in self.stalled or tp in self.unpositioned:
                continue  # fetched before the pause; sought again before it is resumed
            seeks = self._seeks.get(tp, 0)
            part = _Batch()
            for start in range(0, len(records), DECODED_BETWEEN_YIELDS):
                self._decode(tp, records[start : start + DECODED_BETWEEN_YIELDS], part)
                if tp in part.stalls:
                    break  # held at that record: nothing after it counts
                await asyncio.sleep(0)
            parts[tp] = (seeks, part)
        return parts

    async def _commit_batch(
        self,
        consumer: AIOKafkaConsumer,
        batches: dict[TopicPartition, list[ConsumerRecord[bytes, bytes]]],
        parts: dict[TopicPartition, tuple[int, _Batch]],
        stop: asyncio.Event,
    ) -> None:
        async with self.batch_lock:
            await self._handle(batches, self._current(consumer, parts), stop)
        self._report_lag(consumer)
        await self._mirror_positions(consumer)

    def _current(
        self, consumer: AIOKafkaConsumer, parts: dict[TopicPartition, tuple[int, _Batch]]
    ) -> _Batch:
        """The decoded partitions still ours as they were when decoded: a partition stalled,
        revoked or sought since (a rebalance while the batch before committed) is left out —
        its records come again from where it now stands."""
        assigned = consumer.assignment()
        batch = _Batch()
        for tp, (seeks, part) in parts.items():
            if (
                tp in self.stalled
                or tp in self.unpositioned
                or tp not in assigned
                or self._seeks.get(tp, 0) != seeks
            ):
                continue
            batch.events.extend(part.events)
            batch.letters.extend(part.letters)
            batch.offsets.update(part.offsets)
            batch.stalls.update(part.stalls)
        return batch

    async def _handle(
        self,
        batches: dict[TopicPartition, list[ConsumerRecord[bytes, bytes]]],
        batch: _Batch,
        stop: asyncio.Event,
    ) -> None:
        if not batch.offsets:
            return
        delay = 0.2
        while True:
            try:
                with tracing.applying(self.name, batches):  # batch time; spans when tracing
                    written, lettered = await self._commit(batch)
                break
            except replays.Replayed:
                await self._start_over()  # the batch was rolled back: nothing of it counts
                return
            except Exception as exc:
                if not database_unavailable(exc):
                    raise
                # Not the records' fault: the batch is retried as it is, nothing dead-lettered.
                BOARD.failed(self.name, f"database unavailable: {exc!r}")
                if stop.is_set():
                    raise
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
        BOARD.succeeded(self.name)
        self.positions.update(written)
        for tp, (offset, why) in batch.stalls.items():
            self._stall(tp, offset, why)
        if lettered:
            self._letters_waiting.set()
        await self._purge_processed()
        EVENTS_CONSUMED.labels(self.name).inc(sum(len(r) for r in batches.values()))
        self.applied += len(batch.events)

    def _decode(
        self, tp: TopicPartition, records: list[ConsumerRecord[bytes, bytes]], batch: _Batch
    ) -> None:
        handles = self.projection.handles
        batch.offsets[tp] = records[-1].offset + 1
        for record in records:
            try:
                envelope = from_kafka(record.value, record.headers)
                if envelope.event_type not in handles:
                    continue  # another consumer's event: only the offset moves
                event = self.registry.decode(envelope)
            except NewerSchemaVersion as exc:
                # This reader is out of date, not the event: hold the partition here.
                batch.offsets[tp] = record.offset
                batch.stalls[tp] = (record.offset, exc.reason)
                return
            except MalformedEvent as exc:
                batch.letters.append(_letter(tp, record, exc.reason))
                continue
            except Exception as exc:  # whatever it is, the record cannot be read
                batch.letters.append(_letter(tp, record, f"cannot be read: {exc!r}"))
                continue
            batch.events.append(Consumed(envelope, event, tp.topic, tp.partition, record.offset))

    async def _commit(self, batch: _Batch) -> tuple[dict[TopicPartition, int], bool]:
        """One transaction: apply what is new, keep the dead letters, move the offsets on.
        Returns the offsets now stored and whether letters were kept. The bookkeeping around
        the projection's own statements goes in pipelines: BEGIN, the replay lock, the
        generation and the stored offsets together; the savepoint with the processed ids
        (`_apply_isolating`); the letters, the offsets, the notification and COMMIT together."""
        async with self.pool.connection() as conn:
            tx = Pipelined(conn)
            try:
                await tx.begin()
                generation = await replays.holding(conn, self.name)
                # Records below a stored offset were applied already (a consumer sought back, a
                # redelivery after a rebalance): dropped, so pruned processed ids never matter.
                locked = await consumer_offsets.locking(conn, self.name, batch.offsets)
                now = await replays.generation_from(generation)
                replays.verify(self.name, self.generation, now)  # no replay since positioned
                stored = await consumer_offsets.offsets_from(locked)

                def new(topic: str, partition: int, offset: int) -> bool:
                    return offset >= stored.get(TopicPartition(topic, partition), 0)

                events = [c for c in batch.events if new(c.topic, c.partition, c.offset)]
                letters = [d for d in batch.letters if new(d.topic, d.partition, d.offset)]
                letters.extend(await self._apply_isolating(conn, tx, events))
                await dead_letters.record(conn, self.name, letters)
                written = {tp: max(o, stored.get(tp, o)) for tp, o in batch.offsets.items()}
                await consumer_offsets.store(conn, self.name, written)
                await changes.notify(conn, self.name, events)  # delivered on commit
                await tx.commit()
            except BaseException as exc:
                await tx.abandon(exc)
                raise
        return written, bool(letters)

    async def _apply_isolating(
        self, conn: Conn, tx: Pipelined, events: list[Consumed]
    ) -> list[DeadLetter]:
        """Apply the events under a savepoint; if that fails for a reason other than the
        database, apply them one at a time (a savepoint each) so that only the bad ones become
        dead letters. The savepoint travels with the processed ids (one round trip) and its
        release with the commit; the projection's statements run with the pipeline off, as it
        expects them to."""
        if not events:
            return []
        await conn.execute("SAVEPOINT applying")
        todo = await self._fresh(conn, events)
        await tx.pipeline_off()
        try:
            await self._apply(conn, todo)
            await tx.pipeline_on()
            await conn.execute("RELEASE SAVEPOINT applying")
            return []
        except Exception as exc:
            if database_unavailable(exc):
                raise
            log.warning("batch failed, isolating the bad events", error=repr(exc), exc_info=True)
        await conn.execute("ROLLBACK TO SAVEPOINT applying")  # the processed ids too
        letters: list[DeadLetter] = []
        for consumed in events:
            try:
                async with conn.transaction():
                    await self._apply_fresh(conn, [consumed])
            except Exception as exc:
                if database_unavailable(exc):
                    raise
                log.exception("event failed, dead-lettering", error=repr(exc))
                letters.append(_letter_of(consumed, f"handler failed: {exc!r}"))
        await tx.pipeline_on()
        return letters

    async def _apply_fresh(self, conn: Conn, events: Sequence[Consumed]) -> None:
        """Apply the events this consumer has not applied before, each id once."""
        await self._apply(conn, await self._fresh(conn, events))

    async def _apply(self, conn: Conn, todo: list[Consumed]) -> None:
        if todo:
            bind_ids(todo[-1].envelope.correlation_id, todo[-1].envelope.event_id)
            await self.projection.apply(conn, todo)

    async def _fresh(self, conn: Conn, events: Sequence[Consumed]) -> list[Consumed]:
        """Record the events' ids as processed: those this consumer had not applied before,
        each id once (a later copy in the batch is not new)."""
        cur = await conn.execute(
            "INSERT INTO processed_events (consumer, event_id) "
            "SELECT %s, unnest(%b::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id",
            (self.name, UuidArray([c.envelope.event_id for c in events])),
        )
        fresh = {row[0] for row in await cur.fetchall()}
        todo = []
        for consumed in events:
            if consumed.envelope.event_id in fresh:
                fresh.discard(consumed.envelope.event_id)
                todo.append(consumed)
        return todo

    # --- replays (jxc.platform.replays) ------------------------------------------------------

    def _at_generation(self, now: int, partitions: list[TopicPartition]) -> list[TopicPartition]:
        """Record the generation the partitions are sought at. When it moved on (a replay)
        since others were, those are sought again too: every position is of one generation."""
        assert self.consumer is not None
        moved = self.generation is not None and now != self.generation
        self.generation = now
        if not moved:
            return partitions
        self.positions.clear()
        self._mirrored.clear()
        others = sorted(set(self.consumer.assignment()) - set(partitions))
        if others:
            self.consumer.pause(*others)
            self.unpositioned.update(others)
        return [*partitions, *others]

    async def _start_over(self) -> None:
        """A replay cleared the read model and the offsets: every partition from its stored
        offset again (none now: the beginning)."""
        assert self.consumer is not None
        log.info("replayed: starting over from the stored offsets", consumer=self.name)
        self.generation = None
        self.positions.clear()
        self._mirrored.clear()
        await self.position_assigned(sorted(self.consumer.assignment()))

    async def _look_for_replay(self) -> None:
        """While idle, now and then: has a replay happened (no batch would notice)?"""
        now = time.monotonic()
        if self.generation is None or self.unpositioned or now < self._next_replay_check:
            return
        self._next_replay_check = now + 1.0
        try:
            async with reading(self.pool) as conn:
                current = await replays.generation(conn, self.name)
        except Exception as exc:
            if not database_unavailable(exc):
                raise
            return  # the next batch or look finds out
        if current != self.generation:
            async with self.batch_lock:
                await self._start_over()

    def _stall(self, tp: TopicPartition, offset: int, why: str) -> None:
        assert self.consumer is not None
        self.consumer.pause(tp)
        self.stalled[tp] = offset
        BOARD.stall(
            self.name,
            f"{tp.topic}/{tp.partition}",
            f"offset {offset}: {why}; upgrade this consumer to read it",
        )

    async def _purge_processed(self) -> None:
        """Processed event ids guard against duplicates a relay may publish soon after the
        original, and answer `wait_for_event`; the locked stored offsets cover everything
        older. Ids older than `keep_processed_days` are dropped now and then."""
        now = time.monotonic()
        if now < self._next_purge:
            return
        self._next_purge = now + 600
        try:
            async with self.pool.connection() as conn:
                await conn.execute(
                    "DELETE FROM processed_events WHERE consumer = %s "
                    "AND processed_at < now() - make_interval(days => %s)",
                    (self.name, self.keep_processed_days),
                )
        except Exception as exc:
            if not database_unavailable(exc):
                raise
            log.warning("processed ids not purged, next time", error=repr(exc))

    async def _mirror_positions(self, consumer: AIOKafkaConsumer) -> None:
        """Tell the broker how far the read model is, for lag tools (KEDA's Kafka scaler,
        kafka-consumer-groups, `jxc status`). Only informational: positions are read back from
        PostgreSQL, and a partition with none stored starts from its beginning."""
        mine = consumer.assignment()
        offsets = {
            tp: offset
            for tp, offset in self.positions.items()
            if tp in mine and self._mirrored.get(tp) != offset
        }
        if not offsets:
            return
        try:
            await consumer.commit(offsets)
            self._mirrored.update(offsets)
        except Exception as exc:  # a rebalance under way, the broker away: next batch
            log.debug("positions not mirrored to the group", error=repr(exc))

    def _report_lag(self, consumer: AIOKafkaConsumer) -> None:
        for tp in consumer.assignment():
            highwater = consumer.highwater(tp)
            position = self.positions.get(tp)
            if highwater is not None and position is not None:
                PROJECTION_LAG.labels(self.name, tp.topic, str(tp.partition)).set(
                    max(highwater - position, 0)
                )


async def rebuild(
    projection: Projection, pool: AsyncConnectionPool[Any], *, by: str | None = None
) -> int:
    """Clear the read model and forget the offsets: the projection replays from offset 0, its
    running consumers too (they start over at their next batch, jxc.platform.replays). The
    consumer's new generation."""
    return await replays.replay(projection, pool, by=by)


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
