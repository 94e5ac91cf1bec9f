"""Issue 2, 7b: 20 concurrent appends to one stream at the same expected version; a version
taken while the handler's append is queued with its COMMIT (issue 10, item 6)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx
import psycopg
import pytest
from psycopg.pq import TransactionStatus
from psycopg_pool import AsyncConnectionPool

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import PurchaseOrderApproved
from jxc.events.contracts.registry import registry
from jxc.events.envelope import Envelope
from jxc.events.ids import uuid7
from jxc.platform.commands import CommandHandler
from jxc.platform.decider import Decider
from jxc.platform.store import Conn, EventStore, Metadata, VersionConflict
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, known_to_purchasing, line, supplier
from tests.integration.harness import Stack


async def test_exactly_one_of_twenty_appends_at_one_version_wins(stack: Stack) -> None:
    stack.migrate("purchasing")
    url = stack.database("purchasing")
    store = EventStore(registry, "/jxc/tests", "unused")
    stream = f"purchase-order-{uuid4()}"
    meta = Metadata(occurred_at=datetime.now(UTC), correlation_id=uuid7())
    event = PurchaseOrderApproved(
        purchase_order_id=uuid4(), approved_by="a", total=Money(amount=Decimal(1), currency="CNY")
    )
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await store.append(conn, stream, 0, [event], meta)

    start = asyncio.Event()

    async def writer(i: int) -> str:
        async with await psycopg.AsyncConnection.connect(url) as conn:
            await start.wait()
            try:
                async with conn.transaction():
                    named = event.model_copy(update={"approved_by": f"writer-{i}"})
                    await store.append(conn, stream, 1, [named], meta)
                return "won"
            except VersionConflict:
                return "conflict"

    tasks = [asyncio.create_task(writer(i)) for i in range(20)]
    await asyncio.sleep(0.5)  # all twenty connected and waiting
    start.set()
    outcomes = await asyncio.gather(*tasks)
    assert outcomes.count("won") == 1
    assert outcomes.count("conflict") == 19

    async with await psycopg.AsyncConnection.connect(url) as conn:
        stored = await store.load(conn, stream)
        pending = await (await conn.execute("SELECT count(*) FROM outbox")).fetchone()
    assert [e.stream_version for e in stored] == [1, 2]
    assert pending == (2,)  # one outbox row per stored event, none for the losers


@pytest.mark.parametrize("concurrency", [20])
async def test_concurrent_commands_retry_cleanly_or_answer_409(
    stack: Stack, concurrency: int
) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["BOLT"])
        order_id = await approved_order(client, purchasing, supplier_id, [line(1, "BOLT", "100")])
        url = f"{purchasing}/purchase-orders/{order_id}/receipts"
        body = {"lines": [{"line_no": 1, "quantity_accepted": "1"}]}
        answers = await asyncio.gather(*(client.post(url, json=body) for _ in range(concurrency)))
        statuses = [a.status_code for a in answers]
        assert set(statuses) <= {201, 409}, [a.text for a in answers if a.status_code >= 500]
        won = statuses.count(201)
        assert won >= 1
        for refused in (a for a in answers if a.status_code == 409):
            assert refused.headers["content-type"] == "application/problem+json"
            assert "retry" in refused.json()["detail"]
        versions = sorted(a.json()["version"] for a in answers if a.status_code == 201)
        assert versions == list(range(3, 3 + won))  # each winner got its own version, no gaps
        order = (await client.get(f"{purchasing}/purchase-orders/{order_id}")).json()
        assert Decimal(order["lines"][0]["accepted"]) == won
        assert order["version"] == 2 + won


class Interloper(EventStore):
    """The real store. Once armed, just before the handler queues its append, a writer that
    takes no stream lock (as a batch `append_many` does) records that very version."""

    def __init__(self, url: str) -> None:
        super().__init__(registry, "/jxc/tests", "unused")
        self.url = url
        self.armed = False

    async def append(
        self,
        conn: Conn,
        stream_id: str,
        expected_version: int,
        events: Sequence[DomainEvent],
        meta: Metadata,
    ) -> list[Envelope]:
        if self.armed:
            self.armed = False
            async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as other:
                await super().append(other, stream_id, expected_version, events, meta)
        return await super().append(conn, stream_id, expected_version, events, meta)


async def test_a_version_taken_before_the_queued_append_commits_is_retried(stack: Stack) -> None:
    """The handler's append travels with its COMMIT: the clash surfaces there, and is retried
    on a fresh load like any VersionConflict (no 500, no lost event)."""
    stack.migrate("purchasing")
    url = stack.database("purchasing")
    store = Interloper(url)
    counter: Decider[int, int] = Decider(
        "counter", 0, lambda add, total: [_approved(f"by-{total + add}")], lambda s, e: s + 1
    )
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(url, min_size=1, max_size=2, open=False)
    await pool.open(wait=True)
    try:
        handler = CommandHandler(pool, store, service="t")
        meta = Metadata(occurred_at=datetime.now(UTC), correlation_id=uuid7())
        first = await handler.handle(counter, "counter-1", 1, meta, name="add")
        assert first.version == 1
        store.armed = True
        second = await handler.handle(counter, "counter-1", 1, meta, name="add")
        assert second.version == 3  # the interloper took 2; the retry loaded it and appended 3
        async with pool.connection() as conn:
            stored = await store.load(conn, "counter-1")
            assert [e.stream_version for e in stored] == [1, 2, 3]
            rows = await (await conn.execute("SELECT count(*) FROM outbox")).fetchone()
            assert rows == (3,)
            assert conn.info.transaction_status == TransactionStatus.INTRANS
    finally:
        await pool.close()


def _approved(by: str) -> PurchaseOrderApproved:
    return PurchaseOrderApproved(
        purchase_order_id=uuid4(), approved_by=by, total=Money(amount=Decimal(1), currency="CNY")
    )
