"""Our event store against the `eventsourcing` library's PostgreSQL recorder, on the same
append workload and the same PostgreSQL server.

Workload, the same for both: N appends, each ONE transaction recording E events (default 1)
of a NEW stream (version 1..E), the payload an encoded purchasing.GoodsReceived (~370 bytes of
JSON; the pydantic encoding is timed for both). Run sequentially (one writer, one connection)
and with W concurrent writers (default 8; W connections). Each side writes to its own fresh
database; durability is the server's (synchronous_commit and fsync as printed).

- ours: `EventStore.append` the way the command handler's tail sends it: a pool connection
  in pipeline mode, BEGIN, the append (ONE statement: INSERT events, INSERT outbox,
  pg_notify), COMMIT, all in one round trip. So ours also writes an outbox row per event and
  a NOTIFY per append, and stores the payload as jsonb (parsed by the server). Async psycopg
  3; concurrent writers are asyncio tasks.
- commit floor (reference): a one-row INSERT per transaction on the same server and
  connection kind, one writer: what a sequential append cannot beat while every commit waits
  for its WAL flush (synchronous_commit on).
- eventsourcing: `PostgresApplicationRecorder.insert_events([StoredEvent, ...])` on a
  `PostgresDatastore` (default settings: no db functions): one pipelined transaction with
  `LOCK TABLE ... IN EXCLUSIVE MODE` (it serialises writers to keep notification ids in
  commit order), NOTIFY, INSERT from unnest of a composite array into bytea. Sync psycopg 3;
  concurrent writers are threads sharing a pool of W connections.

    .venv/bin/python -m bench.store_vs_eventsourcing [--appends 5000] [--writers 8]
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit
from uuid import uuid4

import psycopg
from eventsourcing.persistence import StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore
from psycopg_pool import AsyncConnectionPool

from bench.common import figure, note, scratch
from jxc.events.base import DomainEvent
from jxc.events.contracts import registry
from jxc.events.ids import uuid7
from jxc.events.registry import encode
from jxc.platform.commands import Pipelined
from jxc.platform.schema import PLATFORM_STEPS, statements
from jxc.platform.store import EventStore, Metadata
from tests.integration.harness import PG_ADMIN_URL, Stack
from tests.integration.publishing import receipt

WARMUP = 100


def workload(appends: int, per_append: int) -> list[list[DomainEvent]]:
    return [
        [
            receipt([(f"SKU-{(i + j) % 500:05d}", "WH-SH", Decimal(j + 1))])
            for j in range(per_append)
        ]
        for i in range(appends)
    ]


# ---- ours -------------------------------------------------------------------------------


async def ours(dsn: str, batches: list[list[DomainEvent]], writers: int) -> float:
    """Appends per second through EventStore.append, as the command handler calls it."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        # The platform's schema as its migrations leave it (every step, through step 6).
        for schema in PLATFORM_STEPS:
            for statement in statements(schema):
                conn.execute(statement)
    store = EventStore(registry, "/jxc/bench", "bench.purchasing.events")
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        dsn, min_size=writers, max_size=writers, open=False
    )
    await pool.open(wait=True)

    async def append(events: list[DomainEvent]) -> None:
        meta = Metadata(occurred_at=datetime.now(UTC), correlation_id=uuid7())
        async with pool.connection() as conn:
            tx = Pipelined(conn)  # the command handler's transaction: BEGIN .. COMMIT queued
            await tx.begin()
            try:
                await store.append(conn, f"bench-{uuid4()}", 0, events, meta)
                await tx.commit()
            except BaseException as exc:
                await tx.abandon(exc)
                raise

    async def writer(share: list[list[DomainEvent]]) -> None:
        for events in share:
            await append(events)

    try:
        await asyncio.gather(*(writer(batches[i:WARMUP:writers]) for i in range(writers)))
        timed = batches[WARMUP:]
        started = time.perf_counter()
        await asyncio.gather(*(writer(timed[i::writers]) for i in range(writers)))
        elapsed = time.perf_counter() - started
        async with pool.connection() as conn:
            cur = await conn.execute("SELECT (SELECT count(*) FROM events), count(*) FROM outbox")
            counts = await cur.fetchone()
        want = sum(len(b) for b in batches)
        if counts != (want, want):
            raise RuntimeError(f"ours stored {counts}, not {want} events and outbox rows")
        return len(timed) / elapsed
    finally:
        await pool.close()


async def commit_floor(dsn: str, appends: int) -> float:
    """Transactions per second of a bare one-row INSERT, one writer, pipelined like ours."""
    conn = await psycopg.AsyncConnection.connect(dsn, autocommit=True)
    try:
        await conn.execute("CREATE TABLE floor (n int)")
        started = time.perf_counter()
        for i in range(appends):
            async with conn.pipeline():
                await conn.execute("BEGIN")
                await conn.execute("INSERT INTO floor VALUES (%s)", (i,))
                await conn.execute("COMMIT")
        return appends / (time.perf_counter() - started)
    finally:
        await conn.close()


# ---- eventsourcing ------------------------------------------------------------------------


def eventsourcing(dsn: str, batches: list[list[DomainEvent]], writers: int) -> float:
    """Appends per second through PostgresApplicationRecorder.insert_events."""
    parts = urlsplit(dsn)
    datastore = PostgresDatastore(
        dbname=parts.path.lstrip("/"),
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=parts.username or "",
        password=parts.password or "",
        pool_size=writers,
    )
    recorder = PostgresApplicationRecorder(datastore)
    recorder.create_table()

    def append(events: list[DomainEvent]) -> None:
        stream = uuid4()
        recorder.insert_events(
            [
                StoredEvent(stream, version, _topic(event), encode(event))
                for version, event in enumerate(events, start=1)
            ]
        )

    def writer(share: list[list[DomainEvent]]) -> None:
        for events in share:
            append(events)

    try:
        with ThreadPoolExecutor(writers) as threads:
            list(threads.map(writer, [batches[i:WARMUP:writers] for i in range(writers)]))
            timed = batches[WARMUP:]
            barrier = threading.Barrier(writers + 1)

            def gated(share: list[list[DomainEvent]]) -> None:
                barrier.wait()
                writer(share)

            futures = [threads.submit(gated, timed[i::writers]) for i in range(writers)]
            barrier.wait()
            started = time.perf_counter()
            for future in futures:
                future.result()
            elapsed = time.perf_counter() - started
        with datastore.get_connection() as conn:
            row = conn.execute("SELECT count(*) AS n FROM stored_events").fetchone()
        want = sum(len(b) for b in batches)
        if row is None or row["n"] != want:
            raise RuntimeError(f"eventsourcing stored {row}, not {want} events")
        return len(timed) / elapsed
    finally:
        datastore.close()


def _topic(event: DomainEvent) -> str:
    return f"{type(event).__module__}:{type(event).__qualname__}"


# ---- main ---------------------------------------------------------------------------------


def server_settings() -> str:
    with psycopg.connect(PG_ADMIN_URL) as conn:
        values = [
            conn.execute(f"SHOW {name}").fetchone()[0]  # type: ignore[index]
            for name in ("server_version", "synchronous_commit", "fsync", "wal_sync_method")
        ]
    return "PostgreSQL {}, synchronous_commit={}, fsync={}, wal_sync_method={}".format(*values)


async def measure(
    stack: Stack,
    name: str,
    batches: list[list[DomainEvent]],
    writers: int,
    results: dict[str, float],
) -> None:
    label = f"{name}_{writers}w"
    dsn = await asyncio.to_thread(stack.database, label.replace("-", "_"))
    if name == "ours":
        results[label] = await ours(dsn, batches, writers)
    else:
        results[label] = await asyncio.to_thread(eventsourcing, dsn, batches, writers)
    await asyncio.to_thread(_drop, stack, label)
    note(f"{label}: {results[label]:.0f} appends/s")


def _drop(stack: Stack, label: str) -> None:
    from tests.integration.harness import drop_database

    drop_database(f"jxct_{stack.namespace}_{label}")
    stack.databases.pop(label, None)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--appends", type=int, default=5000, help="timed appends per case")
    parser.add_argument("--events", type=int, default=1, help="events per append")
    parser.add_argument("--writers", type=int, default=8, help="concurrent writers")
    args = parser.parse_args()

    batches = workload(args.appends + WARMUP, args.events)
    size = len(encode(batches[0][0]))
    note(server_settings())
    note(
        f"{args.appends} appends of {args.events} event(s) to a new stream, payload {size} "
        f"bytes of JSON, each append one transaction (+{WARMUP} warm-up appends untimed)"
    )
    note("ours also writes an outbox row per event and a NOTIFY per append, payload as jsonb;")
    note("eventsourcing takes an EXCLUSIVE table lock and NOTIFY per append, payload as bytea")
    results: dict[str, float] = {}
    async with scratch(topics=False) as stack:
        for writers in (1, args.writers):
            for name in ("ours", "eventsourcing"):
                await measure(stack, name, batches, writers, results)
        dsn = await asyncio.to_thread(stack.database, "floor")
        results["floor"] = await commit_floor(dsn, args.appends)
        await asyncio.to_thread(_drop, stack, "floor")

    one, many = 1, args.writers
    figure("ours_appends_per_s", results[f"ours_{one}w"], "appends/s")
    figure("eventsourcing_appends_per_s", results[f"eventsourcing_{one}w"], "appends/s")
    figure("ratio", results[f"ours_{one}w"] / results[f"eventsourcing_{one}w"], "x")
    figure("commit_floor_per_s", results["floor"], "transactions/s")
    figure(f"ours_appends_per_s_{many}_writers", results[f"ours_{many}w"], "appends/s")
    figure(
        f"eventsourcing_appends_per_s_{many}_writers",
        results[f"eventsourcing_{many}w"],
        "appends/s",
    )
    figure(
        f"ratio_{many}_writers", results[f"ours_{many}w"] / results[f"eventsourcing_{many}w"], "x"
    )


if __name__ == "__main__":
    asyncio.run(main())
