"""Rebuild: replaying a backlog of 1,000,000 purchasing.GoodsReceived events (one line each,
spread over SKUs x warehouses) from Kafka offset 0 into an empty stock model, and checking that
the rebuilt model equals the one first projected.

One scratch namespace: the events are published to its purchasing topic (not timed), the
inventory database is migrated and `jxc-inventory project stock-keeper` projects them all once.
The model is snapshot (stock positions; the ledger's count, sums and an order-independent
checksum of its lines, in all and per position; inventory's own events). Then the rebuild: the
process is stopped, every table of the model is emptied (positions, balances, layers, ledger,
inventory's events and outbox, processed ids and the stored offsets, so the consumer starts
from offset 0), the process starts again and replays the whole topic. The stock keeper is
inventory's write side, so `jxc-inventory rebuild` refuses it (README.md, 'Rebuilding'): in
production its model comes back from a backup; here, with nothing but these receipts in the
namespace, emptying the database is exactly the empty model the issue asks to replay into.

    .venv/bin/python -m bench.rebuild [--events 1000000] [--skus 2000] [--warehouses 10]

Figures: `rebuild_seconds` (process start to all applied: start-up, group join and replay)
beside the target of 60 s, `rebuild_events_per_s` (from the first committed batch),
`rebuild_cpu_us_per_event` (and `rebuild_gc_us_per_event`, the part of it the collector took,
from the process's /metrics), the first projection's figures, and `equal: true|false`.
"""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import psycopg
from aiokafka import AIOKafkaProducer

from bench.common import (
    LOG_DIR,
    PeakRss,
    cpu_seconds,
    figure,
    gc_pause_seconds,
    machine_ceiling,
    migrate,
    note,
    scratch,
    server_cpu_seconds,
)
from bench.projection_throughput import consumed, dead_lettered
from jxc.events.cloudevents import to_kafka
from jxc.platform.settings import topic_of
from tests.integration.harness import KAFKA_BOOTSTRAP, Stack, free_port, stop
from tests.integration.publishing import envelope_of, receipt

TARGET_S = 60.0
CONSUMER = "stock-keeper"
POLL_SECONDS = 0.2


Record = tuple[bytes, bytes, list[tuple[str, bytes]]]


def records(events: int, skus: int, warehouses: int, streams: int) -> list[Record]:
    """(key, value, headers) of N GoodsReceived of one line, written from one template
    (pydantic encodes it once): the SKU, warehouse, unit cost, receipt and ids vary."""
    sku_t, wh_t = "SKU-TEMPLATE", "WH-TEMPLATE"
    template = envelope_of(receipt([(sku_t, wh_t, Decimal(1))]), "purchase-order-TEMPLATE", 7)
    _, value_t, headers_t = to_kafka(template)
    assert value_t.count(b'"2.50"') == 1 and value_t.count(str(template.event_id).encode()) == 0
    receipt_id = value_t.split(b'"receipt_id":"', 1)[1][:36]
    names = [name for name, _ in headers_t]
    at = {name: i for i, name in enumerate(names)}
    now = datetime.now(UTC).isoformat().replace("+00:00", "Z").encode()
    versions = [0] * streams
    out = []
    for i in range(events):
        sku, wh, stream = i % skus, (i // skus) % warehouses, i % streams
        versions[stream] += 1
        value = (
            value_t.replace(sku_t.encode(), f"SKU-{sku:06d}".encode())
            .replace(wh_t.encode(), f"WH-{wh:03d}".encode())
            .replace(b'"2.50"', f'"{1 + sku % 97 / 4:.2f}"'.encode())
            .replace(receipt_id, str(uuid.uuid4()).encode())
        )
        headers = list(headers_t)
        subject = f"purchase-order-{stream}".encode()
        headers[at["ce_id"]] = ("ce_id", str(uuid.uuid4()).encode())
        headers[at["ce_subject"]] = ("ce_subject", subject)
        headers[at["ce_streamversion"]] = ("ce_streamversion", str(versions[stream]).encode())
        headers[at["ce_correlationid"]] = ("ce_correlationid", str(uuid.uuid4()).encode())
        headers[at["ce_time"]] = ("ce_time", now)
        headers[at["ce_recordedtime"]] = ("ce_recordedtime", now)
        out.append((subject, value, headers))
    return out


async def produce(topic: str, batch: list[Record]) -> None:
    """Sent without awaiting each record (linger, large batches); all acknowledged at the end."""
    producer = AIOKafkaProducer(
        bootstrap_servers=KAFKA_BOOTSTRAP,
        linger_ms=50,
        max_batch_size=1024 * 1024,
        max_request_size=8 * 1024 * 1024,
        acks=1,
    )
    await producer.start()
    try:
        pending = []
        for key, value, headers in batch:
            pending.append(await producer.send(topic, value=value, key=key, headers=headers))
            if len(pending) >= 50_000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


@dataclass
class Pass:
    seconds: float  # process start -> all applied
    steady_s: float  # first committed batch -> all applied
    events_in_steady: int
    cpu_s: float
    peak_rss_mb: float
    gc_s: float  # in the cyclic collector, start-up to the last batch
    servers_s: tuple[float, float]  # CPU PostgreSQL and the broker used meanwhile (steady)

    @property
    def events_per_s(self) -> float:
        return self.events_in_steady / self.steady_s if self.steady_s else 0.0

    @property
    def cpu_us_per_event(self) -> float:
        return self.cpu_s / self.events_in_steady * 1e6 if self.events_in_steady else 0.0

    def gc_us_per_event(self, events: int) -> float:
        return self.gc_s / events * 1e6 if events else 0.0

    @property
    def servers_us_per_event(self) -> tuple[float, float]:
        n = self.events_in_steady or 1
        return self.servers_s[0] / n * 1e6, self.servers_s[1] / n * 1e6


async def project(stack: Stack, topic: str, events: int) -> Pass:
    """Start the stock keeper, wait until its stored offsets cover all `events`, stop it."""
    db = stack.database("inventory")
    async with await psycopg.AsyncConnection.connect(db, autocommit=True) as conn:
        started = time.perf_counter()
        port = free_port()
        process = stack.start("inventory", "project", CONSUMER, JXC_METRICS_PORT=str(port))
        rss = PeakRss(process.pid)
        t_first = None
        first = 0
        cpu_first = 0.0
        servers_first = (0.0, 0.0)
        deadline = started + 3600
        try:
            while True:
                rss.sample()
                done = await consumed(conn, topic)
                now = time.perf_counter()
                if done and t_first is None:
                    t_first, first, cpu_first = now, done, cpu_seconds(process.pid)
                    servers_first = server_cpu_seconds()
                if done >= events:
                    cpu_done = cpu_seconds(process.pid)
                    servers_done = server_cpu_seconds()
                    break
                if process.poll() is not None:
                    raise RuntimeError(f"the projection exited with {process.returncode}")
                if now > deadline:
                    raise TimeoutError(f"only {done} of {events} events applied")
                await asyncio.sleep(POLL_SECONDS)
            rss.sample()
            gc_s = await gc_pause_seconds(port)
        finally:
            await asyncio.to_thread(stop, process)
        assert t_first is not None
        return Pass(
            now - started,
            now - t_first,
            events - first,
            cpu_done - cpu_first,
            rss.peak_mb,
            gc_s,
            (servers_done[0] - servers_first[0], servers_done[1] - servers_first[1]),
        )


_SNAPSHOT = {
    "positions": "SELECT count(*), coalesce(sum(hashtextextended(concat_ws('|', sku, warehouse, "
    "unit, currency, on_hand, reserved, value, last_unit_cost, in_transit, version), 0)"
    "::numeric), 0), coalesce(sum(on_hand), 0), coalesce(sum(value), 0) FROM stock_positions",
    "ledger": "SELECT count(*), coalesce(sum(quantity), 0), coalesce(sum(value_change), 0), "
    "coalesce(sum(hashtextextended(concat_ws('|', sku, warehouse, movement, reason, quantity, "
    "unit, unit_cost, value_change, currency, source_event_id, document_id, cause_line), 0)"
    "::numeric), 0) FROM stock_ledger",
    "ledger_per_position": "SELECT sku, warehouse, count(*), sum(quantity), sum(value_change), "
    "max(on_hand_after), max(value_after) FROM stock_ledger GROUP BY sku, warehouse "
    "ORDER BY sku, warehouse",
    "events": "SELECT count(*), count(DISTINCT stream_id), max(stream_version) FROM events",
}


async def snapshot(db: str) -> dict[str, Any]:
    async with await psycopg.AsyncConnection.connect(db, autocommit=True) as conn:
        taken: dict[str, Any] = {}
        for name, sql in _SNAPSHOT.items():
            cur = await conn.execute(sql)
            taken[name] = await cur.fetchall()
        return taken


async def empty_the_model(db: str) -> None:
    """Every table but Alembic's emptied: the model, inventory's events, the offsets."""
    async with await psycopg.AsyncConnection.connect(db, autocommit=True) as conn:
        cur = await conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version'"
        )
        tables = [row[0] for row in await cur.fetchall()]
        await conn.execute(
            "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
        )
        cur = await conn.execute("SELECT count(*) FROM consumer_offsets")
        row = await cur.fetchone()
        assert row is not None and row[0] == 0


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--skus", type=int, default=2000)
    parser.add_argument("--warehouses", type=int, default=10)
    parser.add_argument("--streams", type=int, default=10_000, help="distinct purchase orders")
    args = parser.parse_args()

    built = time.perf_counter()
    batch = records(args.events, args.skus, args.warehouses, args.streams)
    note(
        f"{args.events} GoodsReceived x 1 line, {args.skus} SKUs x {args.warehouses} "
        f"warehouses, {args.streams} purchase orders; built in {time.perf_counter() - built:.1f}s"
    )
    async with scratch() as stack:
        topic = topic_of("purchasing", stack.namespace)
        started = time.perf_counter()
        await produce(topic, batch)
        del batch
        note(f"published in {time.perf_counter() - started:.1f}s (not timed)")
        db = stack.database("inventory")
        await asyncio.to_thread(migrate, stack, "inventory")
        first = await project(stack, topic, args.events)
        note(
            f"first projection: {first.seconds:.1f}s in all, {first.events_per_s:.0f} events/s "
            f"after its first batch, {first.cpu_us_per_event:.0f} us CPU per event"
        )
        original = await snapshot(db)
        await empty_the_model(db)
        rebuilt_pass = await project(stack, topic, args.events)
        rebuilt = await snapshot(db)
        dead = await dead_lettered(f"{stack.namespace}.dlq.inventory.{CONSUMER}")
        if dead:
            raise RuntimeError(f"{dead} events were dead-lettered, not applied (see {LOG_DIR})")
        equal = original == rebuilt
        if not equal:
            for name in original:
                if original[name] != rebuilt[name]:
                    note(f"{name} differs: {original[name][:3]} vs {rebuilt[name][:3]}")
        positions, _, on_hand, value = original["positions"][0]
        lines = original["ledger"][0][0]
        note(
            f"model: {positions} positions, {lines} ledger lines, on hand {on_hand}, "
            f"value {value}; rebuild = empty model + replay from offset 0"
        )
    figure("rebuild_events", args.events, "events")
    figure("first_projection_seconds", first.seconds, "s")
    figure("first_projection_events_per_s", first.events_per_s, "events/s")
    figure("first_projection_cpu_us_per_event", first.cpu_us_per_event, "us/event")
    figure("rebuild_events_per_s", rebuilt_pass.events_per_s, "events/s")
    figure("rebuild_cpu_us_per_event", rebuilt_pass.cpu_us_per_event, "us/event")
    figure("rebuild_gc_us_per_event", rebuilt_pass.gc_us_per_event(args.events), "us/event")
    db_us, broker_us = rebuilt_pass.servers_us_per_event
    figure("rebuild_db_cpu_us_per_event", db_us, "us/event")
    figure("rebuild_broker_cpu_us_per_event", broker_us, "us/event")
    ceiling, budget = machine_ceiling(
        rebuilt_pass.cpu_us_per_event, db_us + broker_us, 1_000_000 / TARGET_S
    )
    figure("rebuild_machine_ceiling_events_per_s", ceiling, "events/s")
    figure("rebuild_keeper_budget_us_per_event", budget, "us/event")
    figure("rebuild_peak_rss_mb", max(first.peak_rss_mb, rebuilt_pass.peak_rss_mb), "MB")
    figure("rebuild_seconds", rebuilt_pass.seconds, "s")
    figure("rebuild_target_seconds", TARGET_S, "s")
    if args.events != 1_000_000:
        figure(
            "rebuild_seconds_for_1000000_at_this_rate",
            1_000_000 / rebuilt_pass.events_per_s if rebuilt_pass.events_per_s else 0.0,
            "s",
        )
    print(f"equal: {'true' if equal else 'false'}", flush=True)
    if not equal:
        raise SystemExit("the rebuilt model differs from the original")


if __name__ == "__main__":
    asyncio.run(main())
