"""A worker's collector thresholds (jxc.platform.collector) leave a projection batch of the
default size alone: decoding 2,000 goods receipts from their Kafka form and applying them
through the stock policy does not cross the young generation's threshold, so the collector
never walks the batch while it is alive (at the former 50,000 it did, a few times a batch,
9-10 % of a stock keeper's CPU). On a scratch inventory database (no Kafka)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import psycopg

from jxc.events.cloudevents import from_kafka, to_kafka
from jxc.events.contracts.registry import registry
from jxc.inventory.app.stock_keeper import StockKeeper
from jxc.inventory.app.stock_policy import StockPolicy
from jxc.inventory.domain.stock import Valuation
from jxc.platform.collector import WORKER_THRESHOLDS
from jxc.platform.projection import Consumed
from jxc.platform.settings import ServiceSettings
from jxc.platform.store import EventStore
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, receipt

BATCH = ServiceSettings(service="inventory").projection_batch_size


@contextmanager
def young_passes() -> Iterator[list[int]]:
    """The young-generation passes counted inside, at a worker's thresholds (what was
    allocated before is collected first, so it is not young any more)."""
    before = gc.get_threshold()
    passes: list[int] = []

    def counted(phase: str, info: dict[str, Any]) -> None:
        if phase == "start" and info["generation"] == 0:
            passes.append(1)

    gc.collect()
    gc.set_threshold(*WORKER_THRESHOLDS)
    gc.callbacks.append(counted)
    try:
        yield passes
    finally:
        gc.callbacks.remove(counted)
        gc.set_threshold(*before)


async def test_a_batch_of_the_default_size_is_never_walked_by_the_collector(
    stack: Stack,
) -> None:
    stack.migrate("inventory")
    records = [
        to_kafka(envelope_of(receipt([(f"SKU-{i % 300:04d}", "WH-GC", Decimal(1))]), f"po-{i}"))
        for i in range(BATCH)
    ]
    keeper = StockKeeper(
        EventStore(registry, "/jxc/tests", "inventory"), Valuation.MOVING_AVERAGE, "CNY"
    )
    policy = StockPolicy(name="stock-keeper", topics=[], keeper=keeper)
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        with young_passes() as passes:
            batch = []
            for offset, (_, value, headers) in enumerate(records):
                envelope = from_kafka(value, headers)
                batch.append(Consumed(envelope, registry.decode(envelope), "t", 0, offset))
            async with conn.transaction():
                await policy.apply(conn, batch)
        cur = await conn.execute("SELECT sum(on_hand), count(*) FROM stock_positions")
        assert await cur.fetchone() == (Decimal(BATCH), 300)
    assert passes == []
