"""A command handler keeps the states it folded (jxc.platform.state_cache): only committed
ones, and never trusted past what the stream holds — on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import pytest
from psycopg_pool import AsyncConnectionPool

from jxc.events.contracts.registry import registry
from jxc.events.ids import uuid7
from jxc.platform.commands import Appended, CommandHandler
from jxc.platform.store import Conn, EventStore
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    ReceiptLine,
    RecordGoodsReceipt,
    purchase_order_decider,
)
from jxc.purchasing.domain.purchase_order.state import PurchaseOrderState
from tests.integration.commanding import nail_order, now_meta, open_pool
from tests.integration.harness import Stack


@pytest.fixture
async def pool(stack: Stack) -> AsyncIterator[AsyncConnectionPool[Any]]:
    stack.migrate("purchasing")
    opened = await open_pool(stack.database("purchasing"))
    yield opened
    await opened.close()


def _handler(pool: AsyncConnectionPool[Any], cache: int = 100) -> CommandHandler:
    store = EventStore(registry, "/jxc/tests", "unused")
    return CommandHandler(pool, store, service="tests", state_cache_size=cache)


async def _order(handler: CommandHandler) -> tuple[UUID, str]:
    order_id = uuid4()
    stream = purchase_order_decider.stream_id(order_id)
    await handler.handle(purchase_order_decider, stream, nail_order(order_id), now_meta(), name="c")
    approve = ApprovePurchaseOrder(order_id, "x")
    await handler.handle(purchase_order_decider, stream, approve, now_meta(), name="a")
    return order_id, stream


async def _receive(
    handler: CommandHandler, order_id: UUID, stream: str, quantity: int, **kw: Any
) -> None:
    command = RecordGoodsReceipt(order_id, uuid7(), [ReceiptLine(1, Decimal(quantity))])
    await handler.handle(purchase_order_decider, stream, command, now_meta(), name="r", **kw)


async def _every_event(handler: CommandHandler, stream: str) -> tuple[PurchaseOrderState, int]:
    async with handler.pool.connection() as conn:
        envelopes = await handler.store.load(conn, stream)
    state = purchase_order_decider.fold(registry.decode(e) for e in envelopes)
    return state, len(envelopes)


async def _loaded(handler: CommandHandler, stream: str) -> tuple[PurchaseOrderState, int]:
    async with handler.pool.connection() as conn:
        fold = await handler.load(conn, purchase_order_decider, stream)
    return fold.state, fold.version


async def test_each_process_folds_onto_what_it_kept_what_the_others_appended_since(
    pool: AsyncConnectionPool[Any],
) -> None:
    one, other = _handler(pool), _handler(pool)  # two processes, each with its own cache
    order_id, stream = await _order(one)
    await _receive(one, order_id, stream, 3)
    kept = one.states.get(stream, purchase_order_decider.evolve)
    assert kept is not None and kept.version == 3
    await _receive(other, order_id, stream, 4)  # not in `one`'s cache
    await _receive(one, order_id, stream, 5)

    state, version = await _loaded(one, stream)
    assert (state, version) == await _every_event(one, stream)
    assert version == 5 and state.lines[0].accepted == Decimal(12)
    kept = one.states.get(stream, purchase_order_decider.evolve)
    assert kept is not None and kept.version == 5


async def test_a_rolled_back_command_leaves_nothing_in_the_cache(
    pool: AsyncConnectionPool[Any],
) -> None:
    handler = _handler(pool)
    order_id, stream = await _order(handler)

    async def fail(conn: Conn, appended: Appended[Any]) -> None:
        raise RuntimeError("after the append, before the commit")

    with pytest.raises(RuntimeError):
        await _receive(handler, order_id, stream, 7, after_append=fail)
    kept = handler.states.get(stream, purchase_order_decider.evolve)
    assert kept is not None and kept.version == 2  # the approval, not the rolled-back 3

    await _receive(handler, order_id, stream, 2)
    state, version = await _loaded(handler, stream)
    assert (state, version) == await _every_event(handler, stream)
    assert state.lines[0].accepted == Decimal(2)


async def test_a_stream_that_is_not_what_was_cached_is_folded_afresh(
    pool: AsyncConnectionPool[Any],
) -> None:
    """A database restored from an older backup, then written by another process: the cached
    version's event is another one now, so the cache is not trusted."""
    handler, other = _handler(pool), _handler(pool)
    order_id, stream = await _order(handler)
    await _receive(handler, order_id, stream, 3)
    async with pool.connection() as conn:  # "restored" to before the receipt
        await conn.execute(
            "DELETE FROM outbox WHERE global_position IN (SELECT global_position FROM events"
            " WHERE stream_id = %s AND stream_version = 3)",
            (stream,),
        )
        await conn.execute(
            "DELETE FROM events WHERE stream_id = %s AND stream_version = 3", (stream,)
        )
        await conn.execute("DELETE FROM snapshots WHERE stream_id = %s", (stream,))
    await _receive(other, order_id, stream, 8)  # version 3 again, another event

    state, version = await _loaded(handler, stream)
    assert (state, version) == await _every_event(handler, stream)
    assert state.lines[0].accepted == Decimal(8)


async def test_without_a_cache_every_command_folds_from_the_store(
    pool: AsyncConnectionPool[Any],
) -> None:
    handler = _handler(pool, cache=0)
    order_id, stream = await _order(handler)
    await _receive(handler, order_id, stream, 3)
    assert len(handler.states) == 0
    assert await _loaded(handler, stream) == await _every_event(handler, stream)
