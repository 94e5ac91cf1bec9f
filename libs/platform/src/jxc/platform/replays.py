"""Replaying a projection while its consumers run.

A replay clears the read model, forgets the consumer's offsets and processed ids, and bumps the
consumer's generation (`consumer_generations`), in one transaction that holds the consumer's
replay lock exclusively. Every batch transaction of the consumer's runners holds the same lock
shared (`hold`), so the two never interleave: a batch commits wholly before the clear (and is
cleared with the rest) or wholly after it. A batch after it finds the generation moved on from
the one its runner positioned at: the runner's transaction rolls back (`Replayed`) and the
runner seeks every partition again to its stored offset, none now, so from the beginning. An
idle runner looks at the generation now and then, so a replay starts without new events.

The lock is a transaction-level advisory lock on the consumer's name: it needs no row to exist,
and a crashed session lets go of it with its transaction."""

from __future__ import annotations

import zlib
from typing import Any

from psycopg import AsyncCursor
from psycopg_pool import AsyncConnectionPool

from jxc.platform.store import Conn

REPLAY_LOCK = 0x6A787270  # "jxrp": the advisory lock class of consumer replays


class Replayed(Exception):
    """The consumer was replayed since this runner positioned its partitions: start over."""

    def __init__(self, consumer: str, positioned_at: int | None, now: int) -> None:
        super().__init__(f"{consumer} was replayed (generation {positioned_at} -> {now})")
        self.generation = now


def lock_key(consumer: str) -> int:
    """The consumer's key in the REPLAY_LOCK class (a signed 32-bit int, as PostgreSQL wants)."""
    key = zlib.crc32(consumer.encode())
    return key - (1 << 32) if key >= 1 << 31 else key


_GENERATION = "SELECT generation FROM consumer_generations WHERE consumer = %s"


async def generation(conn: Conn, consumer: str) -> int:
    """How many times `consumer` has been replayed (0: never)."""
    return await generation_from(await conn.execute(_GENERATION, (consumer,)))


async def generation_from(cur: AsyncCursor[Any]) -> int:
    """The generation a query of it (`holding`) answers."""
    row = await cur.fetchone()
    return int(row[0]) if row else 0


async def hold(conn: Conn, consumer: str) -> int:
    """In the caller's transaction: wait out a replay of `consumer` under way, keep one from
    starting until the transaction ends, and return the generation. Two statements: the
    generation is read after the lock is granted (a fresh snapshot, which sees the replay that
    was waited for)."""
    return await generation_from(await holding(conn, consumer))


async def holding(conn: Conn, consumer: str) -> AsyncCursor[Any]:
    """`hold` with its answer left to take (`generation_from`): in a pipeline, what the caller
    sends next travels in the same round trip."""
    await conn.execute(
        "SELECT pg_advisory_xact_lock_shared(%s, %s)", (REPLAY_LOCK, lock_key(consumer))
    )
    return await conn.execute(_GENERATION, (consumer,))


def verify(consumer: str, positioned_at: int | None, now: int) -> None:
    """Raise `Replayed` when the generation held now is not the one the runner positioned its
    partitions at (the caller's transaction must then be rolled back)."""
    if now != positioned_at:
        raise Replayed(consumer, positioned_at, now)


async def reset(conn: Conn, projection: Any, *, by: str | None = None) -> int:
    """In the caller's transaction: clear `projection`'s read model and forget its offsets and
    processed ids, once no batch of it is in flight; the new generation. A projection that
    cannot be rebuilt raises from its `clear` (and the transaction rolls back)."""
    name = projection.name
    await conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (REPLAY_LOCK, lock_key(name)))
    await projection.clear(conn)
    for table in ("consumer_offsets", "processed_events"):
        await conn.execute(f"DELETE FROM {table} WHERE consumer = %s", (name,))
    cur = await conn.execute(
        "INSERT INTO consumer_generations AS g (consumer, generation, replayed_by) "
        "VALUES (%s, 1, %s) ON CONFLICT (consumer) DO UPDATE "
        "SET generation = g.generation + 1, replayed_at = now(), "
        "replayed_by = excluded.replayed_by "
        "RETURNING generation",
        (name, by),
    )
    row = await cur.fetchone()
    assert row is not None
    return int(row[0])


async def replay(projection: Any, pool: AsyncConnectionPool[Any], *, by: str | None = None) -> int:
    """Reset `projection` in a transaction of its own; its running runners replay it from the
    beginning (the next run does, if none runs). The new generation."""
    async with pool.connection() as conn, conn.transaction():
        return await reset(conn, projection, by=by)
