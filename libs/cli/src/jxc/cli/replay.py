"""`jxc replay CONSUMER` and `jxc dlq retry`: what only a service can do (it alone knows its
projections) is asked of its own command, `jxc-<service> rebuild|dlq-retry`; the progress of a
replay is read from outside: the consumer's stored offsets (in the service's database, next to
the read model) against the ends of the topics it reads.

The replay is safe while the service runs: its runners replay the projection themselves
(jxc.platform.replays)."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from aiokafka import AIOKafkaConsumer, TopicPartition
from sqlalchemy import bindparam, select

from jxc.cli.status import SERVICES, partition_ends
from jxc.platform.kafka import client_security
from jxc.platform.statements import Statement
from jxc.platform.tables import consumer_offsets

POSITIONS = Statement(
    select(
        consumer_offsets.c.topic, consumer_offsets.c.partition, consumer_offsets.c.next_offset
    ).where(consumer_offsets.c.consumer == bindparam("consumer"))
)


class ReplayError(Exception):
    """The replay could not be started (what the service said) or did not go on."""


def split_consumer(name: str) -> tuple[str, str]:
    """`[namespace.]service.projection` (as `jxc status` shows consumers) → service, projection."""
    parts = name.split(".")
    if len(parts) < 2 or parts[-2] not in SERVICES or not parts[-1]:
        raise ValueError(
            f"{name!r} is not a consumer: expected SERVICE.PROJECTION as `jxc status` shows "
            f"them (e.g. jxc.purchasing.supplier-scorecard); services: {', '.join(SERVICES)}"
        )
    return parts[-2], parts[-1]


def service_command(service: str) -> str:
    """The service's own command: next to this Python's (a virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / f"jxc-{service}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"jxc-{service}")
    if found is None:
        raise ReplayError(f"jxc-{service} is not installed here (not beside {sys.executable})")
    return found


def run_service(service: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [service_command(service), *args], capture_output=True, text=True, check=False
    )


def answers_of(output: str, key: str) -> list[dict[str, Any]]:
    """The JSON objects with `key` among a service command's output lines (its logs are JSON
    lines on the same stream)."""
    found = []
    for line in output.splitlines():
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict) and key in value:
                found.append(value)
    return found


@dataclass(frozen=True)
class Started:
    consumer: str
    topics: list[str]
    generation: int


def start(service: str, projection: str, by: str) -> Started:
    """Clear the read model and forget the offsets (the service's `rebuild`)."""
    done = run_service(service, "rebuild", projection, "--json", "--by", by)
    if done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip()).splitlines()
        raise ReplayError(said[-1] if said else f"jxc-{service} rebuild exited {done.returncode}")
    answers = answers_of(done.stdout, "topics")
    if not answers:
        raise ReplayError(f"jxc-{service} rebuild did not say what it did")
    answer = answers[-1]
    return Started(answer["consumer"], list(answer["topics"]), int(answer["generation"]))


@dataclass(frozen=True)
class Progress:
    applied: int  # records of the topics the consumer is past (since the beginning)
    total: int  # records in the topics now

    @property
    def caught_up(self) -> bool:
        return self.applied >= self.total


async def watch(
    dsn: str, bootstrap: str, consumer: str, topics: Sequence[str], every: float = 0.5
) -> AsyncIterator[Progress]:
    """The consumer's progress through `topics`, every `every` seconds, until it is caught up
    (the last one yielded)."""
    begins, _ = await partition_ends(bootstrap, topics)
    partitions = sorted(begins, key=lambda tp: (tp.topic, tp.partition))
    kafka = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, request_timeout_ms=10_000, **client_security()
    )
    await kafka.start()
    try:
        async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
            while True:
                ends: dict[TopicPartition, int] = await kafka.end_offsets(partitions)
                rows = await (
                    await conn.execute(POSITIONS.sql, POSITIONS.args(consumer=consumer))
                ).fetchall()
                stored = {TopicPartition(t, p): o for t, p, o in rows}
                seen = Progress(
                    sum(min(stored.get(tp, begins[tp]), ends[tp]) - begins[tp] for tp in ends),
                    sum(ends[tp] - begins[tp] for tp in ends),
                )
                yield seen
                if all(stored.get(tp, begins[tp]) >= ends[tp] for tp in ends):
                    return
                await asyncio.sleep(every)
    finally:
        await kafka.stop()


class Rate:
    """Records per second over the last few seconds."""

    def __init__(self, window: float = 5.0) -> None:
        self.window = window
        self.samples: list[tuple[float, int]] = []

    def add(self, applied: int, at: float | None = None) -> float:
        now = time.monotonic() if at is None else at
        self.samples.append((now, applied))
        while len(self.samples) > 2 and now - self.samples[0][0] > self.window:
            self.samples.pop(0)
        (t0, a0), (t1, a1) = self.samples[0], self.samples[-1]
        return (a1 - a0) / (t1 - t0) if t1 > t0 else 0.0
