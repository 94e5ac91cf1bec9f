"""Outbox rows the broker refuses for good: which errors those are, and the commands that list,
requeue and skip the rows set aside (`jxc-<service> outbox parked|requeue ID|skip ID`).

A parked row holds its stream's later rows back (order within a stream is kept), every other
stream keeps flowing. Requeue it once the cause is fixed (e.g. the topic's max.message.bytes
raised, an ACL granted); skip it to give up on publishing it: the event stays in the event
store, the stream's later rows go out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiokafka import errors as kafka
from psycopg import AsyncConnection

from jxc.platform.schema import OUTBOX_CHANNEL

# What the broker (or the producer, before sending) refuses whatever the number of retries:
# the record itself is wrong for this topic, or we may not write to it.
_REFUSED_FOR_GOOD: tuple[type[BaseException], ...] = (
    kafka.MessageSizeTooLargeError,
    kafka.RecordListTooLargeError,
    kafka.CorruptRecordException,
    kafka.InvalidMessageError,
    kafka.InvalidTimestampError,
    kafka.UnsupportedForMessageFormatError,
    kafka.InvalidTopicError,
    kafka.TopicAuthorizationFailedError,
    kafka.ClusterAuthorizationFailedError,
    kafka.TransactionalIdAuthorizationFailed,
    kafka.PolicyViolationError,
)


def refused_for_good(exc: object) -> bool:
    """True when sending the record again cannot help (too large, invalid, not authorised);
    False for the broker being away, slow or electing a leader: those are retried, never parked.
    """
    return isinstance(exc, _REFUSED_FOR_GOOD)


def park_reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:1000]


@dataclass(frozen=True, slots=True)
class ParkedRow:
    id: int
    stream_id: str
    stream_version: int
    event_id: str
    event_type: str
    parked_at: datetime
    reason: str
    skipped: bool

    def line(self) -> str:
        state = "skipped" if self.skipped else "parked"
        return (
            f"{self.id}\t{self.stream_id}@{self.stream_version}\t{self.event_type}\t"
            f"{self.event_id}\t{state} {self.parked_at.isoformat()}\t{self.reason}"
        )


async def parked_rows(
    conn: AsyncConnection[Any], *, include_skipped: bool = False
) -> list[ParkedRow]:
    cur = await conn.execute(
        "SELECT o.id, e.stream_id, e.stream_version, e.event_id::text, e.event_type, o.parked_at,"
        " coalesce(o.park_reason, ''), o.sent_at IS NOT NULL"
        " FROM outbox o JOIN events e ON e.global_position = o.global_position"
        " WHERE o.parked_at IS NOT NULL AND (o.sent_at IS NULL OR %s) ORDER BY o.id",
        (include_skipped,),
    )
    return [ParkedRow(*row) for row in await cur.fetchall()]


async def requeue(conn: AsyncConnection[Any], row_id: int) -> bool:
    """Put a parked row back in line (its stream's later rows follow it). False if no such
    parked row."""
    cur = await conn.execute(
        "UPDATE outbox SET parked_at = NULL, park_reason = NULL"
        " WHERE id = %s AND parked_at IS NOT NULL AND sent_at IS NULL",
        (row_id,),
    )
    if cur.rowcount:
        await conn.execute("SELECT pg_notify(%s, '')", (OUTBOX_CHANNEL,))
    return cur.rowcount == 1


async def skip(conn: AsyncConnection[Any], row_id: int) -> bool:
    """Give up on publishing a parked row: it counts as done and its stream flows again. False
    if no such parked row."""
    cur = await conn.execute(
        "UPDATE outbox SET sent_at = now(), park_reason = 'skipped: ' || coalesce(park_reason, '')"
        " WHERE id = %s AND parked_at IS NOT NULL AND sent_at IS NULL",
        (row_id,),
    )
    if cur.rowcount:
        await conn.execute("SELECT pg_notify(%s, '')", (OUTBOX_CHANNEL,))
    return cur.rowcount == 1
