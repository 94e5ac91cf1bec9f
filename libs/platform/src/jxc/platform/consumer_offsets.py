"""A consumer's offsets per topic-partition, kept in PostgreSQL next to its read model.

The invariant the runner relies on: a stored offset never moves backwards, and a batch locks
the stored offsets of its partitions before it applies anything, so records below them (applied
already) can be dropped whatever the processed-id guard still remembers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from aiokafka import TopicPartition
from psycopg import AsyncCursor

from jxc.platform.store import Conn


async def stored(conn: Conn, consumer: str) -> dict[TopicPartition, int]:
    """Every stored offset of `consumer`."""
    cur = await conn.execute(
        "SELECT topic, partition, next_offset FROM consumer_offsets WHERE consumer = %s",
        (consumer,),
    )
    return {TopicPartition(t, p): o for t, p, o in await cur.fetchall()}


async def locking(
    conn: Conn, consumer: str, partitions: Iterable[TopicPartition]
) -> AsyncCursor[Any]:
    """Lock the stored offsets of `partitions` until the caller's transaction ends; their
    answer is left to take (`offsets_from`), so in a pipeline what the caller sends next
    travels in the same round trip."""
    tps = list(partitions)
    return await conn.execute(
        "SELECT topic, partition, next_offset FROM consumer_offsets "
        "WHERE consumer = %s AND (topic, partition) IN "
        "(SELECT unnest(%b::text[]), unnest(%b::int[])) "
        "ORDER BY topic, partition FOR UPDATE",
        (consumer, [tp.topic for tp in tps], [tp.partition for tp in tps]),
    )


async def offsets_from(cur: AsyncCursor[Any]) -> dict[TopicPartition, int]:
    """The offsets a query of them (`locking`) answers."""
    return {TopicPartition(t, p): o for t, p, o in await cur.fetchall()}


async def store(conn: Conn, consumer: str, offsets: Mapping[TopicPartition, int]) -> None:
    """Store `offsets`; one lower than the stored offset leaves it as it is (a consumer that
    lost its partitions in a rebalance may still commit an older batch)."""
    if not offsets:
        return
    await conn.execute(
        "INSERT INTO consumer_offsets (consumer, topic, partition, next_offset) "
        "SELECT %s, unnest(%b::text[]), unnest(%b::int[]), unnest(%b::bigint[]) "
        "ON CONFLICT (consumer, topic, partition) DO UPDATE "
        "SET next_offset = GREATEST(consumer_offsets.next_offset, excluded.next_offset), "
        "updated_at = now()",
        (
            consumer,
            [tp.topic for tp in offsets],
            [tp.partition for tp in offsets],
            list(offsets.values()),
        ),
    )
