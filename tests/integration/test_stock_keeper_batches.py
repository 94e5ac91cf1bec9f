"""The stock keeper decides a large batch a chunk at a time and sends each chunk's events and
ledger lines while it decides the next (jxc.platform.pipelining): the batch must record
exactly what deciding it in one go would, and a write the database refuses must surface as
the statement that failed. Its numerics travel as text, and must come back the same numbers.
On a scratch inventory database (no Kafka)."""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

import psycopg
import pytest

from jxc.events.contracts.purchasing import GoodsReceived
from jxc.events.contracts.registry import registry
from jxc.inventory.app import stock_keeper
from jxc.inventory.app.stock_keeper import StockKeeper
from jxc.inventory.app.stock_policy import StockPolicy
from jxc.inventory.domain.stock import Valuation
from jxc.platform.decider import DomainError
from jxc.platform.pipelining import sending
from jxc.platform.projection import Consumed
from jxc.platform.store import EventStore, NewEvent, VersionConflict
from jxc.platform.unnest import NUMERIC_ARRAY, numeric_texts
from tests.integration.commanding import now_meta
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, receipt

D = Decimal


def fifo_policy() -> StockPolicy:
    keeper = StockKeeper(EventStore(registry, "/jxc/tests", "unused"), Valuation.FIFO, "CNY")
    return StockPolicy(name="stock-keeper", topics=[], keeper=keeper)


def consumed_in_order(receipts: list[GoodsReceived]) -> list[Consumed]:
    """The receipts as one partition's records, offsets 0, 1, 2, ..."""
    return [Consumed(envelope_of(g, f"po-{i}"), g, "t", 0, i) for i, g in enumerate(receipts)]


async def test_a_batch_of_several_chunks_records_every_receipt_in_order(stack: Stack) -> None:
    stack.migrate("inventory")
    policy = fifo_policy()
    sku = f"TEA-{uuid4().hex[:6]}"
    receipts = 2 * stock_keeper.SENT_EVERY + 7  # three chunks, the last one short
    consumed = consumed_in_order(
        [receipt([(sku, "WH-A" if i % 3 else "WH-B", D(i + 1))]) for i in range(receipts)]
    )
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        async with conn.transaction():
            await policy.apply(conn, consumed)
        cur = await conn.execute(
            "SELECT e.stream_id, e.stream_version, l.quantity, l.on_hand_after "
            "FROM stock_ledger l JOIN events e USING (event_id) WHERE l.sku = %s "
            "ORDER BY e.global_position",
            (sku,),
        )
        lines = await cur.fetchall()
        cur = await conn.execute(
            "SELECT warehouse, on_hand, version FROM stock_positions WHERE sku = %s "
            "ORDER BY warehouse",
            (sku,),
        )
        positions = await cur.fetchall()
    expected = {"WH-A": D(0), "WH-B": D(0)}
    versions = {"WH-A": 0, "WH-B": 0}
    wanted = []
    for i in range(receipts):
        wh = "WH-A" if i % 3 else "WH-B"
        expected[wh] += i + 1
        versions[wh] += 1
        wanted.append((f"stock-{sku}@{wh}", versions[wh], D(i + 1), expected[wh]))
    assert lines == wanted  # one line per receipt, in the order consumed, running totals right
    assert positions == [
        ("WH-A", expected["WH-A"], versions["WH-A"]),
        ("WH-B", expected["WH-B"], versions["WH-B"]),
    ]


async def test_a_refusal_in_a_later_chunk_rolls_back_the_chunks_already_sent(stack: Stack) -> None:
    stack.migrate("inventory")
    policy = fifo_policy()
    sku = f"TEA-{uuid4().hex[:6]}"
    refused_at = stock_keeper.SENT_EVERY + 30  # in the second chunk: the first one is sent
    goods = [receipt([(sku, "WH-A", D(1))]) for _ in range(stock_keeper.SENT_EVERY + 50)]
    line = goods[refused_at].lines[0].model_copy(update={"unit": "box"})  # kept in pcs
    goods[refused_at] = goods[refused_at].model_copy(update={"lines": [line]})
    consumed = consumed_in_order(goods)
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        with pytest.raises(DomainError, match="kept in pcs, not box"):
            async with conn.transaction():
                await policy.apply(conn, consumed)
        counted = await conn.execute(
            "SELECT (SELECT count(*) FROM stock_ledger WHERE sku = %s), "
            "(SELECT count(*) FROM events WHERE stream_id = %s), "
            "(SELECT count(*) FROM stock_positions WHERE sku = %s)",
            (sku, f"stock-{sku}@WH-A", sku),
        )
        assert await counted.fetchone() == (0, 0, 0)  # nothing of the batch is left
        async with conn.transaction():  # the connection goes on working
            await policy.apply(conn, consumed[:refused_at])
        cur = await conn.execute(
            "SELECT on_hand, version FROM stock_positions WHERE sku = %s", (sku,)
        )
        assert await cur.fetchone() == (D(refused_at), refused_at)


async def test_a_write_refused_in_a_pipeline_is_reported_as_the_statement_that_failed(
    stack: Stack,
) -> None:
    stack.migrate("inventory")
    store = EventStore(registry, "/jxc/tests", "unused")
    stream = f"stock-TEA-{uuid4().hex[:6]}@WH-A"
    goods = receipt([("TEA", "WH-A", D(1))])
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        async with conn.transaction():
            await store.append_many(conn, [NewEvent(stream, 1, goods, now_meta())])
        with pytest.raises(VersionConflict):
            async with conn.transaction(), sending(conn):
                await store.append_many(conn, [NewEvent(stream, 2, goods, now_meta())])
                await store.append_many(conn, [NewEvent(stream, 2, goods, now_meta())])
                await conn.execute("SELECT 1")  # queued after the failure: aborted, not reported
        cur = await conn.execute("SELECT count(*) FROM events WHERE stream_id = %s", (stream,))
        assert await cur.fetchone() == (1,)  # the block's transaction rolled back whole


async def test_numerics_sent_as_text_come_back_as_the_same_numbers(stack: Stack) -> None:
    values = [
        D("0.000001"),
        D("1E+3"),
        D("-0"),
        D("123456789012345678.123456"),
        D("2.500000"),
        None,
        D("-7.25"),
    ]
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        cur = await conn.execute(f"SELECT unnest({NUMERIC_ARRAY})", (numeric_texts(values),))
        back = [row[0] for row in await cur.fetchall()]
    assert back == values
    assert [str(v) for v in back] == [
        "0.000001",
        "1000",
        "0",
        "123456789012345678.123456",
        "2.500000",
        "None",
        "-7.25",
    ]  # the places written are the places kept (PostgreSQL's numeric keeps the scale)
