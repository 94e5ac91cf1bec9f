"""What `jxc status` gathers about a running JXC, per service: readiness (its /readyz), the
outbox backlog and the age of its oldest unsent row, how far behind each consumer is per
topic partition (its position, kept in PostgreSQL next to the read model, against the
partition's end in Kafka) and its dead letters."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import psycopg
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from sqlalchemy import func, select

from jxc.platform.kafka import client_security
from jxc.platform.settings import ServiceSettings
from jxc.platform.statements import Statement
from jxc.platform.tables import consumer_offsets, dead_letters, outbox

SERVICES = ("purchasing", "sales", "inventory", "finance", "crm")
PORTS = {"purchasing": 8001, "sales": 8002, "inventory": 8003, "finance": 8004, "crm": 8005}

OUTBOX_BACKLOG = Statement(
    select(func.count(), func.min(outbox.c.created_at)).where(
        outbox.c.sent_at.is_(None), outbox.c.parked_at.is_(None)
    )
)
OUTBOX_PARKED = Statement(
    select(func.count()).where(outbox.c.sent_at.is_(None), outbox.c.parked_at.is_not(None))
)
POSITIONS = Statement(
    select(
        consumer_offsets.c.consumer,
        consumer_offsets.c.topic,
        consumer_offsets.c.partition,
        consumer_offsets.c.next_offset,
    ).order_by(consumer_offsets.c.consumer, consumer_offsets.c.topic, consumer_offsets.c.partition)
)
DEAD_LETTERS = Statement(
    select(
        dead_letters.c.consumer,
        func.count(),
        func.count().filter(dead_letters.c.sent_at.is_(None)),
        func.count().filter(dead_letters.c.retried_at.is_(None)),
    )
    .group_by(dead_letters.c.consumer)
    .order_by(dead_letters.c.consumer)
)


@dataclass(frozen=True)
class Where:
    """Where one service is: its API and its database."""

    service: str
    url: str
    dsn: str

    @classmethod
    def from_env(cls, service: str) -> Where:
        url = os.environ.get(f"JXC_{service.upper()}_URL", f"http://127.0.0.1:{PORTS[service]}")
        return cls(service, url.rstrip("/"), ServiceSettings(service=service).dsn())


@dataclass(frozen=True)
class Lag:
    consumer: str
    topic: str
    partition: int
    position: int  # the next offset the read model will apply
    end: int  # the partition's end (high watermark)

    @property
    def behind(self) -> int:
        return max(self.end - self.position, 0)


@dataclass(frozen=True)
class DeadLetters:
    consumer: str
    total: int
    unsent: int
    open: int = 0  # not applied by a retry (jxc dlq retry)


@dataclass
class ServiceStatus:
    service: str
    url: str
    ready: bool | None = None  # None: the API did not answer
    checks: dict[str, Any] = field(default_factory=dict)
    outbox_backlog: int | None = None
    oldest_unsent: timedelta | None = None
    outbox_parked: int | None = None
    lags: list[Lag] = field(default_factory=list)
    dead_letters: list[DeadLetters] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def behind(self) -> int:
        return sum(lag.behind for lag in self.lags)


async def readiness(client: httpx.AsyncClient, status: ServiceStatus) -> None:
    try:
        response = await client.get(f"{status.url}/readyz")
    except httpx.HTTPError as exc:
        status.problems.append(f"API: {type(exc).__name__}")
        return
    status.ready = response.status_code == 200
    try:
        body = response.json()
    except ValueError:
        body = {}
    status.checks = body.get("checks", body) if isinstance(body, dict) else {}


async def from_database(
    where: Where, status: ServiceStatus, now: datetime
) -> list[tuple[str, str, int, int]]:
    """Outbox and dead letters into `status`; the consumers' stored positions returned."""
    try:
        async with await psycopg.AsyncConnection.connect(where.dsn, connect_timeout=3) as conn:
            backlog, oldest = await (await conn.execute(OUTBOX_BACKLOG.sql)).fetchone() or (0, None)
            (parked,) = await (await conn.execute(OUTBOX_PARKED.sql)).fetchone() or (0,)
            status.outbox_backlog, status.outbox_parked = backlog, parked
            status.oldest_unsent = (now - oldest) if oldest is not None else None
            status.dead_letters = [
                DeadLetters(consumer, total, unsent, still_open)
                for consumer, total, unsent, still_open in await (
                    await conn.execute(DEAD_LETTERS.sql)
                ).fetchall()
            ]
            rows = await (await conn.execute(POSITIONS.sql)).fetchall()
            return [(c, t, p, o) for c, t, p, o in rows]
    except psycopg.Error as exc:
        status.problems.append(f"database: {str(exc).strip().splitlines()[0]}")
        return []


async def partition_ends(
    bootstrap: str, topics: Sequence[str]
) -> tuple[dict[TopicPartition, int], dict[TopicPartition, int]]:
    """Every partition of `topics`: its beginning and its end offset."""
    if not topics:
        return {}, {}
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=5_000, **client_security()
    )
    await admin.start()
    try:
        described = await admin.describe_topics(list(topics))
    finally:
        await admin.close()
    partitions = [
        TopicPartition(topic["topic"], p["partition"])
        for topic in described
        if not topic["error_code"]  # a topic since deleted: nothing to be behind on
        for p in sorted(topic["partitions"], key=lambda p: p["partition"])
    ]
    if not partitions:
        return {}, {}
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, request_timeout_ms=5_000, **client_security()
    )
    await consumer.start()
    try:
        begins = await consumer.beginning_offsets(partitions)
        ends = await consumer.end_offsets(partitions)
        return begins, ends
    finally:
        await consumer.stop()


def lags(
    positions: Sequence[tuple[str, str, int, int]],
    begins: dict[TopicPartition, int],
    ends: dict[TopicPartition, int],
) -> list[Lag]:
    """Per consumer, every partition of the topics it reads: one it has no position on yet is
    read from its beginning."""
    stored = {(c, TopicPartition(t, p)): o for c, t, p, o in positions}
    reads: dict[str, set[str]] = {}
    for consumer, topic, _, _ in positions:
        reads.setdefault(consumer, set()).add(topic)
    found = []
    for consumer in sorted(reads):
        for tp in sorted(ends, key=lambda tp: (tp.topic, tp.partition)):
            if tp.topic not in reads[consumer]:
                continue
            position = stored.get((consumer, tp), begins.get(tp, 0))
            found.append(Lag(consumer, tp.topic, tp.partition, position, ends[tp]))
    return found


async def gather(
    places: Sequence[Where], bootstrap: str, now: datetime | None = None
) -> list[ServiceStatus]:
    now = now or datetime.now(UTC)
    statuses = [ServiceStatus(w.service, w.url) for w in places]
    async with httpx.AsyncClient(timeout=3) as client:
        asked = [asyncio.create_task(readiness(client, s)) for s in statuses]
        positions = await asyncio.gather(
            *(from_database(w, s, now) for w, s in zip(places, statuses, strict=True))
        )
        await asyncio.gather(*asked)
    topics = sorted({t for rows in positions for _, t, _, _ in rows})
    try:
        begins, ends = await partition_ends(bootstrap, topics)
    except Exception as exc:
        for status in statuses:
            if status.ready is not None or status.outbox_backlog is not None:
                status.problems.append(f"Kafka: {exc!r}")
        return statuses
    for status, rows in zip(statuses, positions, strict=True):
        status.lags = lags(rows, begins, ends)
    return statuses
