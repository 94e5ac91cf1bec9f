"""A FIFO position keeps one layer per receipt still on hand; a batch writes only the layers
it changed (added, drawn down, used up), and what it stores loads back as the same layers in
the same order. On a scratch inventory database (no Kafka)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import psycopg

from jxc.events.contracts.registry import registry
from jxc.inventory.app.stock_keeper import PositionCommand, StockKeeper
from jxc.inventory.domain.stock import Issue, Receive, StockCommand, Valuation
from jxc.platform.store import EventStore
from tests.integration.commanding import now_meta
from tests.integration.harness import Stack

D = Decimal
WH = "WH-A"

Conn = psycopg.AsyncConnection[Any]
Row = tuple[int, Decimal, Decimal, UUID | None]


def receive(quantity: int, cost: str, source: UUID) -> Receive:
    return Receive(D(quantity), "pcs", D(cost), "CNY", source_event_id=source)


def issue(quantity: int) -> Issue:
    return Issue(D(quantity), "pcs", "damaged")


async def batch(
    conn: Conn,
    keeper: StockKeeper,
    sku: str,
    *commands: StockCommand,
) -> None:
    async with conn.transaction():
        await keeper.execute(
            conn, [PositionCommand(sku, WH, c, now_meta()) for c in commands], stop_on_error=True
        )


async def stored(conn: Conn, sku: str) -> list[Row]:
    cur = await conn.execute(
        "SELECT seq, quantity, unit_cost, source_id FROM stock_layers "
        "WHERE sku = %s AND warehouse = %s ORDER BY seq",
        (sku, WH),
    )
    return [(int(s), D(q), D(c), u) for s, q, c, u in await cur.fetchall()]


async def row_versions(conn: Conn, sku: str) -> dict[int, str]:
    """seq -> the transaction that last wrote the row (xmin): a row written again gets a new one."""
    cur = await conn.execute(
        "SELECT seq, xmin::text FROM stock_layers WHERE sku = %s AND warehouse = %s", (sku, WH)
    )
    return {int(s): str(x) for s, x in await cur.fetchall()}


async def loaded(conn: Conn, keeper: StockKeeper, sku: str) -> list[Row]:
    position = await keeper.position(conn, sku, WH)
    assert position is not None
    return [(la.seq, la.quantity, la.unit_cost, la.source) for la in position.layers]


async def test_a_batch_writes_only_the_layers_it_changed(stack: Stack) -> None:
    stack.migrate("inventory")
    keeper = StockKeeper(EventStore(registry, "/jxc/tests", "unused"), Valuation.FIFO, "CNY")
    sku = f"TEA-{uuid4().hex[:6]}"
    a, b, c, d, e = (uuid4() for _ in range(5))
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        await batch(conn, keeper, sku, receive(5, "2", a), receive(5, "3", b), receive(5, "4", c))
        assert await stored(conn, sku) == [
            (0, D(5), D(2), a),
            (1, D(5), D(3), b),
            (2, D(5), D(4), c),
        ]
        first = await row_versions(conn, sku)

        # 7 out: the oldest layer is used up, the next drawn down to 3; one more comes in.
        await batch(conn, keeper, sku, issue(7), receive(2, "5", d))
        after = [(1, D(3), D(3), b), (2, D(5), D(4), c), (3, D(2), D(5), d)]
        assert await stored(conn, sku) == after
        assert await loaded(conn, keeper, sku) == after
        second = await row_versions(conn, sku)
        assert second[2] == first[2]  # untouched: not written again
        assert second[1] != first[1]  # drawn down: written

        # 8 out: both older layers used up; the newest is not touched.
        await batch(conn, keeper, sku, issue(8))
        assert await stored(conn, sku) == [(3, D(2), D(5), d)]
        assert (await row_versions(conn, sku))[3] == second[3]

        # Everything out, then a receipt: the position starts numbering its layers again.
        await batch(conn, keeper, sku, issue(2), receive(1, "6", e))
        assert await stored(conn, sku) == [(0, D(1), D(6), e)]
        assert await loaded(conn, keeper, sku) == [(0, D(1), D(6), e)]
        position = await keeper.position(conn, sku, WH)
        assert position is not None and (position.on_hand, position.value) == (D(1), D(6))


async def test_layers_saved_over_many_batches_load_back_as_the_domain_left_them(
    stack: Stack,
) -> None:
    """Receipts and issues in turn, each batch its own transaction: after every batch the
    stored layers are the ones the keeper decided with (quantities, costs, order)."""
    stack.migrate("inventory")
    keeper = StockKeeper(EventStore(registry, "/jxc/tests", "unused"), Valuation.FIFO, "CNY")
    sku = f"TEA-{uuid4().hex[:6]}"
    on_hand = D(0)
    fifo: list[tuple[Decimal, Decimal]] = []  # (quantity, cost), oldest first
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        for step in range(12):
            commands: list[StockCommand] = [receive(step % 4 + 1, f"{step + 1}.25", uuid4())]
            fifo.append((D(step % 4 + 1), D(f"{step + 1}.25")))
            on_hand += step % 4 + 1
            if step % 3 == 2:
                out = int(on_hand) // 2
                commands.append(issue(out))
                on_hand -= out
                left = D(out)
                while left > 0:
                    quantity, cost = fifo[0]
                    taken = min(quantity, left)
                    left -= taken
                    fifo[0] = (quantity - taken, cost)
                    if fifo[0][0] == 0:
                        fifo.pop(0)
            await batch(conn, keeper, sku, *commands)
            rows = await stored(conn, sku)
            assert [(q, c) for _, q, c, _ in rows] == fifo
            assert rows == await loaded(conn, keeper, sku)
            assert [s for s, *_ in rows] == sorted(s for s, *_ in rows)
            assert sum(q for q, _ in fifo) == on_hand
