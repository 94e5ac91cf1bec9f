"""Stock and ledger queries at 10 million ledger lines: does a stock level, a stock as of a
date, a ledger page and a warehouse's stock list answer in p99 < 100 ms, and the valuation
report (value by warehouse and category as of a date) in < 1 s?

Generation (straight into a scratch database, not through Kafka): a fresh namespace `b<hex>`,
inventory's database migrated by its own Alembic migrations, then

- `--skus` items (default 100,000) in 50 categories, `--warehouses` warehouses (default 10);
- a year of movements up to now, `--lines` ledger lines (default 10,000,000) in time order:
  a SKU's share of the lines falls off as a power law of its rank (the busiest SKU ~1.6 % of
  all lines, the median one a handful), a SKU is stocked in more warehouses the busier it is
  (the busy ones in all, the rare ones in one), and each line is a receipt (~38 %), a
  shipment or other issue (~45 %), half of a transfer (an issue in one warehouse and a
  receipt in another at the same cost, ~10 %), an adjustment or a count adjustment (~6 %) or
  a revaluation (~1 %); a position's first line is always a receipt and an issue never takes
  more than is on hand; each shipped line goes out for a sales order of its own. Quantities
  are whole units, money in cents, moving-average cost;
- each line carries the position after it (on_hand_after, value_after), as the stock keeper
  writes it; the positions (stock_positions, stock_balances) are the positions after their
  last line. COPY in chunks of `--chunk` lines from Python generators; the ledger's secondary
  indexes are dropped for the load and built again after it (their definitions read from the
  database, so they are the migrations'), and the ledger's INSERT trigger keeps
  stock_value_days as it does for the stock keeper. Then VACUUM ANALYZE. The event store is
  not filled: the queries read the read model only.

Then the queries, through inventory's own adapter functions (jxc.inventory.adapters
.stock_queries, the ones its routes call through StockView), each `--queries` times with
random keys (half uniform over positions, half weighted by their number of lines, so busy
positions are asked about as often as they are in use): a stock level, a SKU in all
warehouses, stock as of a random moment, a ledger page of 50 (the first, and a deep one
starting 80 % into the position's lines), a warehouse's stock list page of 100 after a random
SKU, the cost of what a return of a random sales order brings back (the stock keeper's sum of
the order's issue lines, adapters/stock_tables.py, inside the batch that holds the positions'
locks); and the valuation report as of a random moment (`--valuations` times), all
warehouses, and one warehouse. It prints p50/p99 beside the target.

    .venv/bin/python -m bench.scale_ledger [--lines 10000000] [--skus 100000]
        [--warehouses 10] [--queries 300] [--keep]
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import itertools
import random
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import psycopg

from bench.common import figure, migrate, new_stack, note, percentile
from jxc.inventory.adapters import stock_queries, stock_tables

CATEGORIES = 50
CURRENCY = "CNY"
ZIPF_OFFSET = 20  # the busiest SKUs are not all alike
ZIPF_EXPONENT = 1.3
NULL = "\\N"


def money(cents: int) -> str:
    """Cents as a decimal text, exactly."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


class Model:
    """The company: items, warehouses, which SKU is stocked where, and how busy each is."""

    def __init__(self, skus: int, warehouses: int, lines: int, rng: random.Random) -> None:
        self.skus = [f"SKU-{k:06d}" for k in range(1, skus + 1)]
        self.warehouses = [f"WH-{w:02d}" for w in range(1, warehouses + 1)]
        self.category = [f"CAT-{rng.randrange(CATEGORIES) + 1:02d}" for _ in self.skus]
        self.base_cost = [rng.randint(100, 50_000) for _ in self.skus]  # cents
        self.batch = [rng.choice((1, 5, 10, 20, 50, 100)) for _ in self.skus]
        weights = [(k + ZIPF_OFFSET) ** -ZIPF_EXPONENT for k in range(skus)]
        total = sum(weights)
        # Positions: (sku index, warehouse index), their weights.
        self.positions: list[tuple[int, int]] = []
        position_weights: list[float] = []
        self.stocked_in: list[list[int]] = []
        for k, weight in enumerate(weights):
            expected = weight / total * lines
            count = max(1, min(warehouses, round(expected / 3)))
            where = sorted(rng.sample(range(warehouses), count))
            self.stocked_in.append(where)
            for w in where:
                self.positions.append((k, w))
                position_weights.append(weight / count)
        self.cumulative = list(itertools.accumulate(position_weights))
        self.index = {p: i for i, p in enumerate(self.positions)}


class Ledger:
    """Lines in time order, as the stock keeper would have written them, and the positions
    after them."""

    def __init__(self, model: Model, lines: int, end: datetime, rng: random.Random) -> None:
        self.model = model
        self.lines = lines
        self.rng = rng
        self.start_us = int((end - timedelta(days=365)).timestamp() * 1_000_000)
        self.step_us = 365 * 86_400 * 1_000_000 // lines
        n = len(model.positions)
        self.on_hand = [0] * n
        self.value = [0] * n  # cents
        self.last_cost = [0] * n  # cents
        self.count = [0] * n
        self.written = 0
        self.shipments = 0
        self._second = -1
        self._second_text = ""

    def when(self, at_us: int) -> str:
        second, micro = divmod(at_us, 1_000_000)
        if second != self._second:
            self._second = second
            self._second_text = datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%d %H:%M:%S")
        return f"{self._second_text}.{micro:06d}+00"

    def _line(
        self,
        p: int,
        movement: str,
        reason: str,
        quantity: int,
        unit_cost: str,
        value_change: int,
        when: str,
        kind: str,
        document: str,
        order: str = NULL,
    ) -> str:
        k, w = self.model.positions[p]
        self.written += 1
        self.count[p] += 1
        return (
            f"00000000-0000-7000-8000-{self.written:012x}\t{self.model.skus[k]}\t"
            f"{self.model.warehouses[w]}\t\\N\t\\N\t{movement}\t{reason}\t{quantity}\t"
            f"{'pcs' if movement != 'revaluation' else ''}\t{unit_cost}\t{money(value_change)}\t"
            f"{CURRENCY}\t{self.on_hand[p]}\t{money(self.value[p])}\t{order}\t{document}\t\\N\t"
            f"{when}\t{when}\t{kind}\n"
        )

    def receive(self, p: int, quantity: int, cost: int, when: str, reason: str) -> str:
        self.on_hand[p] += quantity
        self.value[p] += quantity * cost
        self.last_cost[p] = cost
        return self._line(
            p, "receipt", reason, quantity, money(cost), quantity * cost, when, NULL, NULL
        )

    def take(self, p: int, quantity: int) -> int:
        """The moving-average cost of `quantity` out of the position (cents), taken out."""
        on_hand = self.on_hand[p]
        cost = self.value[p] if quantity == on_hand else self.value[p] * quantity // on_hand
        self.on_hand[p] -= quantity
        self.value[p] -= cost
        return cost

    def issue(self, p: int, quantity: int, when: str, reason: str, kind: str) -> str:
        cost = self.take(p, quantity)
        unit = f"{cost / 100 / quantity:.4f}"
        order = NULL
        if kind == "shipment":  # a sales order of its own for each shipped line
            order = order_id(self.shipments)
            self.shipments += 1
        return self._line(p, "issue", reason, -quantity, unit, -cost, when, kind, NULL, order)

    def generate(self) -> Iterator[str]:
        rng, model = self.rng, self.model
        positions, cumulative = model.positions, model.cumulative
        total = cumulative[-1]
        at = self.start_us
        while self.written < self.lines:
            at += self.step_us
            when = self.when(at + rng.randrange(self.step_us))
            p = bisect.bisect_left(cumulative, rng.random() * total)
            k, w = positions[p]
            on_hand = self.on_hand[p]
            r = rng.random()
            if on_hand == 0 or self.count[p] == 0 or r < 0.38:
                batch = model.batch[k]
                cost = model.base_cost[k] * rng.randint(90, 110) // 100
                yield self.receive(p, batch * rng.randint(1, 10), cost, when, "purchase receipt")
            elif r < 0.83:
                quantity = min(on_hand, rng.randint(1, max(1, model.batch[k] * 3)))
                shipment = r < 0.76
                yield self.issue(
                    p,
                    quantity,
                    when,
                    "sales shipment" if shipment else "damaged",
                    "shipment" if shipment else "other",
                )
            elif r < 0.93 and len(model.stocked_in[k]) > 1 and self.written + 1 < self.lines:
                to = model.index[(k, rng.choice([x for x in model.stocked_in[k] if x != w]))]
                quantity = min(on_hand, rng.randint(1, max(1, model.batch[k] * 2)))
                cost = self.take(p, quantity)
                unit = f"{cost / 100 / quantity:.4f}"
                target = model.warehouses[positions[to][1]]
                yield self._line(
                    p, "issue", f"transfer to {target}", -quantity, unit, -cost, when, "other", NULL
                )
                self.on_hand[to] += quantity
                self.value[to] += cost
                self.last_cost[to] = cost // quantity
                yield self._line(
                    to,
                    "receipt",
                    f"transfer from {model.warehouses[w]}",
                    quantity,
                    unit,
                    cost,
                    when,
                    NULL,
                    NULL,
                )
            elif r < 0.99:
                counted = r >= 0.96
                change = rng.randint(-min(on_hand, 3), 3) or 1
                if change > 0:
                    cost = self.value[p] // on_hand
                    self.on_hand[p] += change
                    self.value[p] += change * cost
                    value_change = change * cost
                else:
                    value_change = -self.take(p, -change)
                yield self._line(
                    p,
                    "adjustment",
                    "stock count" if counted else "found / lost",
                    change,
                    f"{abs(value_change) / 100 / abs(change):.4f}",
                    value_change,
                    when,
                    NULL,
                    f"00000000-0000-7000-9000-{self.written:012x}" if counted else NULL,
                )
            else:
                change = rng.randint(-self.value[p] // 20, self.value[p] // 20)
                self.value[p] += change
                yield self._line(p, "revaluation", "landed cost", 0, NULL, change, when, NULL, NULL)


def order_id(n: int) -> str:
    return f"00000000-0000-7000-a000-{n:012x}"


LEDGER_COLUMNS = (
    "event_id, sku, warehouse, location, lot, movement, reason, quantity, unit, unit_cost, "
    "value_change, currency, on_hand_after, value_after, order_id, document_id, "
    "source_event_id, occurred_at, recorded_at, kind"
)


def progress(done: int, total: int, started: float) -> None:
    elapsed = time.perf_counter() - started
    rate = done / elapsed if elapsed else 0
    print(
        f"\r# {done:,} / {total:,} lines, {rate:,.0f} lines/s, {elapsed:.0f} s",
        end="",
        file=sys.stderr,
        flush=True,
    )


def generate(dsn: str, model: Model, lines: int, chunk: int, rng: random.Random) -> Ledger:
    """Fill inventory's read model; the ledger object keeps the positions after it."""
    ledger = Ledger(model, lines, datetime.now(UTC), rng)
    with psycopg.connect(dsn, autocommit=True) as conn:
        with conn.cursor().copy("COPY warehouses (code, name, version) FROM STDIN") as copy:
            for code in model.warehouses:
                copy.write(f"{code}\tWarehouse {code}\t1\n")
        with conn.cursor().copy("COPY items (sku, name, unit, category, version) FROM STDIN") as c:
            for sku, category in zip(model.skus, model.category, strict=True):
                c.write(f"{sku}\tItem {sku}\tpcs\t{category}\t1\n")
        # The ledger's secondary indexes and unique constraints, built again after the load.
        constraints = conn.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = 'stock_ledger'::regclass AND contype = 'u'"
        ).fetchall()
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'stock_ledger' "
            "AND indexname <> 'stock_ledger_pkey' AND indexname <> ALL(%s)",
            ([name for name, _ in constraints],),
        ).fetchall()
        for name, _ in constraints:
            conn.execute(f'ALTER TABLE stock_ledger DROP CONSTRAINT "{name}"')
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        started = time.perf_counter()
        stream = ledger.generate()
        while ledger.written < lines:
            with (
                conn.transaction(),
                conn.cursor().copy(f"COPY stock_ledger ({LEDGER_COLUMNS}) FROM STDIN") as c,
            ):
                buffer: list[str] = []
                for text in itertools.islice(stream, chunk):
                    buffer.append(text)
                    if len(buffer) >= 5000:
                        c.write("".join(buffer))
                        buffer.clear()
                if buffer:
                    c.write("".join(buffer))
            progress(ledger.written, lines, started)
        print(file=sys.stderr)
        note(f"ledger copied in {time.perf_counter() - started:.0f} s; building its indexes")
        rebuild = [
            (n, f'ALTER TABLE stock_ledger ADD CONSTRAINT "{n}" {d}') for n, d in constraints
        ]
        for name, definition in [*rebuild, *indexes]:
            at = time.perf_counter()
            conn.execute(definition)
            note(f"index {name} built in {time.perf_counter() - at:.0f} s")
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S+00")
        with conn.cursor().copy(
            "COPY stock_positions (sku, warehouse, unit, currency, on_hand, value, "
            "last_unit_cost, version, updated_at) FROM STDIN"
        ) as c:
            for p, (k, w) in enumerate(model.positions):
                if ledger.count[p]:
                    c.write(
                        f"{model.skus[k]}\t{model.warehouses[w]}\tpcs\t{CURRENCY}\t"
                        f"{ledger.on_hand[p]}\t{money(ledger.value[p])}\t"
                        f"{money(ledger.last_cost[p])}\t{ledger.count[p]}\t{now}\n"
                    )
        with conn.cursor().copy(
            "COPY stock_balances (sku, warehouse, location, lot, on_hand) FROM STDIN"
        ) as c:
            for p, (k, w) in enumerate(model.positions):
                if ledger.on_hand[p]:
                    c.write(f"{model.skus[k]}\t{model.warehouses[w]}\t\t\t{ledger.on_hand[p]}\n")
        at = time.perf_counter()
        conn.execute("VACUUM ANALYZE")
        note(f"VACUUM ANALYZE in {time.perf_counter() - at:.0f} s")
    return ledger


async def timed(
    conn: psycopg.AsyncConnection[Any],
    runs: int,
    ask: Callable[[psycopg.AsyncConnection[Any], int], Awaitable[object]],
) -> list[float]:
    for i in range(3):  # warm up: the statements prepared, the plan cached
        await ask(conn, i)
    times = []
    for i in range(runs):
        started = time.perf_counter()
        await ask(conn, i)
        times.append((time.perf_counter() - started) * 1000)
    return times


async def measure(dsn: str, ledger: Ledger, queries: int, valuations: int, seed: int) -> None:
    rng = random.Random(seed)
    model = ledger.model
    live = [p for p in range(len(model.positions)) if ledger.count[p]]
    by_lines = list(itertools.accumulate(ledger.count[p] for p in live))

    def key() -> tuple[str, str, int]:
        if rng.random() < 0.5:
            p = rng.choice(live)
        else:
            p = live[bisect.bisect_left(by_lines, rng.random() * by_lines[-1])]
        k, w = model.positions[p]
        return model.skus[k], model.warehouses[w], p

    end = datetime.now(UTC)
    start = end - timedelta(days=365)

    def moment() -> datetime:
        return start + timedelta(seconds=rng.uniform(0, 365 * 86_400))

    keys = [key() for _ in range(queries + 3)]
    moments = [moment() for _ in range(max(queries, valuations) + 3)]
    deep: list[int] = []
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        for sku, wh, p in keys:  # where a deep page starts (not timed)
            cur = await conn.execute(
                "SELECT id FROM stock_ledger WHERE sku = %s AND warehouse = %s ORDER BY id "
                "OFFSET %s LIMIT 1",
                (sku, wh, int(ledger.count[p] * 0.8)),
            )
            row = await cur.fetchone()
            deep.append(row[0] if row else 0)
        results: dict[str, list[float]] = {}
        checks: dict[str, Any] = {}

        async def level(c: psycopg.AsyncConnection[Any], i: int) -> None:
            sku, wh, p = keys[i]
            [row] = await stock_queries.positions(c, sku, wh, 1)
            if row["on_hand"] != ledger.on_hand[p]:
                raise AssertionError(f"{sku} {wh}: on hand {row['on_hand']}")

        async def sku_everywhere(c: psycopg.AsyncConnection[Any], i: int) -> None:
            await stock_queries.positions(c, keys[i][0], None, 1000)

        async def as_of(c: psycopg.AsyncConnection[Any], i: int) -> None:
            await stock_queries.totals_as_of(c, keys[i][0], keys[i][1], moments[i])

        async def first_page(c: psycopg.AsyncConnection[Any], i: int) -> None:
            await stock_queries.ledger_lines(c, keys[i][0], keys[i][1], 0, 50)

        async def deep_page(c: psycopg.AsyncConnection[Any], i: int) -> None:
            await stock_queries.ledger_lines(c, keys[i][0], keys[i][1], deep[i], 50)

        async def warehouse_page(c: psycopg.AsyncConnection[Any], i: int) -> None:
            sku = model.skus[rng.randrange(len(model.skus))]
            wh = model.warehouses[i % len(model.warehouses)]
            await stock_queries.positions(c, None, wh, 100, (sku, wh))

        async def return_costs(c: psycopg.AsyncConnection[Any], i: int) -> None:
            order = UUID(order_id(rng.randrange(ledger.shipments)))
            if len(await stock_tables.issue_costs(c, [order])) != 1:
                raise AssertionError(f"order {order}: not one shipped line")

        async def valuation(c: psycopg.AsyncConnection[Any], i: int) -> None:
            checks["valuation"] = await stock_queries.valuation(c, moments[i], None)

        async def valuation_one(c: psycopg.AsyncConnection[Any], i: int) -> None:
            await stock_queries.valuation(c, moments[i], model.warehouses[0])

        asks = {
            "stock_level": (level, queries),
            "stock_sku_all_warehouses": (sku_everywhere, queries),
            "stock_as_of": (as_of, queries),
            "ledger_first_page": (first_page, queries),
            "ledger_deep_page": (deep_page, queries),
            "warehouse_stock_page": (warehouse_page, queries),
            "return_issue_costs": (return_costs, queries),
            "valuation_all_warehouses": (valuation, valuations),
            "valuation_one_warehouse": (valuation_one, valuations),
        }
        for name, (ask, runs) in asks.items():
            results[name] = await timed(conn, runs, ask)
        # The valuation now must equal the positions' value now.
        now_rows = await stock_queries.valuation(conn, datetime.now(UTC), None)
        cur = await conn.execute("SELECT sum(value) FROM stock_positions")
        row = await cur.fetchone()
        assert row is not None
        valued = sum(v for *_, v in now_rows)
        if valued != row[0]:
            raise AssertionError(f"valuation now {valued} != positions' value {row[0]}")
        note(f"valuation now = the positions' value: {valued} {CURRENCY} in {len(now_rows)} lines")
    for name, times in results.items():
        target = "1000 ms" if name.startswith("valuation") else "100 ms"
        note(f"{name}: {len(times)} runs, target p99 < {target}")
        figure(f"{name}_p50", percentile(times, 50), "ms")
        figure(f"{name}_p99", percentile(times, 99), "ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--lines", type=int, default=10_000_000)
    parser.add_argument("--skus", type=int, default=100_000)
    parser.add_argument("--warehouses", type=int, default=10)
    parser.add_argument("--chunk", type=int, default=200_000, help="lines per COPY")
    parser.add_argument("--queries", type=int, default=300, help="runs of each query")
    parser.add_argument("--valuations", type=int, default=20, help="runs of the valuation")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    stack = new_stack()
    try:
        migrate(stack, "inventory")
        dsn = stack.database("inventory")
        started = time.perf_counter()
        model = Model(args.skus, args.warehouses, args.lines, rng)
        ledger = generate(dsn, model, args.lines, args.chunk, rng)
        seconds = time.perf_counter() - started
        live = sum(1 for c in ledger.count if c)
        busiest = max(ledger.count)
        note(
            f"{args.skus} SKUs in {CATEGORIES} categories x {args.warehouses} warehouses: "
            f"{live} positions with lines (busiest {busiest} lines, "
            f"median {sorted(c for c in ledger.count if c)[live // 2]})"
        )
        figure("generate_seconds", seconds, "s")
        figure("rows", ledger.written, "rows")
        asyncio.run(measure(dsn, ledger, args.queries, args.valuations, args.seed))
    finally:
        if args.keep:
            note(f"kept: {stack.database('inventory')}")
        else:
            stack.drop()


if __name__ == "__main__":
    main()
