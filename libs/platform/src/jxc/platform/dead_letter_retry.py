"""Retrying a dead letter: its kept record applied again, by the consumer that failed it only.

Not a republish to the source topic (every other consumer of the topic would see the record
twice): the `dead_letters` row keeps the record as it came (key, value, headers, source
topic/partition/offset); a retry decodes it and applies it through that consumer's projection in
ONE transaction with the processed-id bookkeeping (an event the consumer applied already is not
applied again) and the letter's mark: retried, by whom, when. A letter that fails again stays
open with the new reason and one more attempt counted. A retried letter is not retried again.

The transaction holds the consumer's replay lock shared (jxc.platform.replays), like a batch of
its runners, so a retry and a replay never interleave."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from psycopg_pool import AsyncConnectionPool

from jxc.events.cloudevents import from_kafka
from jxc.events.registry import EventRegistry
from jxc.platform import replays
from jxc.platform.db_errors import database_unavailable
from jxc.platform.dead_letters import headers_from_json
from jxc.platform.logging import bind_ids, get_logger
from jxc.platform.projection import Consumed, Projection
from jxc.platform.reads import reading
from jxc.platform.store import Conn, acting_as

log = get_logger("jxc.dead_letters")

APPLIED = "applied"
NOT_HANDLED = "nothing to apply"  # an event type the consumer does not handle (now)
DUPLICATE = "applied before"  # the consumer had applied this event id already
FAILED = "failed again"
RETRIED_BEFORE = "retried before"
UNKNOWN = "unknown"

_LETTER = (
    "SELECT consumer, source_topic, source_partition, source_offset, value, headers, "
    "retried_at, retried_by FROM dead_letters WHERE id = %s FOR UPDATE"
)


@dataclass(frozen=True)
class Retried:
    """What became of one letter's retry."""

    id: int
    consumer: str
    outcome: str  # one of the constants above
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome in (APPLIED, NOT_HANDLED, DUPLICATE)

    def line(self) -> str:
        return f"{self.id}\t{self.consumer}\t{self.outcome}" + (
            f"\t{self.detail}" if self.detail else ""
        )


async def consumer_of(pool: AsyncConnectionPool[Any], letter_id: int) -> str | None:
    """Which consumer recorded letter `letter_id` (None: there is no such letter)."""
    async with reading(pool) as conn:
        cur = await conn.execute("SELECT consumer FROM dead_letters WHERE id = %s", (letter_id,))
        row = await cur.fetchone()
    return None if row is None else str(row[0])


async def open_letters(pool: AsyncConnectionPool[Any], consumer: str) -> list[int]:
    """The ids of `consumer`'s letters not retried yet, oldest first."""
    async with reading(pool) as conn:
        cur = await conn.execute(
            "SELECT id FROM dead_letters WHERE consumer = %s AND retried_at IS NULL ORDER BY id",
            (consumer,),
        )
        return [int(row[0]) for row in await cur.fetchall()]


async def retry(
    pool: AsyncConnectionPool[Any],
    projection: Projection,
    registry: EventRegistry,
    letter_id: int,
    *,
    by: str,
) -> Retried:
    """Apply letter `letter_id` again through `projection` (whose letter it must be)."""
    name = projection.name
    acting_as.set(name)  # what a policy appends is done by this consumer
    async with pool.connection() as conn, conn.transaction():
        await replays.hold(conn, name)
        row = await (await conn.execute(_LETTER, (letter_id,))).fetchone()
        if row is None or row[0] != name:
            return Retried(letter_id, name, UNKNOWN, f"{name} has no dead letter {letter_id}")
        _, topic, partition, offset, value, headers, retried_at, retried_by = row
        if retried_at is not None:
            when = retried_at.isoformat(timespec="seconds")
            return Retried(letter_id, name, RETRIED_BEFORE, f"by {retried_by} at {when}")
        try:
            envelope = from_kafka(bytes(value or b""), headers_from_json(headers))
            if envelope.event_type not in projection.handles:
                outcome = NOT_HANDLED
            else:
                event = registry.decode(envelope)
                consumed = Consumed(envelope, event, topic, partition, offset)
                outcome = await _apply(conn, projection, consumed)
        except Exception as exc:
            if database_unavailable(exc):
                raise
            reason = f"retried by {by}, failed again: {exc!r}"
            await conn.execute(
                "UPDATE dead_letters SET retries = retries + 1, reason = %s WHERE id = %s",
                (reason.replace("\x00", "\\x00"), letter_id),
            )
            log.warning("dead letter failed again", consumer=name, id=letter_id, error=repr(exc))
            return Retried(letter_id, name, FAILED, reason)
        await conn.execute(
            "UPDATE dead_letters SET retries = retries + 1, retried_at = now(), retried_by = %s "
            "WHERE id = %s",
            (by, letter_id),
        )
    log.info("dead letter retried", consumer=name, id=letter_id, outcome=outcome, by=by)
    return Retried(letter_id, name, outcome)


async def _apply(conn: Conn, projection: Projection, consumed: Consumed) -> str:
    """In a savepoint: the event applied unless the consumer applied its id before."""
    async with conn.transaction():
        cur = await conn.execute(
            "INSERT INTO processed_events (consumer, event_id) VALUES (%s, %s) "
            "ON CONFLICT DO NOTHING RETURNING event_id",
            (projection.name, consumed.envelope.event_id),
        )
        if await cur.fetchone() is None:
            return DUPLICATE
        bind_ids(consumed.envelope.correlation_id, consumed.envelope.event_id)
        await projection.apply(conn, [consumed])
    return APPLIED


async def retry_all(
    pool: AsyncConnectionPool[Any], projection: Projection, registry: EventRegistry, *, by: str
) -> list[Retried]:
    """Every open letter of `projection`'s consumer, oldest first, each in its own transaction."""
    return [
        await retry(pool, projection, registry, letter_id, by=by)
        for letter_id in await open_letters(pool, projection.name)
    ]
