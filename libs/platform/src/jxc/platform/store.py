"""The event store on PostgreSQL: append with an expected version, load a stream, snapshots.

The stream version is the concurrency key: (stream_id, stream_version) is unique, so of two
writers that loaded the same version exactly one can append. Every append also writes the
outbox rows and a NOTIFY in the same transaction, so publishing can never drift from storing.
"""

from __future__ import annotations

import contextvars
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from psycopg import AsyncConnection, errors

from jxc.events.base import DomainEvent
from jxc.events.envelope import Envelope
from jxc.events.ids import uuid7_many
from jxc.events.registry import EventRegistry, encode
from jxc.platform import tracing
from jxc.platform.arrays import Int4Array, TextArray, TimestamptzArray, UuidArray
from jxc.platform.metrics import EVENTS_APPENDED
from jxc.platform.schema import OUTBOX_CHANNEL

Conn = AsyncConnection[Any]

# Who is acting in this task: the authenticated user of an HTTP request, or the consumer
# running a policy. Events whose metadata names no actor record this one.
acting_as: contextvars.ContextVar[str | None] = contextvars.ContextVar("acting_as", default=None)


class VersionConflict(Exception):
    """Another writer appended to the stream since it was loaded."""

    def __init__(self, stream_id: str, expected_version: int) -> None:
        super().__init__(f"stream {stream_id} moved past version {expected_version}")
        self.stream_id = stream_id
        self.expected_version = expected_version


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a command carries besides its data: when it happened, why, and who did it."""

    occurred_at: datetime
    correlation_id: UUID
    causation_id: UUID | None = None
    actor: str | None = None


@dataclass(frozen=True, slots=True)
class Snapshot:
    stream_version: int
    state_type: str
    state: bytes


_APPEND = """
WITH appended AS (
    INSERT INTO events (event_id, stream_id, stream_version, event_type, schema_version,
                        occurred_at, recorded_at, producer, correlation_id, causation_id, payload,
                        actor)
    SELECT e.event_id, e.stream_id, e.stream_version, e.event_type, e.schema_version,
           e.occurred_at, %(recorded_at)s, %(producer)s, e.correlation_id, e.causation_id,
           e.payload::jsonb, e.actor
    FROM unnest(%(event_ids)b::uuid[], %(stream_ids)b::text[], %(versions)b::int[],
                %(types)b::text[], %(schema_versions)b::int[], %(occurred)b::timestamptz[],
                %(correlations)b::uuid[], %(causations)b::uuid[], %(payloads)b::text[],
                %(actors)b::text[])
         WITH ORDINALITY
         AS e(event_id, stream_id, stream_version, event_type, schema_version, occurred_at,
              correlation_id, causation_id, payload, actor, n)
    ORDER BY e.n
    RETURNING global_position
), queued AS (
    INSERT INTO outbox (global_position, topic, traceparent)
    SELECT global_position, %(topic)s, %(traceparent)s FROM appended ORDER BY global_position
    RETURNING 1
)
SELECT pg_notify(%(channel)s, '') FROM (SELECT count(*) FROM queued) AS q
"""

# The same for one event (most commands append one): scalar parameters instead of ten arrays
# of one element, which psycopg dumps in Python at several times the cost.
_APPEND_ONE = """
WITH appended AS (
    INSERT INTO events (event_id, stream_id, stream_version, event_type, schema_version,
                        occurred_at, recorded_at, producer, correlation_id, causation_id, payload,
                        actor)
    VALUES (%(event_id)s, %(stream_id)s, %(version)s, %(type)s, %(schema_version)s,
            %(occurred)s, %(recorded_at)s, %(producer)s, %(correlation)s, %(causation)s::uuid,
            %(payload)s::jsonb, %(actor)s::text)
    RETURNING global_position
), queued AS (
    INSERT INTO outbox (global_position, topic, traceparent)
    SELECT global_position, %(topic)s, %(traceparent)s::text FROM appended
    RETURNING 1
)
SELECT pg_notify(%(channel)s, '') FROM (SELECT count(*) FROM queued) AS q
"""


@dataclass(frozen=True, slots=True)
class NewEvent:
    """One event to append at an exact stream version (`append_many`)."""

    stream_id: str
    stream_version: int
    event: DomainEvent
    meta: Metadata


_COLUMNS = (
    "event_id, event_type, schema_version, stream_id, stream_version, occurred_at, "
    "recorded_at, producer, correlation_id, causation_id, payload::text, actor"
)


# The snapshot as a row of kind 0 (its type in the event_type column, its version in
# stream_version, its state in payload), then the events after it as rows of kind 1.
_SNAPSHOT_AND_EVENTS = f"""
WITH s AS (
    SELECT stream_version, state_type, state FROM snapshots WHERE stream_id = %(stream_id)s
)
SELECT 0 AS kind, NULL::uuid, s.state_type, NULL::int, %(stream_id)s, s.stream_version,
       NULL::timestamptz, NULL::timestamptz, NULL::text, NULL::uuid, NULL::uuid, s.state::text,
       NULL::text
FROM s
UNION ALL
SELECT 1, {_COLUMNS} FROM events
WHERE stream_id = %(stream_id)s AND stream_version > coalesce((SELECT stream_version FROM s), 0)
ORDER BY 1, 6
"""


def envelope_from_row(row: Sequence[Any]) -> Envelope:
    return Envelope(
        event_id=row[0],
        event_type=row[1],
        schema_version=row[2],
        stream_id=row[3],
        stream_version=row[4],
        occurred_at=row[5],
        recorded_at=row[6],
        producer=row[7],
        correlation_id=row[8],
        causation_id=row[9],
        payload=row[10].encode(),
        actor=row[11] if len(row) > 11 else None,  # rows read without the column
    )


class EventStore:
    """Appends and reads one service's events. Every method runs on the caller's connection,
    so the caller decides the transaction."""

    def __init__(self, registry: EventRegistry, producer: str, topic: str) -> None:
        self.registry = registry
        self.producer = producer
        self.topic = topic

    async def append(
        self,
        conn: Conn,
        stream_id: str,
        expected_version: int,
        events: Sequence[DomainEvent],
        meta: Metadata,
    ) -> list[Envelope]:
        """Append after `expected_version` (0 for a new stream); VersionConflict if it moved."""
        return await self.append_many(
            conn,
            [
                NewEvent(stream_id, expected_version + i, event, meta)
                for i, event in enumerate(events, start=1)
            ],
        )

    async def append_many(self, conn: Conn, new: Sequence[NewEvent]) -> list[Envelope]:
        """Append events of many streams in one statement (a batch of a policy, say), each at
        its exact version; VersionConflict if any of those versions is taken already."""
        if not new:
            return []
        recorded_at = datetime.now(UTC)
        acting = acting_as.get()
        ids = uuid7_many(len(new))  # one read of the random source for the batch
        envelopes = [
            Envelope(
                event_id=event_id,
                event_type=n.event.event_type,
                schema_version=n.event.schema_version,
                stream_id=n.stream_id,
                stream_version=n.stream_version,
                occurred_at=n.meta.occurred_at,
                recorded_at=recorded_at,
                producer=self.producer,
                correlation_id=n.meta.correlation_id,
                causation_id=n.meta.causation_id,
                payload=encode(n.event),
                actor=n.meta.actor or acting,
            )
            for event_id, n in zip(ids, new, strict=True)
        ]
        # One statement: atomic on its own, and inside the caller's transaction when there is
        # one (the NOTIFY is then delivered when that transaction commits).
        # The outbox rows carry the command's span (the relay's publish is its child).
        traceparent = tracing.current_traceparent()
        try:
            with tracing.appending(new[0].stream_id, len(envelopes)):
                await conn.execute(*self._statement(envelopes, recorded_at, traceparent))
        except errors.UniqueViolation as exc:
            if exc.diag.constraint_name == "events_stream_version_key":
                raise VersionConflict(new[0].stream_id, new[0].stream_version - 1) from exc
            raise
        EVENTS_APPENDED.labels(self.producer).inc(len(envelopes))
        return envelopes

    def _statement(
        self, envelopes: list[Envelope], recorded_at: datetime, traceparent: str | None
    ) -> tuple[str, dict[str, Any]]:
        if len(envelopes) == 1:
            (e,) = envelopes
            return _APPEND_ONE, {
                "event_id": e.event_id,
                "stream_id": e.stream_id,
                "version": e.stream_version,
                "type": e.event_type,
                "schema_version": e.schema_version,
                "occurred": e.occurred_at,
                "recorded_at": recorded_at,
                "producer": self.producer,
                "correlation": e.correlation_id,
                "causation": e.causation_id,
                "payload": e.payload.decode(),
                "actor": e.actor,
                "topic": self.topic,
                "channel": OUTBOX_CHANNEL,
                "traceparent": traceparent,
            }
        return _APPEND, {
            "recorded_at": recorded_at,
            "producer": self.producer,
            "event_ids": UuidArray([e.event_id for e in envelopes]),
            "stream_ids": TextArray([e.stream_id for e in envelopes]),
            "versions": Int4Array([e.stream_version for e in envelopes]),
            "types": TextArray([e.event_type for e in envelopes]),
            "schema_versions": Int4Array([e.schema_version for e in envelopes]),
            "occurred": TimestamptzArray([e.occurred_at for e in envelopes]),
            "correlations": UuidArray([e.correlation_id for e in envelopes]),
            "causations": UuidArray([e.causation_id for e in envelopes]),
            "payloads": TextArray([e.payload.decode() for e in envelopes]),
            "actors": TextArray([e.actor for e in envelopes]),
            "topic": self.topic,
            "channel": OUTBOX_CHANNEL,
            "traceparent": traceparent,
        }

    async def load(self, conn: Conn, stream_id: str, after_version: int = 0) -> list[Envelope]:
        cur = await conn.execute(
            f"SELECT {_COLUMNS} FROM events WHERE stream_id = %s AND stream_version > %s "
            "ORDER BY stream_version",
            (stream_id, after_version),
        )
        return [envelope_from_row(row) for row in await cur.fetchall()]

    async def load_with_snapshot(
        self, conn: Conn, stream_id: str
    ) -> tuple[Snapshot | None, list[Envelope]]:
        """The stream's snapshot (if any) and the events after it, in ONE statement (one
        round trip, one view of the data: a snapshot saved meanwhile cannot make events go
        missing between the two)."""
        cur = await conn.execute(_SNAPSHOT_AND_EVENTS, {"stream_id": stream_id})
        rows = await cur.fetchall()
        if rows and rows[0][0] == 0:
            snapshot = rows[0]
            return Snapshot(snapshot[5], snapshot[2], snapshot[11].encode()), [
                envelope_from_row(row[1:]) for row in rows[1:]
            ]
        return None, [envelope_from_row(row[1:]) for row in rows]

    async def load_snapshot(self, conn: Conn, stream_id: str) -> Snapshot | None:
        cur = await conn.execute(
            "SELECT stream_version, state_type, state::text FROM snapshots WHERE stream_id = %s",
            (stream_id,),
        )
        row = await cur.fetchone()
        return None if row is None else Snapshot(row[0], row[1], row[2].encode())

    async def save_snapshot(
        self, conn: Conn, stream_id: str, version: int, state_type: str, state: bytes
    ) -> None:
        await conn.execute(
            "INSERT INTO snapshots (stream_id, stream_version, state_type, state) "
            "VALUES (%s, %s, %s, %s::jsonb) ON CONFLICT (stream_id) DO UPDATE "
            "SET stream_version = excluded.stream_version, state_type = excluded.state_type, "
            "state = excluded.state, taken_at = now() "
            "WHERE snapshots.stream_version < excluded.stream_version",
            (stream_id, version, state_type, state.decode()),
        )
