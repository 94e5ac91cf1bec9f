"""The projection runner tells the consumer group how far its read model is (for lag tools) at
most once a second, so a broker round trip is not on every batch's path; what the last batches
left is told when the consumer next finds nothing new, or when it stops. No Kafka: the
consumer is a stand-in that records what it was asked to commit."""

from __future__ import annotations

from typing import Any

import pytest
from aiokafka import TopicPartition
from psycopg_pool import AsyncConnectionPool

from jxc.events.contracts.registry import registry
from jxc.platform import projection
from jxc.platform.projection import ProjectionRunner
from jxc.platform.store import Conn

TP = TopicPartition("t.inventory", 0)


class Nothing:
    name = "nothing"
    topics = ("t.inventory",)
    handles: frozenset[str] = frozenset()

    async def apply(self, conn: Conn, events: Any) -> None: ...

    async def clear(self, conn: Conn) -> None: ...


class Group:
    def __init__(self) -> None:
        self.told: list[dict[TopicPartition, int]] = []

    def assignment(self) -> set[TopicPartition]:
        return {TP}

    async def commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.told.append(dict(offsets))


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    now = [100.0]
    monkeypatch.setattr(projection.time, "monotonic", lambda: now[0])
    return now


async def test_positions_are_told_at_most_once_a_second_and_the_last_when_due(
    clock: list[float],
) -> None:
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool("postgresql://unused", open=False)
    runner = ProjectionRunner(Nothing(), pool, registry, "127.0.0.1:1")
    group = Group()
    consumer: Any = group
    for offset in (10, 20, 30):  # three batches in the same second
        runner.positions[TP] = offset
        await runner._mirror_positions(consumer)
    assert group.told == [{TP: 10}]
    clock[0] += projection.MIRRORED_EVERY_SECONDS
    await runner._mirror_positions(consumer)  # nothing new fetched, a second on: 30 is told
    assert group.told == [{TP: 10}, {TP: 30}]
    runner.positions[TP] = 31
    await runner._mirror_positions(consumer, due=True)  # stopping: told at once
    await runner._mirror_positions(consumer, due=True)  # and only what moved
    assert group.told == [{TP: 10}, {TP: 30}, {TP: 31}]
