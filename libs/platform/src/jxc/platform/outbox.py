"""The outbox relay: publishes unsent outbox rows to Kafka, in commit order per stream.

It picks rows that are not yet sent (never a "last position" watermark, which skips rows of
transactions that commit late), is woken by LISTEN/NOTIFY, polls as a fallback, and only one
relay per database is active at a time (a session advisory lock), so order holds with many
replicas. Kafka being down delays publishing; rows stay unsent and go out once it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import zlib
from typing import Any

import psycopg
from aiokafka import AIOKafkaProducer
from psycopg_pool import AsyncConnectionPool

from jxc.events.cloudevents import to_kafka
from jxc.platform.kafka import ensure_topics, idempotent_producer
from jxc.platform.logging import get_logger
from jxc.platform.metrics import EVENTS_PUBLISHED, OUTBOX_PENDING
from jxc.platform.schema import OUTBOX_CHANNEL
from jxc.platform.store import envelope_from_row

log = get_logger("jxc.outbox")

_PENDING = """
SELECT o.id, o.topic, e.event_id, e.event_type, e.schema_version, e.stream_id, e.stream_version,
       e.occurred_at, e.recorded_at, e.producer, e.correlation_id, e.causation_id, e.payload::text
FROM outbox o JOIN events e ON e.global_position = o.global_position
WHERE o.sent_at IS NULL
ORDER BY o.id
LIMIT %s
"""


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
    ) -> None:
        self.pool = pool
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

    async def run(self, stop: asyncio.Event) -> None:
        """Relay until `stop` is set; survives PostgreSQL and Kafka outages."""
        while not stop.is_set():
            try:
                await self._run_leader(stop)
            except (psycopg.OperationalError, OSError) as exc:
                log.warning("outbox relay lost PostgreSQL, retrying", error=str(exc))
                await _sleep_or_stop(stop, 1.0)

    async def _run_leader(self, stop: asyncio.Event) -> None:
        async with await psycopg.AsyncConnection.connect(self.dsn, autocommit=True) as listen:
            while not stop.is_set():
                cur = await listen.execute("SELECT pg_try_advisory_lock(%s)", (self.lock_key,))
                row = await cur.fetchone()
                if row is not None and row[0]:
                    break
                await _sleep_or_stop(stop, 2.0)  # another replica's relay is active
            else:
                return
            await listen.execute(f"LISTEN {OUTBOX_CHANNEL}")
            log.info("outbox relay active")
            producer: AIOKafkaProducer | None = None
            try:
                while not stop.is_set():
                    if producer is None:
                        producer = await self._start_producer(stop)
                        if producer is None:
                            return
                    try:
                        sent = await self.publish_batch(producer)
                    except Exception as exc:
                        if isinstance(exc, psycopg.OperationalError):
                            raise
                        log.warning("publishing failed, will retry", error=repr(exc))
                        await producer.stop()
                        producer = None
                        await _sleep_or_stop(stop, 1.0)
                        continue
                    if sent < self.batch_size:
                        await self._purge_sent()
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

    async def publish_batch(self, producer: AIOKafkaProducer) -> int:
        """Publish up to batch_size unsent rows, then mark the acknowledged ones sent."""
        async with self.pool.connection() as conn:
            rows = await (await conn.execute(_PENDING, (self.batch_size,))).fetchall()
        if not rows:
            OUTBOX_PENDING.labels(self.service).set(0)
            return 0
        futures = []
        for row in rows:
            key, value, headers = to_kafka(envelope_from_row(row[2:]))
            futures.append(await producer.send(row[1], value=value, key=key, headers=headers))
        results = await asyncio.gather(*futures, return_exceptions=True)
        sent_ids = []
        failed_streams: set[str] = set()
        for row, result in zip(rows, results, strict=True):
            # A stream whose earlier row failed keeps its later rows unsent, to keep its order.
            if isinstance(result, BaseException) or row[5] in failed_streams:
                failed_streams.add(row[5])
            else:
                sent_ids.append(row[0])
        if sent_ids:
            async with self.pool.connection() as conn:
                await conn.execute(
                    "UPDATE outbox SET sent_at = now() WHERE id = ANY(%s)", (sent_ids,)
                )
            EVENTS_PUBLISHED.labels(self.service).inc(len(sent_ids))
            self.published += len(sent_ids)
        if failed_streams:
            first = next(r for r in results if isinstance(r, BaseException))
            raise RuntimeError(f"{len(rows) - len(sent_ids)} rows not published") from first
        return len(rows)

    async def _purge_sent(self) -> None:
        """Sent rows are only a delivery receipt (the events table is the record): drop old
        ones now and then, so the outbox stays small."""
        now = time.monotonic()
        if now < self._next_purge:
            return
        self._next_purge = now + self.purge_every_seconds
        async with self.pool.connection() as conn:
            await conn.execute(
                "DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => %s)",
                (self.keep_sent_hours * 3600,),
            )

    async def _wait_for_notify(
        self, listen: psycopg.AsyncConnection[Any], stop: asyncio.Event
    ) -> None:
        async for _ in listen.notifies(timeout=self.poll_seconds, stop_after=1):
            pass


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
