"""Stock count posting: how long do recording and closing a count of many lines take?

Setup: a fresh namespace and `jxc-inventory serve`; N SKUs put in stock in one warehouse by
GoodsReceived events of 1,000 lines published to the purchasing topic, as purchasing does.
Then a count of all items is opened, every SKU is counted in recordings of `--batch` lines
(POST /stock-counts/{id}/lines), and the count is closed (POST /stock-counts/{id}/close): the
close folds the count's stream, records StockCounted (1,000 lines an event) and posts one
StockAdjusted per differing line through one StockKeeper batch, all in one transaction.
`--differ` is the share of lines counted wrong (each one posts an adjustment).

    .venv/bin/python -m bench.stock_count_posting [--lines 5000] [--batch 2500] [--differ 1.0]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from decimal import Decimal
from uuid import uuid4

import httpx

from bench.common import figure, note, scratch
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.publishing import envelope_of, publish, receipt

WAREHOUSE = "WH-COUNT"
PER_RECEIPT = 1_000


async def run(lines: int, batch: int, differ: float) -> None:
    async with scratch() as stack:
        _, url = stack.serve("inventory")
        skus = [f"CNT-{uuid4().hex[:5]}-{i:06}" for i in range(lines)]
        receipts = [
            envelope_of(
                receipt([(sku, WAREHOUSE, Decimal(20)) for sku in skus[i : i + PER_RECEIPT]]),
                f"purchase-order-{uuid4()}",
            )
            for i in range(0, lines, PER_RECEIPT)
        ]
        await publish(topic_of("purchasing", stack.namespace), receipts)
        wrong = int(lines * differ)
        async with httpx.AsyncClient(headers=bearer(), base_url=url, timeout=600) as client:
            for envelope in receipts:
                answer = await client.get(
                    f"/stock/{skus[0]}/{WAREHOUSE}",
                    params={"wait_for_event": str(envelope.event_id), "wait_seconds": 30},
                )
                answer.raise_for_status()
            made = await client.post("/warehouses", json={"code": WAREHOUSE, "name": WAREHOUSE})
            made.raise_for_status()  # counts are of registered warehouses only
            opened = await client.post("/stock-counts", json={"warehouse": WAREHOUSE})
            opened.raise_for_status()
            count_id = opened.json()["id"]
            counted = [
                {"sku": sku, "counted": "19" if i % 2 else "22"}
                if i < wrong
                else {"sku": sku, "counted": "20"}
                for i, sku in enumerate(skus)
            ]
            started = time.perf_counter()
            for i in range(0, lines, batch):
                answer = await client.post(
                    f"/stock-counts/{count_id}/lines", json={"lines": counted[i : i + batch]}
                )
                answer.raise_for_status()
            recorded = time.perf_counter() - started
            started = time.perf_counter()
            closed = await client.post(f"/stock-counts/{count_id}/close")
            closing = time.perf_counter() - started
            closed.raise_for_status()
            adjusted = closed.json()["lines_adjusted"]
    note(
        f"{lines} lines in {WAREHOUSE}, recorded {batch} a call, {adjusted} of them differing "
        "(one StockAdjusted each)"
    )
    figure("record_seconds", recorded, "s")
    figure("record_lines_per_second", lines / recorded, "lines/s")
    figure("close_seconds", closing, "s")
    figure("close_lines_per_second", lines / closing, "lines/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=5_000)
    parser.add_argument("--batch", type=int, default=2_500)
    parser.add_argument("--differ", type=float, default=1.0)
    args = parser.parse_args()
    asyncio.run(run(args.lines, args.batch, args.differ))


if __name__ == "__main__":
    main()
