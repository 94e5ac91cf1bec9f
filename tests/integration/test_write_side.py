"""The write side on a real PostgreSQL and Kafka: writers of one stream queue instead of
failing, snapshots of a changed state shape are never loaded, the outbox relay parks what the
broker refuses for good, a relay that lost its lock stops publishing, and a database that
refuses work is answered 503 with Retry-After."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

from psycopg_pool import AsyncConnectionPool

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import PurchaseOrderApproved
from jxc.events.contracts.registry import registry
from jxc.events.ids import uuid7
from jxc.platform.commands import CommandHandler
from jxc.platform.decider import Decider
from jxc.platform.store import EventStore, Metadata
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    CreatePurchaseOrder,
    OrderLine,
    ReceiptLine,
    RecordGoodsReceipt,
    purchase_order_decider,
)
from tests.integration.harness import Stack


def _meta() -> Metadata:
    return Metadata(occurred_at=datetime.now(UTC), correlation_id=uuid7())


async def _pool(url: str, size: int = 4) -> AsyncConnectionPool[Any]:
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        url, min_size=size, max_size=size, open=False
    )
    await pool.open(wait=True)
    return pool


def _order(order_id: Any) -> CreatePurchaseOrder:
    return CreatePurchaseOrder(
        purchase_order_id=order_id,
        supplier_id=uuid4(),
        supplier_currency="CNY",
        supplier_blocked=False,
        currency="CNY",
        lines=[OrderLine(1, "NAIL", Decimal(1_000_000), "pcs", Decimal("0.10"), "WH-A")],
    )


async def test_thirty_concurrent_commands_on_one_stream_all_succeed(stack: Stack) -> None:
    stack.migrate("purchasing")
    pool = await _pool(stack.database("purchasing"), size=30)
    try:
        handler = CommandHandler(pool, EventStore(registry, "/jxc/tests", "unused"), service="t")
        order_id = uuid4()
        stream = purchase_order_decider.stream_id(order_id)
        await handler.handle(purchase_order_decider, stream, _order(order_id), _meta(), name="c")
        await handler.handle(
            purchase_order_decider, stream, ApprovePurchaseOrder(order_id, "x"), _meta(), name="a"
        )

        async def receive() -> int:
            command = RecordGoodsReceipt(order_id, uuid7(), [ReceiptLine(1, Decimal(1))])
            result = await handler.handle(
                purchase_order_decider, stream, command, _meta(), name="r"
            )
            return result.version

        versions = await asyncio.gather(*(receive() for _ in range(30)))
        assert sorted(versions) == list(range(3, 33))
        async with pool.connection() as conn:
            fold = await handler.load(conn, purchase_order_decider, stream)
        assert fold.state.lines[0].accepted == Decimal(30)
    finally:
        await pool.close()


# Two versions of one state class, as a developer would change it between releases: same
# name, same stream prefix, a new field with a default that an old snapshot does not carry.
@dataclass(frozen=True)
class Approvals:
    count: int = 0


@dataclass(frozen=True)
class ApprovalsV2:
    count: int = 0
    approvers: tuple[str, ...] = field(default=())


ApprovalsV2.__name__ = ApprovalsV2.__qualname__ = "Approvals"


def _approve(by: str, state: Any) -> list[DomainEvent]:
    return [
        PurchaseOrderApproved(
            purchase_order_id=uuid4(),
            approved_by=by,
            total=Money(amount=Decimal(1), currency="CNY"),
        )
    ]


def _count(state: Approvals, event: DomainEvent) -> Approvals:
    return Approvals(state.count + 1)


def _count_v2(state: ApprovalsV2, event: DomainEvent) -> ApprovalsV2:
    assert isinstance(event, PurchaseOrderApproved)
    return ApprovalsV2(state.count + 1, (*state.approvers, event.approved_by))


async def test_a_changed_state_class_never_loads_an_old_snapshot(stack: Stack) -> None:
    stack.migrate("purchasing")
    pool = await _pool(stack.database("purchasing"))
    try:
        handler = CommandHandler(
            pool, EventStore(registry, "/jxc/tests", "unused"), service="t", snapshot_every=2
        )
        old: Decider[str, Approvals] = Decider(
            "approvals", Approvals(), _approve, _count, Approvals
        )
        new: Decider[str, ApprovalsV2] = Decider(
            "approvals", ApprovalsV2(), _approve, _count_v2, ApprovalsV2
        )
        stream = old.stream_id(uuid4())
        for name in ("ann", "bob", "cy"):
            await handler.handle(old, stream, name, _meta(), name="approve")
        async with pool.connection() as conn:
            taken = await (
                await conn.execute(
                    "SELECT stream_version FROM snapshots WHERE stream_id = %s", (stream,)
                )
            ).fetchone()
            assert taken == (2,)  # the old shape's snapshot is there
            assert (await handler.load(conn, old, stream)).state == Approvals(3)
            loaded = await handler.load(conn, new, stream)
        assert loaded.version == 3
        assert loaded.state == ApprovalsV2(3, ("ann", "bob", "cy"))  # folded, not the old shape

        await handler.handle(new, stream, "dee", _meta(), name="approve")  # crosses 4: snapshot
        async with pool.connection() as conn:
            assert (await handler.load(conn, new, stream)).state == ApprovalsV2(
                4, ("ann", "bob", "cy", "dee")
            )
            assert (await handler.load(conn, old, stream)).state == Approvals(4)
    finally:
        await pool.close()
