"""A stock keeper keeps the positions it worked on between batches (kept_positions.py) and
trusts one only while its row names the same version and last event: two keepers (two
processes) writing the same position each see the other's work, a batch rolled back after its
positions were kept leaves nothing behind, and a kept position is not read again while
nothing else wrote it. On a scratch inventory database (no Kafka)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import uuid4

import psycopg
import pytest

from jxc.events.contracts.registry import registry
from jxc.inventory.adapters.kept_positions import KeptPositions
from jxc.inventory.app.stock_keeper import PositionCommand, StockKeeper
from jxc.inventory.domain.stock import Issue, Receive, StockCommand, Valuation
from jxc.platform.decider import DomainError
from jxc.platform.store import EventStore
from tests.integration.commanding import now_meta
from tests.integration.harness import Stack

D = Decimal
WH = "WH-A"
Conn = psycopg.AsyncConnection[Any]


def keeper() -> StockKeeper:
    """A keeper that keeps every position it works on, however small (a real one keeps only
    positions of several rows: the checks that follow are the same)."""
    return StockKeeper(
        EventStore(registry, "/jxc/tests", "unused"),
        Valuation.FIFO,
        "CNY",
        kept=KeptPositions(1_000, min_rows=1),
    )


def receive(quantity: int, cost: str, location: str | None = None) -> Receive:
    return Receive(D(quantity), "pcs", D(cost), "CNY", location=location, source_event_id=uuid4())


def issue(quantity: int, location: str | None = None) -> Issue:
    return Issue(D(quantity), "pcs", "damaged", location=location)


async def batch(conn: Conn, by: StockKeeper, sku: str, *commands: StockCommand) -> None:
    async with conn.transaction():
        await by.execute(
            conn, [PositionCommand(sku, WH, c, now_meta()) for c in commands], stop_on_error=True
        )


async def layers(conn: Conn, sku: str) -> list[tuple[Decimal, Decimal]]:
    cur = await conn.execute(
        "SELECT quantity, unit_cost FROM stock_layers WHERE sku = %s AND warehouse = %s "
        "ORDER BY seq",
        (sku, WH),
    )
    return [(D(q), D(c)) for q, c in await cur.fetchall()]


async def test_two_keepers_on_one_position_each_see_the_others_work(stack: Stack) -> None:
    stack.migrate("inventory")
    first, second = keeper(), keeper()
    sku = f"TEA-{uuid4().hex[:6]}"
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        await batch(conn, first, sku, receive(5, "2"), receive(5, "3"))
        await batch(conn, second, sku, issue(6), receive(4, "4"))  # reads what `first` kept
        await batch(conn, first, sku, issue(5))  # its kept position is out of date: read again
        assert await layers(conn, sku) == [(D(3), D(4))]
        await batch(conn, second, sku, receive(1, "5"), issue(2))
        assert await layers(conn, sku) == [(D(1), D(4)), (D(1), D(5))]
        position = await first.position(conn, sku, WH)
        assert position is not None
        assert (position.on_hand, position.value) == (D(2), D(9))


async def test_a_batch_rolled_back_after_its_positions_were_kept_leaves_nothing_behind(
    stack: Stack,
) -> None:
    stack.migrate("inventory")
    by = keeper()
    sku = f"TEA-{uuid4().hex[:6]}"
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        await batch(conn, by, sku, receive(5, "2", "A-1"))
        with pytest.raises(RuntimeError):
            async with conn.transaction():
                orders = [PositionCommand(sku, WH, receive(100, "2", "B-2"), now_meta())]
                await by.execute(conn, orders, stop_on_error=True)
                raise RuntimeError("the batch fails after the keeper decided it")
        # Nothing came into B-2: an issue from it is refused, though the keeper decided the
        # rolled-back batch (and kept what it left) before it failed.
        with pytest.raises(DomainError):
            await batch(conn, by, sku, issue(3, "B-2"))
        await batch(conn, by, sku, issue(3, "A-1"))
        cur = await conn.execute(
            "SELECT location, on_hand FROM stock_balances WHERE sku = %s ORDER BY location",
            (sku,),
        )
        assert await cur.fetchall() == [("A-1", D(2))]


async def test_a_kept_position_is_not_read_again_while_nothing_else_wrote_it(
    stack: Stack,
) -> None:
    """Its layers are changed behind the keeper's back (no version, no event: nothing a writer
    of positions does): the keeper goes on from what it kept. Written through another keeper,
    with a new version and last event, the change is read."""
    stack.migrate("inventory")
    by = keeper()
    sku = f"TEA-{uuid4().hex[:6]}"
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        await batch(conn, by, sku, receive(5, "2"))
        assert len(by.kept) == 1
        await conn.execute("UPDATE stock_layers SET unit_cost = 7 WHERE sku = %s", (sku,))
        await conn.commit()
        await batch(conn, by, sku, receive(1, "3"))
        assert await layers(conn, sku) == [(D(5), D(7)), (D(1), D(3))]  # seq 0 not rewritten
        await batch(conn, by, sku, issue(5))
        cur = await conn.execute(
            "SELECT unit_cost FROM stock_ledger WHERE sku = %s AND movement = 'issue'", (sku,)
        )
        assert await cur.fetchall() == [(D(2),)]  # drawn at the cost it kept, not the 7

        await batch(conn, keeper(), sku, receive(2, "4"))  # another process: a new last event
        await batch(conn, by, sku, issue(2))
        cur = await conn.execute(
            "SELECT unit_cost FROM stock_ledger WHERE sku = %s AND movement = 'issue' ORDER BY id",
            (sku,),
        )
        # read again: the 1 left at 3 and 1 of the 2 at 4 (kept, it would have had no 2 at 4)
        assert await cur.fetchall() == [(D(2),), (D("3.5"),)]
