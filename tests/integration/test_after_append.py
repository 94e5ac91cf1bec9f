"""The after-append hook is given the aggregate as the command left it: the state after the new
events and the new version, so an inline read model never loads and folds its stream a second
time. On a scratch database of purchasing (no Kafka: nothing here publishes)."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import pytest
from psycopg import errors, pq
from psycopg_pool import AsyncConnectionPool

from jxc.events.contracts.registry import registry
from jxc.events.envelope import Envelope
from jxc.events.ids import uuid7
from jxc.platform.commands import AfterAppend, Appended, CommandHandler, Queued
from jxc.platform.store import Conn, EventStore, Snapshot
from jxc.purchasing.adapters import invoice_list, order_list
from jxc.purchasing.app.invoices import NewInvoice, SupplierInvoices
from jxc.purchasing.app.purchase_orders import PurchaseOrders
from jxc.purchasing.app.suppliers import Suppliers
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    CreatePurchaseOrder,
    OrderLine,
    PurchaseOrderState,
    PurchaseOrderStatus,
    ReceiptLine,
    RecordGoodsReceipt,
    RegisterSupplier,
    SubmitPurchaseOrder,
    purchase_order_decider,
)
from jxc.purchasing.domain.supplier_invoice import InvoiceLine, supplier_invoice_decider
from jxc.purchasing.settings import PurchasingSettings
from tests.integration.commanding import now_meta
from tests.integration.harness import Stack


class CountingStore(EventStore):
    """The real event store, counting how often each stream is read."""

    def __init__(self) -> None:
        super().__init__(registry, "/jxc/tests", "unused")
        self.loads: Counter[str] = Counter()

    async def load(self, conn: Conn, stream_id: str, after_version: int = 0) -> list[Envelope]:
        self.loads[stream_id] += 1
        return await super().load(conn, stream_id, after_version)

    async def load_with_snapshot(
        self, conn: Conn, stream_id: str
    ) -> tuple[Snapshot | None, list[Envelope]]:
        self.loads[stream_id] += 1
        return await super().load_with_snapshot(conn, stream_id)


@pytest.fixture
async def handler() -> AsyncIterator[CommandHandler]:
    stack = Stack()
    try:
        stack.migrate("purchasing")
        pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
            stack.database("purchasing"), min_size=1, max_size=2, open=False
        )
        await pool.open(wait=True)
        try:
            yield CommandHandler(pool, CountingStore(), service="t")
        finally:
            await pool.close()
    finally:
        stack.drop()


def _create(order_id: UUID, supplier_id: UUID, quantity: str = "10") -> CreatePurchaseOrder:
    return CreatePurchaseOrder(
        purchase_order_id=order_id,
        supplier_id=supplier_id,
        supplier_currency="CNY",
        supplier_blocked=False,
        currency="CNY",
        lines=[OrderLine(1, "TEA-01", Decimal(quantity), "box", Decimal("12.50"), "WH-SH")],
    )


def _loads(handler: CommandHandler) -> Counter[str]:
    store = handler.store
    assert isinstance(store, CountingStore)
    return store.loads


async def test_the_hook_gets_the_state_and_version_after_the_new_events(
    handler: CommandHandler,
) -> None:
    order_id = uuid4()
    stream = purchase_order_decider.stream_id(order_id)
    seen: list[Appended[PurchaseOrderState]] = []

    async def hook(conn: Conn, appended: Appended[PurchaseOrderState]) -> None:
        seen.append(appended)

    await handler.handle(
        purchase_order_decider, stream, _create(order_id, uuid4()), now_meta(), name="c"
    )
    await handler.handle(
        purchase_order_decider,
        stream,
        ApprovePurchaseOrder(order_id, "li.wei"),
        now_meta(),
        name="a",
        after_append=hook,
    )

    [appended] = seen
    assert appended.stream_id == stream
    assert [type(e).__name__ for _, e in appended.events] == ["PurchaseOrderApproved"]
    assert appended.version == 2
    assert appended.state.status is PurchaseOrderStatus.APPROVED
    async with handler.pool.connection() as conn:
        reloaded = await handler.load(conn, purchase_order_decider, stream)
    assert (appended.state, appended.version) == (reloaded.state, reloaded.version)


async def test_the_order_list_follows_every_command_from_one_load_of_the_order(
    handler: CommandHandler,
) -> None:
    orders = PurchaseOrders(handler, PurchasingSettings())
    order_id = uuid4()
    stream = purchase_order_decider.stream_id(order_id)
    loads = _loads(handler)

    await orders.handle(order_id, _create(order_id, uuid4()), now_meta(), "create", {})
    assert loads[stream] == 1
    await orders.submit(SubmitPurchaseOrder(order_id, "li.wei"), now_meta())
    assert loads[stream] == 2

    async with handler.pool.connection() as conn:
        [row] = await order_list.search(conn, ["submitted"], None, 10)
    assert (row["purchase_order_id"], row["status"], row["version"]) == (order_id, "submitted", 2)


async def test_the_invoice_list_follows_a_recorded_invoice_from_one_load_of_the_invoice(
    handler: CommandHandler,
) -> None:
    orders = PurchaseOrders(handler, PurchasingSettings())
    invoices = SupplierInvoices(handler, PurchasingSettings())
    supplier_id, order_id, invoice_id = uuid4(), uuid4(), uuid4()
    await Suppliers(handler).handle(
        RegisterSupplier(supplier_id, "ACME", "Acme Trading", "CNY"), now_meta(), "register"
    )
    await orders.handle(order_id, _create(order_id, supplier_id), now_meta(), "create", {})
    await orders.approve(order_id, "li.wei", now_meta())
    await orders.receive(
        RecordGoodsReceipt(order_id, uuid7(), [ReceiptLine(1, Decimal(10))]), now_meta()
    )

    await invoices.record(
        NewInvoice(
            invoice_id,
            supplier_id,
            order_id,
            "INV-1",
            date(2026, 12, 1),
            [InvoiceLine(1, Decimal(10), Decimal("12.50"))],
        ),
        now_meta(),
    )

    assert _loads(handler)[supplier_invoice_decider.stream_id(invoice_id)] == 1
    async with handler.pool.connection() as conn:
        [row] = await invoice_list.search(conn, None, None, order_id, 10)
    # Recorded and matched: two events, the list shows the state after both.
    assert (row["invoice_id"], row["status"], row["version"]) == (invoice_id, "matched", 2)


async def test_a_queued_hook_writes_with_the_commit_and_a_plain_one_after_a_sync(
    handler: CommandHandler,
) -> None:
    order_id = uuid4()
    stream = purchase_order_decider.stream_id(order_id)
    pipelined: dict[str, bool] = {}

    def hook(name: str) -> AfterAppend[PurchaseOrderState]:
        async def write(conn: Conn, appended: Appended[PurchaseOrderState]) -> None:
            pipelined[name] = conn.pgconn.pipeline_status != pq.PipelineStatus.OFF
            await conn.execute(
                "INSERT INTO hook_writes (name, version) VALUES (%s, %s)",
                (name, appended.version),
            )

        return write

    async with handler.pool.connection() as conn:
        await conn.execute("CREATE TABLE hook_writes (name text PRIMARY KEY, version int)")
        await conn.commit()
    await _created(handler, order_id, Queued(hook("queued")))
    await handler.handle(
        purchase_order_decider,
        stream,
        ApprovePurchaseOrder(order_id, "li.wei"),
        now_meta(),
        name="a",
        after_append=hook("plain"),
    )

    assert pipelined == {"queued": True, "plain": False}
    async with handler.pool.connection() as conn:
        cur = await conn.execute("SELECT name, version FROM hook_writes ORDER BY version")
        assert await cur.fetchall() == [("queued", 1), ("plain", 2)]


async def test_a_queued_hook_that_fails_rolls_the_command_back_with_its_own_error(
    handler: CommandHandler,
) -> None:
    order_id = uuid4()
    stream = purchase_order_decider.stream_id(order_id)

    async def broken(conn: Conn, appended: Appended[PurchaseOrderState]) -> None:
        await conn.execute("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(errors.UndefinedTable):
        await _created(handler, order_id, Queued(broken))

    async with handler.pool.connection() as conn:  # nothing recorded; the connection works
        folded = await handler.load(conn, purchase_order_decider, stream)
    assert folded.version == 0
    await _created(handler, order_id)
    async with handler.pool.connection() as conn:
        assert (await handler.load(conn, purchase_order_decider, stream)).version == 1


async def _created(
    handler: CommandHandler,
    order_id: UUID,
    after_append: AfterAppend[PurchaseOrderState] | None = None,
) -> None:
    """A new order of 10, with `after_append`."""
    await handler.handle(
        purchase_order_decider,
        purchase_order_decider.stream_id(order_id),
        _create(order_id, uuid4()),
        now_meta(),
        name="c",
        after_append=after_append,
    )
