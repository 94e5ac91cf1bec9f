"""The garbage collector's settings for a long-lived process (API, relay, projection, worker).

CPython's cyclic collector runs a young-generation pass every 700 container allocations
(gen0) and rescans everything that survived whenever enough of those passes pile up. A
projection applying a batch of thousands of events allocates millions of short-lived
objects while it holds the batch alive, so with the defaults it spent about a third of its
CPU in the collector (bench/projection_throughput: 139 µs per event with the defaults, 98 µs
with start-up objects frozen, 88 µs with young passes every 50,000 allocations).

So, once a process has started: the objects of its imports and set-up are frozen (moved to a
permanent generation that no collection scans again), and the young generation is collected
far less often than every 700 allocations (net of those freed):

- a worker (a projection, the relay, a scheduled worker: `project`, `relay`, `work`) every
  200,000. At 50,000, a stock keeper still crossed it a few times a batch (the batch
  committing, the next one decoded and the fetched records all alive at once): 30 to 47 young
  passes per 50,000-60,000 events, 17-27 ms of CPU each, 9-10 % of the process, and they found
  no garbage; at 200,000, none after start-up.
- a process that answers requests (`serve`) every 50,000: a pass walks what is young, so a
  larger threshold makes each pause longer (0.2-0.5 ms per 1,000 young objects here), and
  a request waits for it. An API process under 200 commands/s grows slowly (at 20,000, two
  passes in ten seconds, 4-7 ms each), so it loses next to nothing to the collector either
  way.

Every pass is timed into `jxc_gc_pause_seconds{generation}` on /metrics, so a pause that grows
with what a process keeps shows there.

Reference counting frees almost everything anyway; the collector is only for cycles, and those
still go at these thresholds. `JXC_GC_THRESHOLDS=g0,g1,g2` overrides them (`700,10,10` is
CPython's default).
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Mapping
from typing import Any

from jxc.platform.metrics import GC_PAUSE_SECONDS

WORKER_THRESHOLDS = (200_000, 20, 10)
API_THRESHOLDS = (50_000, 20, 10)


class BadThresholds(ValueError):
    pass


class PauseTimer:
    """A gc callback: each pass's time, into GC_PAUSE_SECONDS by generation."""

    def __init__(self) -> None:
        self.started = 0.0
        self.by_generation = [GC_PAUSE_SECONDS.labels(str(g)) for g in range(3)]

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.by_generation[info["generation"]].observe(time.perf_counter() - self.started)


PAUSES = PauseTimer()


def thresholds_from(
    environ: Mapping[str, str], defaults: tuple[int, int, int] = WORKER_THRESHOLDS
) -> tuple[int, int, int]:
    raw = environ.get("JXC_GC_THRESHOLDS", "").strip()
    if not raw:
        return defaults
    parts = raw.split(",")
    if len(parts) != 3 or not all(p.strip().isdigit() for p in parts):
        raise BadThresholds(
            f"JXC_GC_THRESHOLDS must be three whole numbers like 200000,20,10, not {raw!r}"
        )
    g0, g1, g2 = (int(p) for p in parts)
    if g0 == 0:
        raise BadThresholds("JXC_GC_THRESHOLDS: a first threshold of 0 turns the collector off")
    return g0, g1, g2


def tune_collector(
    environ: Mapping[str, str] = os.environ, *, answers_requests: bool = False
) -> tuple[int, int, int]:
    """Freeze what start-up allocated and set the thresholds (a worker's, or those of a process
    that answers requests); returns them."""
    defaults = API_THRESHOLDS if answers_requests else WORKER_THRESHOLDS
    thresholds = thresholds_from(environ, defaults)
    gc.collect()  # start-up's garbage goes now, not frozen with the rest
    gc.freeze()
    gc.set_threshold(*thresholds)
    if PAUSES not in gc.callbacks:
        gc.callbacks.append(PAUSES)
    return thresholds
