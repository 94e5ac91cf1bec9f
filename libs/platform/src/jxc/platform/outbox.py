"""The outbox relay: publishes unsent outbox rows to Kafka, in commit order per stream.

It picks rows that are not yet sent (never a "last position" watermark, which skips rows of
transactions that commit late), is woken by LISTEN/NOTIFY, polls as a fallback, and only one
relay per database is active at a time, so order holds with many replicas. The advisory lock is
held by the very session that reads and marks the rows: a relay whose session is gone (and its
lock with it) fails at its next statement, so at most the batch it had in hand goes out twice.

Kafka being down delays publishing; rows stay unsent and go out once it is back. A row the
broker refuses for good (too large, invalid, not authorised) is parked with its reason
(`outbox_parking`): every other stream keeps flowing, and its own stream's later rows wait until
it is requeued or skipped by command, so order within a stream is kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from aiokafka import AIOKafkaProducer
from psycopg_pool import AsyncConnectionPool

from jxc.events.cloudevents import to_kafka
from jxc.platform import tracing
from jxc.platform.db_errors import database_unavailable
from jxc.platform.kafka import ensure_topics, idempotent_producer
from jxc.platform.logging import get_logger
from jxc.platform.metrics import (
    EVENTS_PUBLISHED,
    OUTBOX_OLDEST_UNSENT,
    OUTBOX_PARKED,
    OUTBOX_PARKED_NOW,
    OUTBOX_PENDING,
)
from jxc.platform.outbox_parking import park_reason, refused_for_good
from jxc.platform.reads import reading
from jxc.platform.schema import OUTBOX_CHANNEL
from jxc.platform.store import envelope_from_row

log = get_logger("jxc.outbox")

# Unsent rows, except those of a stream with a parked row: they wait behind it.
_PENDING = """
SELECT o.id, o.topic, e.event_id, e.event_type, e.schema_version, e.stream_id, e.stream_version,
       e.occurred_at, e.recorded_at, e.producer, e.correlation_id, e.causation_id, e.payload::text,
       e.actor, o.traceparent
FROM outbox o JOIN events e ON e.global_position = o.global_position
WHERE o.sent_at IS NULL AND o.parked_at IS NULL
  AND NOT EXISTS (
      SELECT 1 FROM outbox p JOIN events pe ON pe.global_position = p.global_position
      WHERE p.parked_at IS NOT NULL AND p.sent_at IS NULL AND pe.stream_id = e.stream_id)
ORDER BY o.id
LIMIT %s
"""
# The backlog and how long its oldest row has waited (parked rows aside: they have their own
# gauge). Rows waiting behind a parked one count: they are stuck. Read through the partial index
# of unsent rows, so it costs what the backlog is, not what the outbox holds.
_BACKLOG = """
SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8
FROM outbox WHERE sent_at IS NULL AND parked_at IS NULL
"""
_STREAM = 5  # the stream_id column of a _PENDING row
_TRACEPARENT = 14  # the W3C traceparent of the command that queued the row (or NULL)


@dataclass
class _Outcome:
    """What became of one batch: rows acknowledged, rows refused for good (with the reason),
    and the first transient error (the rows it hit stay unsent)."""

    sent: list[int] = field(default_factory=list)
    parked: list[tuple[Sequence[Any], str]] = field(default_factory=list)
    transient: BaseException | None = None


class OutboxRelay:
    def __init__(
        self,
        pool: AsyncConnectionPool[Any],
        dsn: str,
        bootstrap: str,
        *,
        service: str,
        topic: str,
        batch_size: int = 500,
        poll_seconds: float = 1.0,
        keep_sent_hours: float = 24.0,
        purge_every_seconds: float = 600.0,
        measure_every_seconds: float = 5.0,
    ) -> None:
        self.pool = pool  # housekeeping only (purge, counting parked rows): it needs no lock
        self.dsn = dsn
        self.bootstrap = bootstrap
        self.service = service
        self.topic = topic
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds
        self.lock_key = zlib.crc32(f"jxc.outbox.{service}".encode())
        self.published = 0
        self.keep_sent_hours = keep_sent_hours
        self.purge_every_seconds = purge_every_seconds
        self._next_purge = 0.0
        self.measure_every_seconds = measure_every_seconds

    async def run(self, stop: asyncio.Event) -> None:
        """Relay until `stop` is set; survives PostgreSQL (gone, restarting, read-only) and
        Kafka outages. Measures the backlog meanwhile, whether this relay is active or not."""
        measuring = asyncio.create_task(self._measure_until(stop))
        try:
            await self._relay_until(stop)
        finally:
            measuring.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await measuring

    async def measure(self) -> tuple[int, float]:
        """Set the backlog gauges from the outbox: unsent rows, and the age in seconds of the
        oldest (0 when none waits)."""
        async with reading(self.pool) as conn:
            row = await (await conn.execute(_BACKLOG)).fetchone()
        count, age = (int(row[0]), float(row[1])) if row else (0, 0.0)
        OUTBOX_PENDING.labels(self.service).set(count)
        OUTBOX_OLDEST_UNSENT.labels(self.service).set(age)
        return count, age

    async def _measure_until(self, stop: asyncio.Event) -> None:
        """Every few seconds, on its own: the relay may be stuck (Kafka away, a replica that is
        not the active one), which is when the age matters."""
        while not stop.is_set():
            try:
                await self.measure()
            except Exception as exc:
                log.warning("outbox backlog not measured", error=repr(exc))
            await _sleep_or_stop(stop, self.measure_every_seconds)

    async def _relay_until(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self._run_leader(stop)
            except Exception as exc:
                if not database_unavailable(exc):
                    raise
                log.warning("outbox relay lost PostgreSQL, retrying", error=str(exc))
                await _sleep_or_stop(stop, 1.0)

    async def _run_leader(self, stop: asyncio.Event) -> None:
        async with await psycopg.AsyncConnection.connect(self.dsn, autocommit=True) as work:
            while not stop.is_set():
                cur = await work.execute("SELECT pg_try_advisory_lock(%s)", (self.lock_key,))
                row = await cur.fetchone()
                if row is not None and row[0]:
                    break
                await _sleep_or_stop(stop, 2.0)  # another replica's relay is active
            else:
                return
            async with await psycopg.AsyncConnection.connect(self.dsn, autocommit=True) as listen:
                await listen.execute(f"LISTEN {OUTBOX_CHANNEL}")
                log.info("outbox relay active")
                await self._relay(work, listen, stop)

    async def _relay(
        self,
        work: psycopg.AsyncConnection[Any],
        listen: psycopg.AsyncConnection[Any],
        stop: asyncio.Event,
    ) -> None:
        producer: AIOKafkaProducer | None = None
        try:
            while not stop.is_set():
                if producer is None:
                    producer = await self._start_producer(stop)
                    if producer is None:
                        return
                try:
                    sent = await self.publish_batch(producer, work)
                except Exception as exc:
                    if isinstance(exc, psycopg.Error):
                        raise
                    log.warning("publishing failed, will retry", error=repr(exc))
                    await producer.stop()
                    producer = None
                    await _sleep_or_stop(stop, 1.0)
                    continue
                if sent < self.batch_size:
                    await self._housekeeping()
                    await self._wait_for_notify(listen, stop)
        finally:
            if producer is not None:
                await producer.stop()

    async def _start_producer(self, stop: asyncio.Event) -> AIOKafkaProducer | None:
        delay = 0.5
        while not stop.is_set():
            producer = idempotent_producer(self.bootstrap, client_id=f"jxc.{self.service}.relay")
            try:
                await ensure_topics(self.bootstrap, [self.topic])
                await producer.start()
                return producer
            except Exception as exc:
                log.warning("Kafka unavailable, outbox waits", error=repr(exc))
                await producer.stop()
                await _sleep_or_stop(stop, delay)
                delay = min(delay * 2, 5.0)
        return None

    async def publish_batch(
        self, producer: AIOKafkaProducer, conn: psycopg.AsyncConnection[Any]
    ) -> int:
        """Publish up to batch_size unsent rows, then mark the acknowledged ones sent and park
        the refused ones. `conn` is the session that holds the relay's lock: if it is gone,
        reading or marking fails and nothing is marked. Raises after marking if a transient
        error held rows back."""
        rows = await (await conn.execute(_PENDING, (self.batch_size,))).fetchall()
        if not rows:
            return 0
        outcome = await self._send(producer, rows)
        async with conn.transaction():
            if outcome.sent:
                await conn.execute(
                    "UPDATE outbox SET sent_at = now() WHERE id = ANY(%s)", (outcome.sent,)
                )
            for row, reason in outcome.parked:
                await conn.execute(
                    "UPDATE outbox SET parked_at = now(), park_reason = %s WHERE id = %s",
                    (reason, row[0]),
                )
        EVENTS_PUBLISHED.labels(self.service).inc(len(outcome.sent))
        self.published += len(outcome.sent)
        for row, reason in outcome.parked:
            OUTBOX_PARKED.labels(self.service).inc()
            log.error(
                "outbox row parked: the broker refuses it for good; its stream waits until "
                f"`jxc-{self.service} outbox requeue|skip {row[0]}`",
                outbox_id=row[0],
                stream_id=row[_STREAM],
                stream_version=row[6],
                event_id=str(row[2]),
                reason=reason,
            )
        if outcome.parked:
            await self._count_parked()
        if outcome.transient is not None:
            unsent = len(rows) - len(outcome.sent) - len(outcome.parked)
            raise RuntimeError(f"{unsent} rows not published") from outcome.transient
        return len(rows)

    async def _send(self, producer: AIOKafkaProducer, rows: Sequence[Sequence[Any]]) -> _Outcome:
        """Send rows in order, then settle each in order. Once a row of a stream failed or was
        parked, that stream's later rows stay unsent (even if they reached Kafka: they go again,
        and consumers drop the copies), so its order holds."""
        attempts: list[asyncio.Future[Any] | BaseException | None] = []
        held: set[str] = set()
        broker_trouble = False
        for row in rows:
            if broker_trouble or row[_STREAM] in held:
                attempts.append(None)
                continue
            key, value, headers = to_kafka(envelope_from_row(row[2:]))
            headers = tracing.publish_headers(row[1], _traceparent(row), headers)
            try:
                attempts.append(await producer.send(row[1], value=value, key=key, headers=headers))
            except Exception as exc:
                attempts.append(exc)
                held.add(row[_STREAM])
                broker_trouble = not refused_for_good(exc)  # send nothing more this batch
        futures = [a for a in attempts if isinstance(a, asyncio.Future)]
        results = iter(await asyncio.gather(*futures, return_exceptions=True))

        outcome = _Outcome()
        blocked: set[str] = set()
        for row, attempt in zip(rows, attempts, strict=True):
            result = next(results) if isinstance(attempt, asyncio.Future) else attempt
            if (
                isinstance(attempt, asyncio.Future)
                and refused_for_good(result)
                and row[_STREAM] not in blocked
            ):
                # The broker refuses a whole batch for one bad record: try the row alone
                # before blaming it, so the rows sent with it are not parked too.
                result = await _send_alone(producer, row)
            if attempt is None or row[_STREAM] in blocked:
                blocked.add(row[_STREAM])
            elif isinstance(result, BaseException):
                blocked.add(row[_STREAM])
                if refused_for_good(result):
                    outcome.parked.append((row, park_reason(result)))
                elif outcome.transient is None:
                    outcome.transient = result
            else:
                outcome.sent.append(row[0])
        return outcome

    async def _housekeeping(self) -> None:
        """When idle: count the parked rows, and now and then drop old sent rows (only a
        delivery receipt, the events table is the record) so the outbox stays small."""
        await self._count_parked()
        now = time.monotonic()
        if now < self._next_purge:
            return
        self._next_purge = now + self.purge_every_seconds
        async with self.pool.connection() as conn:
            await conn.execute(
                "DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => %s)",
                (self.keep_sent_hours * 3600,),
            )

    async def _count_parked(self) -> None:
        async with reading(self.pool) as conn:
            row = await (
                await conn.execute(
                    "SELECT count(*) FROM outbox WHERE parked_at IS NOT NULL AND sent_at IS NULL"
                )
            ).fetchone()
        OUTBOX_PARKED_NOW.labels(self.service).set(row[0] if row else 0)

    async def _wait_for_notify(
        self, listen: psycopg.AsyncConnection[Any], stop: asyncio.Event
    ) -> None:
        async for _ in listen.notifies(timeout=self.poll_seconds, stop_after=1):
            pass


def _traceparent(row: Sequence[Any]) -> str | None:
    """The traceparent the row carries (rows read without the column carry none)."""
    return row[_TRACEPARENT] if len(row) > _TRACEPARENT else None


async def _send_alone(producer: AIOKafkaProducer, row: Sequence[Any]) -> Any:
    """The broker's answer to this row sent on its own: its metadata, or the error."""
    key, value, headers = to_kafka(envelope_from_row(row[2:]))
    headers = tracing.publish_headers(row[1], _traceparent(row), headers)
    try:
        return await (await producer.send(row[1], value=value, key=key, headers=headers))
    except Exception as exc:
        return exc


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
