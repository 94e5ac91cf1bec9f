"""Finance statements at scale: how long do the trial balance, profit and loss and balance
sheet take on a ledger of 1,000,000 journal lines?

Setup: a fresh namespace, finance's database migrated, and the ledger filled through the
projection's own write path (jxc.finance.adapters.ledger_tables.post: entries, lines, period
balances, in transactions of `--batch` entries, the database checking every entry balances
at commit): `--lines` lines in entries of 4 lines (a sale at cost: Dr cost of goods sold /
Cr inventory in a warehouse, Dr receivable / Cr revenue) spread over 24 months and 5
warehouses. Then `jxc-finance serve`, and each statement asked `--runs` times over HTTP for a
whole year, and for one cost centre. The statements read the period balances the projection
keeps, never the lines: their time does not grow with the number of lines.

    .venv/bin/python -m bench.finance_statements [--lines 1000000] [--batch 5000] [--runs 20]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import uuid4

import httpx
import psycopg

from bench.common import PeakRss, figure, median, migrate, note, percentile, scratch
from jxc.finance.adapters import ledger_tables
from jxc.finance.adapters.ledger_tables import Posting
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.entry import Line, entry
from jxc.finance.domain.ledger.periods import period_of
from tests.integration.auth import bearer

WAREHOUSES = [f"WH-{i}" for i in range(1, 6)]
MONTHS = [date(2025 + m // 12, m % 12 + 1, 15) for m in range(24)]


def postings(count: int, rng: random.Random) -> list[Posting]:
    now = datetime.now(UTC)
    made = []
    for _ in range(count):
        day = rng.choice(MONTHS)
        wh = rng.choice(WAREHOUSES)
        cost = Decimal(rng.randint(100, 99_999)) / 100
        price = cost + Decimal(rng.randint(1, 5_000)) / 100
        sale = entry(
            day,
            "bench sale",
            "CNY",
            Line(a.COGS, cost, wh, sku="SKU"),
            Line(a.INVENTORY, -cost, wh, sku="SKU"),
            Line(a.RECEIVABLES, price, wh),
            Line(a.REVENUE, -price, wh),
        )
        assert sale is not None
        made.append(Posting(uuid4(), "bench.Sale", period_of(day), now, sale))
    return made


async def fill(dsn: str, lines: int, batch: int) -> float:
    """Post `lines` lines; the seconds it took."""
    rng = random.Random(9)
    entries = lines // 4
    started = time.perf_counter()
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        done = 0
        while done < entries:
            size = min(batch, entries - done)
            async with conn.transaction():
                await ledger_tables.post(conn, postings(size, rng))
            done += size
        await conn.execute("ANALYZE")
    return time.perf_counter() - started


async def timed(
    client: httpx.AsyncClient, path: str, params: dict[str, str], runs: int
) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        answer = await client.get(path, params=params)
        answer.raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    return times


async def run(lines: int, batch: int, runs: int) -> None:
    async with scratch(topics=False) as stack:
        migrate(stack, "finance")
        seconds = await fill(stack.database("finance"), lines, batch)
        centres = len(WAREHOUSES)
        note(f"{lines} journal lines in {lines // 4} entries, 24 periods, {centres} cost centres")
        async with await psycopg.AsyncConnection.connect(stack.database("finance")) as conn:
            cur = await conn.execute("SELECT count(*) FROM journal_lines")
            row = await cur.fetchone()
            cur = await conn.execute("SELECT count(*) FROM account_balances")
            balances = await cur.fetchone()
        assert row is not None and balances is not None
        note(f"journal_lines holds {row[0]} rows; account_balances {balances[0]}")
        finance_process, url = stack.serve("finance")
        rss = PeakRss(finance_process.pid)
        year = {"from": "2026-01", "to": "2026-12"}
        asks = {
            "trial_balance_year": ("/statements/trial-balance", year),
            "trial_balance_cost_centre": (
                "/statements/trial-balance",
                {**year, "cost_centre": WAREHOUSES[0]},
            ),
            "profit_and_loss_year": ("/statements/profit-and-loss", year),
            "balance_sheet": ("/statements/balance-sheet", {"period": "2026-12"}),
            "stock_reconciliation": ("/stock-reconciliation", {}),
        }
        results = {}
        async with httpx.AsyncClient(base_url=url, headers=bearer(), timeout=60) as client:
            for name, (path, params) in asks.items():
                await timed(client, path, params, 2)  # warm up
                results[name] = await timed(client, path, params, runs)
            sheet = (
                await client.get("/statements/balance-sheet", params={"period": "2026-12"})
            ).json()
        assert sheet["total_assets"] == sheet["total_liabilities_and_equity"]
        rss.sample()  # the kernel's high-water mark, read before the process stops
        note(
            "statements over HTTP, each asked {runs} times after 2 warm-ups".replace(
                "{runs}", str(runs)
            )
        )
        figure("ledger_lines", row[0], "lines")
        figure("posting_lines_per_s", lines / seconds, "lines/s")
        for name, times in results.items():
            figure(f"{name}_median", median(times), "ms")
            figure(f"{name}_p95", percentile(times, 95), "ms")
        figure("finance_peak_rss_mb", rss.peak_mb, "MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(run(args.lines, args.batch, args.runs))


if __name__ == "__main__":
    main()
