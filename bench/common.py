"""What the benchmarks share: a scratch namespace (databases + topics) that is always cleaned
up, figures printed as `name: value unit`, percentiles."""

from __future__ import annotations

import asyncio
import math
import os
import secrets
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager

import httpx
from aiokafka.admin import AIOKafkaAdminClient

from jxc.platform.kafka import delete_topics as delete_namespace_topics
from jxc.platform.kafka import ensure_topics, kafka_answers
from jxc.platform.settings import topic_of
from tests.integration.harness import BIN, KAFKA_BOOTSTRAP, ROOT, SERVICES, Stack

LOG_DIR = ROOT / ".data" / "bench-logs"


def new_stack() -> Stack:
    """A fresh namespace `b<hex>`: databases `jxct_b<hex>_<service>`, topics `b<hex>.*`."""
    return Stack(namespace=f"b{secrets.token_hex(4)}", log_dir=LOG_DIR)


@asynccontextmanager
async def scratch(*, topics: bool = True) -> AsyncIterator[Stack]:
    """A namespace for one run; its processes, databases and topics are gone afterwards."""
    stack = new_stack()
    try:
        if topics:
            await wait_for_kafka()
            names = [topic_of(c, stack.namespace) for c in SERVICES]
            await ensure_topics(KAFKA_BOOTSTRAP, names)
            await wait_for_leaders(names)
        yield stack
    finally:
        stack.stop_all()
        stack.drop()
        if topics:
            await delete_topics(stack.namespace)


def migrate(stack: Stack, service: str) -> None:
    """`jxc-<service> migrate` for the namespace's database, quietly (its output on failure)."""
    done = subprocess.run(
        [str(BIN / f"jxc-{service}"), "migrate"],
        env=stack.env(service),
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"jxc-{service} migrate failed:\n{done.stdout.decode()}{done.stderr.decode()}"
        )


async def wait_for_kafka(timeout: float = 90) -> None:
    """The broker may be restarting (another engineer's test stops it for ~30 s): wait."""
    deadline = time.monotonic() + timeout
    warned = False
    while not await kafka_answers(KAFKA_BOOTSTRAP):
        if time.monotonic() > deadline:
            raise RuntimeError(f"Kafka at {KAFKA_BOOTSTRAP} did not answer in {timeout:.0f}s")
        if not warned:
            print(f"# waiting for Kafka at {KAFKA_BOOTSTRAP} ...", file=sys.stderr, flush=True)
            warned = True
        await asyncio.sleep(1)


async def wait_for_leaders(topics: list[str], timeout: float = 30) -> None:
    """New topics answer NotLeaderForPartition for a moment: wait until every partition has
    a leader, so a producer's first sends are not retried (and counted) in the figures."""
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP, request_timeout_ms=10_000)
    await admin.start()
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            described = await admin.describe_topics(topics)
            if all(
                t["error_code"] == 0
                and t["partitions"]
                and all(p["leader"] >= 0 for p in t["partitions"])
                for t in described
            ):
                break
            await asyncio.sleep(0.1)
    finally:
        await admin.close()
    await asyncio.sleep(0.5)  # the broker's own metadata cache follows the controller


async def delete_topics(namespace: str) -> None:
    """Delete every topic of the namespace (the contexts' topics and dead-letter topics)."""
    try:
        await delete_namespace_topics(KAFKA_BOOTSTRAP, f"{namespace}.")
    except Exception as exc:  # cleanup must not hide the figures
        print(f"# could not delete topics of {namespace}: {exc!r}", file=sys.stderr)


class PeakRss:
    """A process's peak resident set: the kernel's high-water mark (VmHWM), read while the
    process lives (it is gone from /proc after it exits)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kb = 0

    def sample(self) -> None:
        try:
            with open(f"/proc/{self.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                        return
        except (FileNotFoundError, ProcessLookupError, ValueError):
            pass

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


async def gc_pause_seconds(port: int) -> float:
    """Seconds a service process has spent in the cyclic collector since it started (its
    /metrics: jxc_gc_pause_seconds, every generation); 0 if it does not answer."""
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            text = (await client.get(f"http://127.0.0.1:{port}/metrics")).text
    except httpx.HTTPError:
        return 0.0
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith("jxc_gc_pause_seconds_sum")
    )


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far: unlike wall time, barely moved by
    other work on a shared machine (0 once the process is gone)."""
    fields = _stat_fields(pid)
    if fields is None:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int | str) -> list[str] | None:
    """/proc/<pid>/stat after the command name: field 11 is utime, 12 stime, 13 and 14 the
    children's; None once the process is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None


def server_cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) PostgreSQL and the Kafka broker of this machine have used so
    far: every `postgres` process plus what the postmaster's ended children used (a backend
    that exits is reaped into it), and the broker's JVM. A difference over a run is what the
    servers spent on it: beside the projection's own CPU, the machine's whole bill per event."""
    ticks = os.sysconf("SC_CLK_TCK")
    postgres = kafka = 0.0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                argv = cmdline.read().split(b"\0")
        except (FileNotFoundError, ProcessLookupError):
            continue
        name = argv[0].rsplit(b"/", 1)[-1]
        is_postmaster = name == b"postgres"  # its children name themselves `postgres: ...`
        is_postgres = is_postmaster or argv[0].startswith(b"postgres:")
        is_kafka = name == b"java" and b"kafka.Kafka" in argv
        if not (is_postgres or is_kafka):
            continue
        fields = _stat_fields(pid)
        if fields is None:
            continue
        used = int(fields[11]) + int(fields[12])
        if is_postmaster:
            used += int(fields[13]) + int(fields[14])
        if is_postgres:
            postgres += used / ticks
        else:
            kafka += used / ticks
    return postgres, kafka


def machine_ceiling(
    process_us: float, servers_us: float, target_per_s: float
) -> tuple[float, float]:
    """What this machine's cores allow at these CPU costs per event, however well every wait
    overlaps (events/s), and what the process may spend per event for `target_per_s` with the
    servers' costs as they are (µs; below zero: the servers alone exceed the cores)."""
    cores = os.cpu_count() or 1
    ceiling = cores * 1e6 / (process_us + servers_us)
    budget = cores * 1e6 / target_per_s - servers_us
    return ceiling, budget


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0..100), nearest rank."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def figure(name: str, value: float | int, unit: str) -> None:
    """One figure, the way every benchmark ends: `name: value unit`."""
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and value > 999):
        text = f"{int(value)}"
    elif abs(value) >= 100:
        text = f"{value:.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    print(f"{name}: {text} {unit}", flush=True)


def note(text: str) -> None:
    """A comment line (`# ...`) above the figures."""
    print(f"# {text}", flush=True)
