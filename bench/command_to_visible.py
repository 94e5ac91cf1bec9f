"""Command to visible: how long after a client POSTs a goods receipt to purchasing does
inventory's stock query show it? The path measured is the whole of the design: purchasing's
command handler (load, decide, append + outbox, NOTIFY) -> outbox relay -> Kafka -> inventory's
stock-ledger projection -> PostgreSQL -> GET /stock/{sku}/{warehouse}.

Setup: a fresh namespace; `jxc-purchasing serve` and `jxc-inventory serve`; a supplier and
approved purchase order(s) with a huge ordered quantity; a warm-up until receipts show in stock.
Then receipts (1 line, quantity 1) are POSTed open-loop at a steady rate: each is sent at its
scheduled time whatever the earlier ones are doing, so a slow answer cannot hide the latency
of the next ones. One poller GETs the bench warehouse's positions (/stock?warehouse=, one page
holds every order's SKU; no wait_for_event: that makes the server poll with a 10 -> 100 ms
back-off, which would inflate the figure) again 2 ms after each answer and records when each
order's on_hand changed. (A poller per order, as before, put 50 polls per poll period on
inventory at 50 orders: most of its CPU went to answering the benchmark.) A receipt's answer
carries the order stream's version, so the running total it makes is the number of receipts
with a version at most its own; it is visible at the first poll answer showing on_hand >= that
total. The latency is from just before the POST is sent to that answer, so it includes up to
one poll period.

    .venv/bin/python -m bench.command_to_visible [--rate 20] [--seconds 30] [--orders 1]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import Decimal
from uuid import uuid4

import httpx

from bench.common import PeakRss, cpu_seconds, figure, note, percentile, scratch
from bench.load_client import LoadClient, LoadClientError
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, line, registered_in_inventory, supplier

WAREHOUSE = "WH-BENCH"
HUGE = "1000000000"


@dataclass
class Order:
    id: str
    sku: str
    changes: list[tuple[float, Decimal]] = field(default_factory=list)  # (seen at, on_hand)

    @property
    def on_hand(self) -> Decimal:
        return self.changes[-1][1] if self.changes else Decimal(0)


@dataclass
class Sent:
    order: Order
    sent_at: float
    answered_at: float = 0.0
    status: int = 0
    version: int = 0
    visible_at: float | None = None
    error: str = ""


async def post_receipt(client: LoadClient, order: Order) -> Sent:
    sent = Sent(order, time.perf_counter())
    try:
        response = await client.post(
            f"/purchase-orders/{order.id}/receipts",
            {"lines": [{"line_no": 1, "quantity_accepted": "1"}]},
        )
        sent.status = response.status
        if response.status == 201:
            sent.version = int(response.json()["version"])
        else:
            sent.error = response.body[:500].decode(errors="replace")
    except LoadClientError as exc:
        sent.status, sent.error = -1, repr(exc)
    sent.answered_at = time.perf_counter()
    return sent


async def poll(client: LoadClient, orders: list[Order], every: float, stop: asyncio.Event) -> int:
    """Record each change of each order's on_hand with the time its answer arrived."""
    by_sku = {o.sku: o for o in orders}
    path = f"/stock?warehouse={WAREHOUSE}&limit={len(orders)}"
    polls = 0
    while not stop.is_set():
        try:
            response = await client.get(path)
            now = time.perf_counter()
            polls += 1
            if response.status == 200:
                for level in response.json():
                    order = by_sku.get(level["sku"])
                    on_hand = Decimal(level["on_hand"])
                    if order is not None and on_hand != order.on_hand:
                        order.changes.append((now, on_hand))
        except LoadClientError:
            pass
        await asyncio.sleep(every)
    return polls


async def warm_up(client: LoadClient, orders: list[Order], receipts: int) -> list[Sent]:
    """A few unmeasured receipts per order, until they show in stock: this also waits out
    the services' start (relay producer, consumer group join)."""
    sent = []
    for _ in range(receipts):
        for order in orders:
            s = await post_receipt(client, order)
            if s.status != 201:
                raise RuntimeError(f"a goods receipt was answered {s.status}: {s.error}")
            sent.append(s)
    await _until(lambda: all(o.on_hand >= receipts for o in orders), 90)
    return sent


async def steady(
    client: LoadClient,
    orders: list[Order],
    rate: float,
    seconds: float,
    t0: float,
) -> list[Sent]:
    """Open loop: receipt i is sent at t0 + i / rate, whether or not earlier ones answered."""
    tasks = []
    for i in range(round(rate * seconds)):
        delay = t0 + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        order = orders[i % len(orders)]
        tasks.append(asyncio.create_task(post_receipt(client, order)))
    return list(await asyncio.gather(*tasks))


def settle_visibility(sent: list[Sent]) -> None:
    """Each successful receipt's running total, then the first poll that showed it."""
    by_order: dict[str, list[Sent]] = {}
    for s in sent:
        if s.status == 201:
            by_order.setdefault(s.order.id, []).append(s)
    for receipts in by_order.values():
        receipts.sort(key=lambda s: s.version)
        for total, s in enumerate(receipts, start=1):
            for seen_at, on_hand in s.order.changes:
                if on_hand >= total and seen_at >= s.sent_at:
                    s.visible_at = seen_at
                    break


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=20.0, help="receipts per second")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--orders", type=int, default=1, help="purchase orders, round robin")
    parser.add_argument("--poll-ms", type=float, default=2.0, help="pause between polls")
    parser.add_argument("--warmup", type=int, default=10, help="receipts per order, unmeasured")
    args = parser.parse_args()

    async with scratch() as stack:
        started = time.perf_counter()
        purchasing_process, purchasing = await asyncio.to_thread(stack.serve, "purchasing")
        inventory_process, inventory = await asyncio.to_thread(stack.serve, "inventory")
        processes = {"purchasing": purchasing_process, "inventory": inventory_process}
        rss = {
            "purchasing": PeakRss(purchasing_process.pid),
            "inventory": PeakRss(inventory_process.pid),
        }
        # The measured requests go through the lean load client; the set-up through httpx.
        async with (
            httpx.AsyncClient(headers=bearer(), timeout=30) as commands,
            LoadClient(purchasing, bearer(), connections=200, timeout=30) as receipts,
            LoadClient(inventory, bearer(), connections=100, timeout=30) as queries,
        ):
            supplier_id = await supplier(commands, purchasing)
            orders = []
            skus = [f"BENCH-{i}-{uuid4().hex[:6]}" for i in range(args.orders)]
            # Purchase orders name only items and warehouses inventory has registered.
            await registered_in_inventory(commands, inventory, purchasing, skus, [WAREHOUSE])
            for sku in skus:
                order_id = await approved_order(
                    commands, purchasing, supplier_id, [line(1, sku, HUGE, WAREHOUSE)]
                )
                orders.append(Order(order_id, sku))

            stop = asyncio.Event()
            every = args.poll_ms / 1000
            polls_from = time.perf_counter()
            poller = asyncio.create_task(poll(queries, orders, every, stop))
            try:
                sent = await warm_up(receipts, orders, args.warmup)
                note(f"services up and warm in {time.perf_counter() - started:.1f}s")
                cpu_before = {name: cpu_seconds(p.pid) for name, p in processes.items()}
                t0 = time.perf_counter() + 0.1
                measured = await steady(receipts, orders, args.rate, args.seconds, t0)
                sent.extend(measured)
                expected = {
                    o.id: sum(1 for s in sent if s.order is o and s.status == 201) for o in orders
                }
                with suppress(TimeoutError):  # what is never seen is counted, below
                    await _until(lambda: all(o.on_hand >= expected[o.id] for o in orders), 30)
                cpu = {n: cpu_seconds(p.pid) - cpu_before[n] for n, p in processes.items()}
            finally:
                stop.set()
                polls = await poller
                for sampler in rss.values():
                    sampler.sample()  # the kernel's high-water mark: once, before they stop
            poll_span = time.perf_counter() - polls_from

    settle_visibility(sent)
    ok = [s for s in measured if s.status == 201]
    visible = [s for s in ok if s.visible_at is not None]
    command_ms = [(s.answered_at - s.sent_at) * 1000 for s in ok]
    visible_ms = [(s.visible_at - s.sent_at) * 1000 for s in visible if s.visible_at]
    send_span = measured[-1].sent_at - measured[0].sent_at if len(measured) > 1 else 0.0
    note(
        f"{len(measured)} receipts over {args.orders} order(s) at {args.rate}/s for "
        f"{args.seconds}s; {len(measured) - len(ok)} failed; {len(ok) - len(visible)} never "
        f"seen; about {polls / max(poll_span, 1e-9):.0f} polls/s"
    )
    failed_by_status = Counter(s.status for s in measured if s.status != 201)
    if failed_by_status:  # -1: no answer (a transport error)
        note("failed by status: " + ", ".join(f"{k}: {n}" for k, n in failed_by_status.items()))
    figure("receipts_sent", len(measured), "receipts")
    figure("receipts_failed", len(measured) - len(ok), "receipts")
    figure("receipts_not_visible", len(ok) - len(visible), "receipts")
    figure("achieved_rate", (len(measured) - 1) / send_span if send_span else 0.0, "receipts/s")
    figure("poll_period_ms", poll_span * 1000 / max(polls, 1), "ms")
    figure("command_p50_ms", percentile(command_ms, 50), "ms")
    figure("command_p99_ms", percentile(command_ms, 99), "ms")
    figure("visible_p50_ms", percentile(visible_ms, 50), "ms")
    figure("visible_p90_ms", percentile(visible_ms, 90), "ms")
    figure("visible_p99_ms", percentile(visible_ms, 99), "ms")
    figure("visible_max_ms", max(visible_ms, default=float("nan")), "ms")
    for service, sampler in rss.items():
        figure(f"{service}_peak_rss_mb", sampler.peak_mb, "MB")
    # CPU time (user + system) each process used per measured receipt, while the receipts
    # were sent and until the last was visible: far less moved by other work on the machine
    # than the latencies. Purchasing's includes its relay; inventory's the projection and
    # the stock polls of this benchmark.
    for service, seconds in cpu.items():
        figure(f"{service}_cpu_ms_per_receipt", seconds * 1000 / max(len(measured), 1), "ms")


async def _until(check: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError(f"not reached within {timeout}s")
        await asyncio.sleep(0.01)


if __name__ == "__main__":
    asyncio.run(main())
