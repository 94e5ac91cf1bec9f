"""A projection runner's batch transaction (jxc.platform.projection), on a real PostgreSQL and
no Kafka: its bookkeeping goes in pipelines around the projection's own statements, and what
it records must be exactly what applying the batch statement by statement would. A batch
applies each new event once and stores the offsets past it; an event the projection fails on
is dead-lettered alone, the others of its batch applied, and only their ids are processed."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

import pytest
from aiokafka import TopicPartition
from psycopg_pool import AsyncConnectionPool

from jxc.events.contracts.registry import registry
from jxc.events.envelope import Envelope
from jxc.platform.projection import Consumed, ProjectionRunner, _Batch
from jxc.platform.replays import Replayed
from jxc.platform.store import Conn
from tests.integration.commanding import open_pool
from tests.integration.harness import Stack

TP = TopicPartition("t", 0)


class Tally:
    """Writes a row per event it applies; refuses a stream named 'bad'."""

    name = "tally"
    handles = frozenset({"tests.Counted"})

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        self.calls.append([c.envelope.stream_id for c in events])
        for c in events:
            await conn.execute(
                "INSERT INTO tallied (event_id, stream_id) VALUES (%s, %s)",
                (c.envelope.event_id, c.envelope.stream_id),
            )
            if c.envelope.stream_id == "bad":
                raise ValueError("a bad event")

    async def clear(self, conn: Conn) -> None:
        await conn.execute("DELETE FROM tallied")


def consumed(stream: str, offset: int) -> Consumed:
    now = datetime.now(UTC)
    envelope = Envelope(
        event_id=uuid4(),
        event_type="tests.Counted",
        schema_version=1,
        stream_id=stream,
        stream_version=1,
        occurred_at=now,
        recorded_at=now,
        producer="/tests",
        correlation_id=uuid4(),
        causation_id=None,
        payload=b"{}",
    )
    return Consumed(envelope, None, TP.topic, TP.partition, offset)  # type: ignore[arg-type]


def batch_of(events: list[Consumed]) -> _Batch:
    return _Batch(events=list(events), offsets={TP: events[-1].offset + 1})


@pytest.fixture
async def pool(stack: Stack) -> AsyncIterator[AsyncConnectionPool[Any]]:
    stack.migrate("purchasing")  # the platform's tables, as any service has them
    opened = await open_pool(stack.database("purchasing"), size=1)
    async with opened.connection() as conn:
        await conn.execute("CREATE TABLE tallied (event_id uuid PRIMARY KEY, stream_id text)")
    yield opened
    await opened.close()


def runner_of(tally: Tally, pool: AsyncConnectionPool[Any]) -> ProjectionRunner:
    runner = ProjectionRunner(tally, pool, registry, "127.0.0.1:1")
    runner.generation = 0  # as positioned on a consumer never replayed
    return runner


async def rows(pool: AsyncConnectionPool[Any], sql: str) -> list[tuple[Any, ...]]:
    async with pool.connection() as conn:
        cur = await conn.execute(sql)
        return await cur.fetchall()


async def test_a_batch_applies_each_new_event_once_and_moves_the_offset_past_it(
    pool: AsyncConnectionPool[Any],
) -> None:
    tally = Tally()
    runner = runner_of(tally, pool)
    first = [consumed("a", 0), consumed("b", 1)]
    third = consumed("c", 2)
    written, lettered = await runner._commit(batch_of([*first, first[1], third]))
    assert written == {TP: 3} and not lettered
    assert tally.calls == [["a", "b", "c"]]  # the copy of b in the batch is not new
    # Delivered again (a rebalance): below the stored offset, nothing is applied twice.
    assert await runner._commit(batch_of(first)) == ({TP: 3}, False)
    assert tally.calls == [["a", "b", "c"]]
    assert await rows(pool, "SELECT count(*) FROM tallied") == [(3,)]
    processed = {r[0] for r in await rows(pool, "SELECT event_id FROM processed_events")}
    assert processed == {c.envelope.event_id for c in first} | {third.envelope.event_id}
    assert await rows(pool, "SELECT next_offset FROM consumer_offsets") == [(3,)]


async def test_a_bad_event_is_dead_lettered_alone_and_the_others_are_applied(
    pool: AsyncConnectionPool[Any],
) -> None:
    tally = Tally()
    runner = runner_of(tally, pool)
    good, bad, later = consumed("a", 0), consumed("bad", 1), consumed("c", 2)
    written, lettered = await runner._commit(batch_of([good, bad, later]))
    assert written == {TP: 3} and lettered
    # The whole batch once, then one event at a time.
    assert tally.calls == [["a", "bad", "c"], ["a"], ["bad"], ["c"]]
    assert {r[0] for r in await rows(pool, "SELECT stream_id FROM tallied")} == {"a", "c"}
    processed = {r[0] for r in await rows(pool, "SELECT event_id FROM processed_events")}
    assert processed == {good.envelope.event_id, later.envelope.event_id}
    [(offset, reason)] = await rows(pool, "SELECT source_offset, reason FROM dead_letters")
    assert offset == 1 and "a bad event" in reason
    assert await rows(pool, "SELECT next_offset FROM consumer_offsets") == [(3,)]


async def test_a_replay_since_positioning_rolls_the_batch_back(
    pool: AsyncConnectionPool[Any],
) -> None:
    tally = Tally()
    runner = runner_of(tally, pool)
    async with pool.connection() as conn:
        await conn.execute(
            "INSERT INTO consumer_generations (consumer, generation) VALUES ('tally', 1)"
        )
    with pytest.raises(Replayed):
        await runner._commit(batch_of([consumed("a", 0)]))
    assert tally.calls == []
    assert await rows(pool, "SELECT count(*) FROM consumer_offsets") == [(0,)]
    async with pool.connection() as conn:  # the connection came back usable, out of autocommit
        assert not conn.autocommit
        cur = await conn.execute("SELECT 1")
        assert await cur.fetchone() == (1,)
