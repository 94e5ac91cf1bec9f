"""Projection throughput: how fast `jxc-inventory project stock-ledger` turns a backlog of
purchasing.GoodsReceived events on Kafka into its read model (stock ledger lines, levels).

Each run: a fresh namespace; N events (L lines each, quantity 1 per line) are published to the
namespace's purchasing topic first; then the projection process starts and the benchmark
polls the inventory database every 10 ms for the consumer offsets the projection stores in
the same transaction as its read model (their sum is the number of events applied, the topic
being fresh). A run whose events were dead-lettered instead of applied is an error. Steady
throughput counts from the first committed batch to the moment all N are applied, so process
start-up, migrations and the consumer group join are left out; the figure "incl. start-up"
counts from the process start. Median of R runs.

    .venv/bin/python -m bench.projection_throughput [--events 50000] [--lines 1] [--runs 3]
        [--valuation moving_average|fifo]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import subprocess
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import psycopg
from aiokafka import AIOKafkaConsumer, TopicPartition

from bench.common import (
    LOG_DIR,
    PeakRss,
    cpu_seconds,
    figure,
    gc_pause_seconds,
    machine_ceiling,
    median,
    migrate,
    note,
    scratch,
    server_cpu_seconds,
)
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.harness import BIN, KAFKA_BOOTSTRAP, Stack, free_port
from tests.integration.publishing import envelope_of, publish, receipt

SKUS = [f"SKU-{i:05d}" for i in range(100)]
WAREHOUSES = ["WH-SH", "WH-BJ", "WH-GZ"]
POLL_SECONDS = 0.01
TARGET_PER_S = 20_000  # issue 10's floor for one process


@dataclass
class Run:
    events: int
    lines: int
    publish_s: float
    startup_s: float  # process start -> first batch committed
    steady_s: float  # first batch committed -> all applied
    events_in_steady: int  # events applied after the first batch was seen
    raw_per_s: float  # reference: raw aiokafka consumption of the same backlog
    raw_json_per_s: float  # reference: the same with a json.loads of each value
    peak_rss_mb: float  # the projection process's peak resident set
    cpu_s: float  # CPU the projection process(es) used from the first batch to the last
    gc_s: float  # time they spent in the cyclic collector, start-up to the last batch
    db_s: float  # CPU PostgreSQL used from the first batch to the last
    broker_s: float  # CPU the Kafka broker used in the same time

    @property
    def cpu_us_per_event(self) -> float:
        return self.cpu_s / self.events_in_steady * 1e6

    @property
    def db_us_per_event(self) -> float:
        return self.db_s / self.events_in_steady * 1e6

    @property
    def broker_us_per_event(self) -> float:
        return self.broker_s / self.events_in_steady * 1e6

    @property
    def gc_us_per_event(self) -> float:
        return self.gc_s / self.events * 1e6

    @property
    def events_per_s(self) -> float:
        return self.events_in_steady / self.steady_s

    @property
    def lines_per_s(self) -> float:
        return self.events_per_s * self.lines

    @property
    def events_per_s_incl_startup(self) -> float:
        return self.events / (self.startup_s + self.steady_s)


def backlog(events: int, lines: int, streams: int) -> list[Envelope]:
    """N GoodsReceived events spread over `streams` purchase orders (so over all partitions)."""
    versions: dict[int, int] = {}
    envelopes = []
    for i in range(events):
        stream = i % streams
        versions[stream] = versions.get(stream, 0) + 1
        receipt_lines = [
            (SKUS[(i + j) % len(SKUS)], WAREHOUSES[(i + j) % len(WAREHOUSES)], Decimal(1))
            for j in range(lines)
        ]
        envelopes.append(
            envelope_of(receipt(receipt_lines), f"purchase-order-{stream}", versions[stream])
        )
    return envelopes


async def raw_consume_rate(topic: str, events: int, *, decode: bool) -> float:
    """Reference: records/s plain aiokafka reads the same backlog from offset 0 (no group,
    batches of 2000, like the runner), optionally json-decoding each value."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=KAFKA_BOOTSTRAP,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=8 * 1024 * 1024,
        fetch_max_bytes=64 * 1024 * 1024,
    )
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        if not partitions:
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in partitions]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        seen = 0
        started = time.perf_counter()
        while seen < events:
            batches = await consumer.getmany(timeout_ms=1000, max_records=2000)
            for records in batches.values():
                seen += len(records)
                if decode:
                    for record in records:
                        json.loads(record.value)
            if time.perf_counter() - started > 120:
                raise TimeoutError(f"raw consumer read {seen} of {events}")
        return seen / (time.perf_counter() - started)
    finally:
        await consumer.stop()


async def consumed(conn: psycopg.AsyncConnection[Any], topic: str) -> int:
    """Records of `topic` the projection has committed: its stored offsets (per partition, in
    the read model's own transaction) summed. The topic is fresh, so offsets start at 0."""
    cur = await conn.execute(
        "SELECT coalesce(sum(next_offset), 0)::bigint FROM consumer_offsets WHERE topic = %s",
        (topic,),
    )
    row = await cur.fetchone()
    return int(row[0]) if row else 0


async def dead_lettered(topic: str) -> int:
    """Records in a dead-letter topic (0 if it does not exist)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=KAFKA_BOOTSTRAP, group_id=None)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        if not partitions:
            await consumer._client.force_metadata_update()  # the topic may be new
            partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in partitions]
        ends = await consumer.end_offsets(tps) if tps else {}
        return int(sum(ends.values()))
    finally:
        await consumer.stop()


def known_projections(stack: Stack) -> list[str]:
    """The projections `jxc-inventory project NAME` knows (it names them when NAME is not one)."""
    done = subprocess.run(
        [str(BIN / "jxc-inventory"), "project", "__list__"],
        env=stack.env("inventory"),
        capture_output=True,
        check=False,
    )
    found = re.search(r"known: (.*)$", (done.stdout + done.stderr).decode(), re.MULTILINE)
    return [n.strip() for n in found.group(1).split(",")] if found else []


def pick_projection(stack: Stack, wanted: str) -> str:
    if wanted != "auto":
        return wanted
    known = known_projections(stack)
    if "stock-ledger" in known:
        return "stock-ledger"
    if len(known) == 1:
        return known[0]
    raise SystemExit(f"which inventory projection consumes GoodsReceived? known: {known}")


async def one_run(
    envelopes: list[Envelope],
    lines: int,
    projection: str,
    processes: int,
    batch_size: int | None,
    valuation: str = "moving_average",
) -> Run:
    events = len(envelopes)
    async with scratch() as stack:
        topic = topic_of("purchasing", stack.namespace)
        started = time.perf_counter()
        await publish(topic, envelopes)
        publish_s = time.perf_counter() - started
        raw_per_s = await raw_consume_rate(topic, events, decode=False)
        raw_json_per_s = await raw_consume_rate(topic, events, decode=True)
        db = stack.database("inventory")
        await asyncio.to_thread(migrate, stack, "inventory")
        projection = await asyncio.to_thread(pick_projection, stack, projection)
        extra = {"JXC_INVENTORY_VALUATION": valuation}
        if batch_size is not None:
            extra["JXC_PROJECTION_BATCH_SIZE"] = str(batch_size)
        async with await psycopg.AsyncConnection.connect(db, autocommit=True) as conn:
            t_start = time.perf_counter()
            ports = [free_port() for _ in range(processes)]
            started_processes = [
                stack.start("inventory", "project", projection, JXC_METRICS_PORT=str(port), **extra)
                for port in ports
            ]
            rss = [PeakRss(p.pid) for p in started_processes]
            t_first = first = None
            cpu_first = cpu_done = 0.0
            servers_first = servers_done = (0.0, 0.0)
            deadline = t_start + 600
            while True:
                for r in rss:
                    r.sample()
                done = await consumed(conn, topic)
                now = time.perf_counter()
                if done and t_first is None:
                    t_first, first = now, done
                    cpu_first = sum(cpu_seconds(p.pid) for p in started_processes)
                    servers_first = server_cpu_seconds()
                if done >= events:
                    t_done = now
                    cpu_done = sum(cpu_seconds(p.pid) for p in started_processes)
                    servers_done = server_cpu_seconds()
                    break
                for process in started_processes:
                    if process.poll() is not None:
                        raise RuntimeError(f"the projection exited with {process.returncode}")
                if now > deadline:
                    raise TimeoutError(f"only {done} of {events} events applied")
                await asyncio.sleep(POLL_SECONDS)
            for r in rss:
                r.sample()
            gc_s = sum([await gc_pause_seconds(port) for port in ports])
        dead = await dead_lettered(f"{stack.namespace}.dlq.inventory.{projection}")
        if dead:
            raise RuntimeError(
                f"{dead} events were dead-lettered, not applied: the figures would be "
                f"meaningless (see {LOG_DIR})"
            )
        assert t_first is not None and first is not None
        note(f"projection {projection!r} x {processes} process(es), {valuation}")
        return Run(
            events=events,
            lines=lines,
            publish_s=publish_s,
            startup_s=t_first - t_start,
            steady_s=t_done - t_first,
            events_in_steady=events - first,
            raw_per_s=raw_per_s,
            raw_json_per_s=raw_json_per_s,
            peak_rss_mb=max(r.peak_mb for r in rss),
            cpu_s=cpu_done - cpu_first,
            gc_s=gc_s,
            db_s=servers_done[0] - servers_first[0],
            broker_s=servers_done[1] - servers_first[1],
        )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--lines", type=int, default=1, help="lines per GoodsReceived")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--projection",
        default="auto",
        help="jxc-inventory project NAME (auto: stock-ledger, or the only one there is)",
    )
    parser.add_argument(
        "--processes", type=int, default=1, help="projection processes (one consumer group)"
    )
    parser.add_argument("--streams", type=int, default=1000, help="distinct purchase orders")
    parser.add_argument(
        "--batch-size", type=int, default=None, help="JXC_PROJECTION_BATCH_SIZE (default: 2000)"
    )
    parser.add_argument(
        "--valuation",
        choices=["moving_average", "fifo"],
        default="moving_average",
        help="JXC_INVENTORY_VALUATION: fifo keeps a layer per receipt on hand, so a position "
        "here ends with events / 300 of them",
    )
    args = parser.parse_args()

    built = time.perf_counter()
    envelopes = backlog(args.events, args.lines, args.streams)
    note(
        f"{args.events} GoodsReceived x {args.lines} line(s), {args.streams} streams, "
        f"{len(SKUS) * len(WAREHOUSES)} SKU x warehouse keys; "
        f"built in {time.perf_counter() - built:.1f}s"
    )
    runs: list[Run] = []
    for i in range(1, args.runs + 1):
        run = await one_run(
            envelopes,
            args.lines,
            args.projection,
            args.processes,
            args.batch_size,
            args.valuation,
        )
        runs.append(run)
        note(
            f"run {i}: published in {run.publish_s:.1f}s; start-up {run.startup_s:.2f}s; "
            f"{run.events_in_steady} events after the first batch in {run.steady_s:.2f}s; "
            f"raw aiokafka {run.raw_per_s:.0f}/s (json {run.raw_json_per_s:.0f}/s); "
            f"ratio {run.events_per_s / run.raw_per_s:.3f}; "
            f"{run.cpu_us_per_event:.0f} us CPU per event, "
            f"{run.gc_us_per_event:.1f} us of it in the collector; "
            f"PostgreSQL {run.db_us_per_event:.0f} us, the broker {run.broker_us_per_event:.0f} us"
        )
    for i, run in enumerate(runs, start=1):
        figure(f"run{i}_projection_events_per_s", run.events_per_s, "events/s")
        figure(f"run{i}_projection_lines_per_s", run.lines_per_s, "lines/s")
        figure(
            f"run{i}_projection_events_per_s_incl_startup",
            run.events_per_s_incl_startup,
            "events/s",
        )
    figure("projection_startup_s", median(r.startup_s for r in runs), "s")
    figure(
        "projection_events_per_s_incl_startup",
        median(r.events_per_s_incl_startup for r in runs),
        "events/s",
    )
    figure("projection_lines_per_s", median(r.lines_per_s for r in runs), "lines/s")
    keeper_us = median(r.cpu_us_per_event for r in runs)
    figure("projection_cpu_us_per_event", keeper_us, "us/event")
    figure("projection_gc_us_per_event", median(r.gc_us_per_event for r in runs), "us/event")
    db_us = median(r.db_us_per_event for r in runs)
    broker_us = median(r.broker_us_per_event for r in runs)
    figure("projection_db_cpu_us_per_event", db_us, "us/event")
    figure("projection_broker_cpu_us_per_event", broker_us, "us/event")
    ceiling, budget = machine_ceiling(keeper_us, db_us + broker_us, TARGET_PER_S)
    figure("projection_machine_ceiling_events_per_s", ceiling, "events/s")
    figure("projection_keeper_budget_us_per_event", budget, "us/event")
    figure("projection_peak_rss_mb", max(r.peak_rss_mb for r in runs), "MB")
    figure("raw_aiokafka_records_per_s", median(r.raw_per_s for r in runs), "records/s")
    figure("raw_aiokafka_json_records_per_s", median(r.raw_json_per_s for r in runs), "records/s")
    figure("projection_events_per_s", median(r.events_per_s for r in runs), "events/s")
    figure(
        "projection_to_raw_ratio",
        median(r.events_per_s / r.raw_per_s for r in runs),
        "x",
    )


if __name__ == "__main__":
    asyncio.run(main())
