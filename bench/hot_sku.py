"""Hot SKU: reservations per second on ONE SKU x warehouse, and never more reserved than is
there (issue 10, item 3).

Setup: a fresh namespace; `jxc-inventory serve`; one item and one warehouse registered; an
opening stock of `--stock` units (default: 80 % of what will be asked, so the last orders wait
as backorders). Then `--orders` reservations of 1 unit each (`POST /reservations`, one line,
a new order id each) are sent by `--clients` concurrent clients (closed loop: each sends its
next one when the last is answered), all on the same position, so every one of them queues on
that position's row lock. At the end the level is read back: available must be >= 0, reserved
<= on hand, and reserved = the lines answered `reserved` (the figures print the check's
outcome, `over_reserved` must be 0).

    .venv/bin/python -m bench.hot_sku [--orders 5000] [--clients 32] [--stock N]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from decimal import Decimal
from uuid import uuid4

from bench.common import PeakRss, cpu_seconds, figure, note, percentile, scratch
from bench.load_client import LoadClient, LoadClientError
from tests.integration.auth import bearer

WAREHOUSE = "WH-HOT"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=5000, help="reservations of 1 unit")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients")
    parser.add_argument("--stock", type=int, default=None, help="opening stock (default 80 %%)")
    args = parser.parse_args()
    stock = args.stock if args.stock is not None else args.orders * 8 // 10
    sku = f"HOT-{uuid4().hex[:6]}"

    async with scratch(topics=True) as stack:
        process, url = await asyncio.to_thread(stack.serve, "inventory")
        rss = PeakRss(process.pid)
        async with LoadClient(url, bearer(), connections=args.clients) as client:
            for path, body in (
                ("/items", {"sku": sku, "name": sku, "unit": "pcs"}),
                ("/warehouses", {"code": WAREHOUSE, "name": WAREHOUSE}),
                (
                    f"/stock/{sku}/{WAREHOUSE}/adjustments",
                    {"quantity": str(stock), "unit": "pcs", "reason": "opening", "unit_cost": "2"},
                ),
            ):
                answer = await client.post(path, body)
                if answer.status not in (200, 201):
                    raise SystemExit(f"{path}: {answer.status} {answer.body.decode()}")

            line = {"line_no": 1, "sku": sku, "warehouse": WAREHOUSE, "quantity": "1"}
            line["unit"] = "pcs"
            statuses: Counter[str] = Counter()
            latencies: list[float] = []
            todo = iter(range(args.orders))

            async def one_client() -> None:
                for _ in todo:
                    sent = time.perf_counter()
                    try:
                        answer = await client.post(
                            "/reservations", {"order_id": str(uuid4()), "lines": [line]}
                        )
                    except LoadClientError as exc:
                        statuses[f"error {type(exc).__name__}"] += 1
                        continue
                    latencies.append((time.perf_counter() - sent) * 1000)
                    if answer.status in (200, 201):
                        statuses[answer.json()["lines"][0]["status"]] += 1
                    else:
                        statuses[f"http {answer.status}"] += 1

            # Warm up the connections and the server's code paths on a few reservations.
            warm = 20
            for _ in range(warm):
                answer = await client.post(
                    "/reservations", {"order_id": str(uuid4()), "lines": [line]}
                )
                if answer.status not in (200, 201):
                    raise SystemExit(f"warm-up: {answer.status} {answer.body.decode()}")
                statuses[answer.json()["lines"][0]["status"]] += 1
            started = time.perf_counter()
            cpu_started = cpu_seconds(process.pid)
            client_cpu_started = time.process_time()
            await asyncio.gather(*(one_client() for _ in range(args.clients)))
            seconds = time.perf_counter() - started
            cpu = cpu_seconds(process.pid) - cpu_started
            client_cpu = time.process_time() - client_cpu_started
            level = (await client.get(f"/stock/{sku}/{WAREHOUSE}")).json()
            rss.sample()

    on_hand, reserved = Decimal(level["on_hand"]), Decimal(level["reserved"])
    available = Decimal(level["available"])
    answered_reserved = statuses.get("reserved", 0)
    over = max(reserved - on_hand, Decimal(0)) + max(-available, Decimal(0))
    note(
        f"{args.orders} reservations of 1 on one position by {args.clients} clients "
        f"(+{warm} warm-up); opening stock {stock}; answers: "
        + ", ".join(f"{k} {n}" for k, n in sorted(statuses.items()))
    )
    note(f"level at the end: on_hand {on_hand}, reserved {reserved}, available {available}")
    if reserved != answered_reserved:
        note(f"MISMATCH: reserved {reserved} but {answered_reserved} lines answered reserved")
    figure("hot_sku_reservations_per_s", args.orders / seconds, "reservations/s")
    figure("hot_sku_command_p50_ms", percentile(latencies, 50), "ms")
    figure("hot_sku_command_p99_ms", percentile(latencies, 99), "ms")
    figure("hot_sku_failed", sum(n for k, n in statuses.items() if " " in k), "reservations")
    figure("hot_sku_available_at_end", float(available), "units")
    figure("hot_sku_over_reserved", float(over), "units")
    figure("hot_sku_reserved_mismatch", float(abs(reserved - answered_reserved)), "units")
    figure("inventory_peak_rss_mb", rss.peak_mb, "MB")
    # CPU time (user + system) of the inventory process per reservation while they ran: far
    # less moved by other work on the machine than the rate. 500/s needs under 2 ms.
    figure("hot_sku_cpu_ms_per_reservation", cpu * 1000 / args.orders, "ms")
    # The clients' own CPU (this process): when it nears the run's length, they are the limit.
    figure("hot_sku_client_cpu_share", client_cpu / seconds, "of one core")
    if over or reserved != answered_reserved:
        raise SystemExit("over-reserved: the position's lock did not hold")


if __name__ == "__main__":
    asyncio.run(main())
