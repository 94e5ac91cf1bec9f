"""The write side on a real PostgreSQL and Kafka: writers of one stream queue instead of
failing, snapshots of a changed state shape are never loaded, the outbox relay parks what the
broker refuses for good, a relay that lost its lock stops publishing, and a database that
refuses work is answered 503 with Retry-After."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx
import psycopg
from psycopg_pool import AsyncConnectionPool

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import PurchaseOrderApproved
from jxc.events.contracts.registry import registry
from jxc.events.ids import uuid7
from jxc.platform.commands import CommandHandler
from jxc.platform.decider import Decider
from jxc.platform.store import EventStore
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    ReceiptLine,
    RecordGoodsReceipt,
    purchase_order_decider,
)
from tests.integration.auth import bearer
from tests.integration.commanding import nail_order, now_meta
from tests.integration.flow import supplier
from tests.integration.harness import PG_ADMIN_URL, Stack, eventually


async def _pool(url: str, size: int = 4) -> AsyncConnectionPool[Any]:
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        url, min_size=size, max_size=size, open=False
    )
    await pool.open(wait=True)
    return pool


async def test_thirty_concurrent_commands_on_one_stream_all_succeed(stack: Stack) -> None:
    stack.migrate("purchasing")
    pool = await _pool(stack.database("purchasing"), size=30)
    try:
        handler = CommandHandler(pool, EventStore(registry, "/jxc/tests", "unused"), service="t")
        order_id = uuid4()
        stream = purchase_order_decider.stream_id(order_id)
        await handler.handle(
            purchase_order_decider,
            stream,
            nail_order(order_id, Decimal(1_000_000)),
            now_meta(),
            name="c",
        )
        await handler.handle(
            purchase_order_decider,
            stream,
            ApprovePurchaseOrder(order_id, "x"),
            now_meta(),
            name="a",
        )

        async def receive() -> int:
            command = RecordGoodsReceipt(order_id, uuid7(), [ReceiptLine(1, Decimal(1))])
            result = await handler.handle(
                purchase_order_decider, stream, command, now_meta(), name="r"
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
            await handler.handle(old, stream, name, now_meta(), name="approve")
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

        await handler.handle(new, stream, "dee", now_meta(), name="approve")  # crosses 4: snapshot
        async with pool.connection() as conn:
            assert (await handler.load(conn, new, stream)).state == ApprovalsV2(
                4, ("ann", "bob", "cy", "dee")
            )
            assert (await handler.load(conn, old, stream)).state == Approvals(4)
    finally:
        await pool.close()


@contextmanager
def read_only(database: str) -> Iterator[None]:
    """New sessions of `database` may only read (as a replica after a failover) and its current
    sessions are cut, for the block; then it writes again, and its sessions are cut again."""
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{database}" SET default_transaction_read_only = on')
        _cut_sessions(admin, database)
        try:
            yield
        finally:
            admin.execute(f'ALTER DATABASE "{database}" RESET default_transaction_read_only')
            _cut_sessions(admin, database)


def _cut_sessions(admin: psycopg.Connection[Any], database: str) -> None:
    admin.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()",
        (database,),
    )


def _new_supplier(name: str = "Acme Trading") -> dict[str, str]:
    return {"code": f"S-{uuid4().hex[:8]}", "name": name, "currency": "CNY"}


async def test_commands_answer_503_while_the_database_refuses_then_succeed(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await supplier(client, purchasing)
        with read_only(f"jxct_{stack.namespace}_purchasing"):
            for _ in range(3):
                answer = await client.post(f"{purchasing}/suppliers", json=_new_supplier())
                assert answer.status_code == 503, answer.text
                assert int(answer.headers["retry-after"]) > 0
                assert answer.headers["content-type"] == "application/problem+json"
                assert "try again" in answer.json()["detail"]

        async def accepted() -> bool:
            answer = await client.post(f"{purchasing}/suppliers", json=_new_supplier())
            assert answer.status_code in (201, 503), answer.text
            return answer.status_code == 201

        await eventually(accepted, timeout=15)


@contextmanager
def refusing_connections(database: str) -> Iterator[None]:
    """`database` takes no connection for the block (as while PostgreSQL restarts)."""
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS false')
        _cut_sessions(admin, database)
        try:
            yield
        finally:
            admin.execute(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS true')


async def test_commands_answer_503_soon_while_the_database_takes_no_connection(
    stack: Stack,
) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await supplier(client, purchasing)
        with refusing_connections(f"jxct_{stack.namespace}_purchasing"):
            for _ in range(3):  # the cut sessions, then a wait for a connection
                started = time.monotonic()
                answer = await client.post(f"{purchasing}/suppliers", json=_new_supplier())
                assert answer.status_code == 503, answer.text
                assert int(answer.headers["retry-after"]) > 0
                assert time.monotonic() - started < 10  # not a client's whole timeout

        async def accepted() -> bool:
            answer = await client.post(f"{purchasing}/suppliers", json=_new_supplier())
            assert answer.status_code in (201, 503), answer.text
            return answer.status_code == 201

        await eventually(accepted, timeout=30)


async def test_a_value_the_database_refuses_is_a_4xx_not_a_500(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        # PostgreSQL cannot hold a NUL character: the data's fault, not ours. The edge refuses
        # it now (jxc.events.limits); the database's own refusal is the unit tests' case.
        answer = await client.post(f"{purchasing}/suppliers", json=_new_supplier("Acme\x00"))
        assert answer.status_code == 422, answer.text
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["fields"] == ["name"]
        assert "NUL" in answer.json()["detail"]
        await supplier(client, purchasing)  # the service is fine
