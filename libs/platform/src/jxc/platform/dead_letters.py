"""Dead letters: a record a consumer cannot read or apply goes to jxc.dlq.<consumer>, with why.

A letter is first written to the `dead_letters` table in the same transaction as the offsets
that move past its record (`record`), so a record ends applied or dead-lettered, never neither;
`DeadLetterOutbox` then publishes unsent rows to the topic and marks them sent, after each
commit and on start for leftovers. A publish that fails leaves the rows for the next attempt.

The original key, value and headers are kept as they were, so the record can be replayed after
a fix; `jxc_dlq_*` headers add the reason and where it came from. A letter too large for the
broker is sent trimmed (reason and source kept, `jxc_dlq_trimmed` says so); the full record
stays in the table and on its source topic."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import MessageSizeTooLargeError, RecordTooLargeError
from aiokafka.producer.producer import DefaultRecordBatchBuilder
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from jxc.platform.kafka import ensure_topics, idempotent_producer
from jxc.platform.logging import get_logger
from jxc.platform.metrics import DEAD_LETTERS_OPEN, DEAD_LETTERS_UNSENT, EVENTS_DEAD_LETTERED
from jxc.platform.reads import reading
from jxc.platform.settings import dlq_topic_of
from jxc.platform.store import Conn

log = get_logger("jxc.dead_letters")
Header = tuple[str, bytes | None]
MAX_LETTER_BYTES = 900_000  # under the broker's default message.max.bytes (1 MiB)
_TOO_LARGE = (MessageSizeTooLargeError, RecordTooLargeError)


@dataclass(frozen=True, slots=True)
class DeadLetter:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: Sequence[Header]
    reason: str


async def record(conn: Conn, consumer: str, letters: Sequence[DeadLetter]) -> None:
    """Keep `letters` in the caller's transaction (the one that stores the offsets past them).
    A record dead-lettered before (a redelivery) is kept once; one that a retry had applied and
    that fails again (its consumer replayed) is open again, with the new reason."""
    if not letters:
        return
    await conn.cursor().executemany(
        "INSERT INTO dead_letters (consumer, source_topic, source_partition, source_offset, "
        "key, value, headers, reason) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (consumer, source_topic, source_partition, source_offset) DO UPDATE "
        "SET reason = excluded.reason, retried_at = NULL, retried_by = NULL "
        "WHERE dead_letters.retried_at IS NOT NULL",
        [
            (
                consumer,
                letter.topic,
                letter.partition,
                letter.offset,
                _bytes_or_none(letter.key),
                _bytes_or_none(letter.value),
                Jsonb(_headers_to_json(letter.headers)),
                letter.reason.replace("\x00", "\\x00"),  # text cannot hold NUL
            )
            for letter in letters
        ],
    )


class DeadLetterOutbox:
    """Publishes a consumer's unsent dead letters, oldest first, and marks them sent."""

    def __init__(
        self,
        pool: AsyncConnectionPool[Any],
        consumer: str,
        bootstrap: str,
        *,
        max_letter_bytes: int = MAX_LETTER_BYTES,
        batch_size: int = 200,
    ) -> None:
        self.pool = pool
        self.consumer = consumer
        self.bootstrap = bootstrap
        self.topic = dlq_topic_of(consumer)
        self.max_letter_bytes = max_letter_bytes
        self.batch_size = batch_size
        self._producer: AIOKafkaProducer | None = None

    async def run(
        self, wake: asyncio.Event, stop: asyncio.Event, *, retry_seconds: float = 5.0
    ) -> None:
        """Publish when woken (a commit kept letters) and every `retry_seconds` (a publish that
        failed), until `stop`. Failures are logged; the letters wait in the table."""
        while not stop.is_set():
            with suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=retry_seconds)
            wake.clear()
            try:
                await self.publish_pending()
            except Exception as exc:
                log.warning(
                    "dead letters not published yet; they are kept and retried",
                    consumer=self.consumer,
                    error=repr(exc),
                )

    async def publish_pending(self) -> int:
        """Publish every unsent letter; the number sent. Raises when the broker or the
        database fails (what was not acknowledged stays unsent, for the next call)."""
        sent = 0
        try:
            while True:
                count = await self._publish_batch()
                sent += count
                if count < self.batch_size:
                    break
        except BaseException:
            await self.close()  # a fresh producer next time
            raise
        await self._count_unsent()
        return sent

    async def close(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            await producer.stop()

    async def _publish_batch(self) -> int:
        # Rows stay locked while they are sent: another replica of this consumer skips them.
        async with self.pool.connection() as conn, conn.transaction():
            cur = await conn.execute(
                "SELECT id, source_topic, source_partition, source_offset, key, value, headers, "
                "reason FROM dead_letters WHERE consumer = %s AND sent_at IS NULL "
                "ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED",
                (self.consumer, self.batch_size),
            )
            rows = await cur.fetchall()
            if not rows:
                return 0
            producer = await self._started()
            futures = []
            for row in rows:
                futures.append(await self._send(producer, *row[1:]))
            for future in futures:
                await future
            await conn.execute(
                "UPDATE dead_letters SET sent_at = now() WHERE id = ANY(%s)",
                ([row[0] for row in rows],),
            )
        EVENTS_DEAD_LETTERED.labels(self.consumer).inc(len(rows))
        return len(rows)

    async def _send(
        self,
        producer: AIOKafkaProducer,
        topic: str,
        partition: int,
        offset: int,
        key: bytes | None,
        value: bytes | None,
        headers: Any,
        reason: str,
    ) -> Any:
        ours: list[Header] = [
            ("jxc_dlq_reason", reason.encode()[:4096]),
            ("jxc_dlq_consumer", self.consumer.encode()),
            ("jxc_dlq_source", f"{topic}/{partition}/{offset}".encode()),
        ]
        full = [*headers_from_json(headers), *ours]
        value = bytes(value) if value is not None else b""
        key = bytes(key) if key is not None else None
        size = DefaultRecordBatchBuilder.estimate_size_in_bytes(key, value, full)
        if size <= self.max_letter_bytes:
            try:
                return await producer.send(self.topic, value=value, key=key, headers=full)
            except _TOO_LARGE:
                pass
        note = f"record of {size} bytes (value {len(value)} bytes): value and headers left out"
        trimmed = ("jxc_dlq_trimmed", note.encode())
        short_key = key if key is not None and len(key) <= 1024 else None
        return await producer.send(self.topic, value=b"", key=short_key, headers=[*ours, trimmed])

    async def _started(self) -> AIOKafkaProducer:
        if self._producer is None:
            await ensure_topics(self.bootstrap, [self.topic], partitions=1)
            producer = idempotent_producer(self.bootstrap, client_id=f"{self.consumer}.dlq")
            try:
                await producer.start()
            except BaseException:
                await producer.stop()
                raise
            self._producer = producer
        return self._producer

    async def _count_unsent(self) -> None:
        async with reading(self.pool) as conn:
            row = await (
                await conn.execute(
                    "SELECT count(*) FILTER (WHERE sent_at IS NULL), "
                    "count(*) FILTER (WHERE retried_at IS NULL) "
                    "FROM dead_letters WHERE consumer = %s",
                    (self.consumer,),
                )
            ).fetchone()
        unsent, still_open = row if row else (0, 0)
        DEAD_LETTERS_UNSENT.labels(self.consumer).set(unsent)
        DEAD_LETTERS_OPEN.labels(self.consumer).set(still_open)


def _bytes_or_none(value: object) -> bytes | None:
    return value if isinstance(value, bytes) else None


def _headers_to_json(headers: Sequence[Header]) -> list[list[str | None]]:
    """Headers as JSON: [name, base64 value or null]; anything not a header pair is dropped."""
    kept: list[list[str | None]] = []
    for item in headers:
        if isinstance(item, tuple | list) and len(item) == 2 and isinstance(item[0], str):
            name, value = item
            encoded = base64.b64encode(value).decode() if isinstance(value, bytes) else None
            kept.append([name, encoded])
    return kept


def headers_from_json(headers: Any) -> list[Header]:
    """The headers `record` kept, as Kafka has them."""
    return [
        (name, None if value is None else base64.b64decode(value)) for name, value in headers or []
    ]
