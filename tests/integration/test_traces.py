"""Traces (issue 11, item 5) on the real PostgreSQL and Kafka: one goods receipt's trace runs
from the HTTP request and the command, through the outbox row (its traceparent) and the relay's
publish (the W3C traceparent in the record's headers), to inventory's stock projection applying
it: one trace id, each span the child of the one before. While tracing is off, the outbox row
carries no traceparent and the record no header."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from jxc.events.base import DomainEvent
from jxc.events.ids import uuid7
from jxc.inventory.main import service as inventory_service
from jxc.platform import tracing
from jxc.platform.decider import Decider
from jxc.platform.runtime import Service
from jxc.platform.settings import topic_of
from jxc.platform.store import Metadata
from jxc.purchasing.main import service as purchasing_service
from tests.integration.harness import KAFKA_BOOTSTRAP, Stack, eventually
from tests.integration.publishing import read_all, receipt

# A stand-in for purchasing's receiving rules: the command is the event to record.
RECEIVING: Decider[DomainEvent, int] = Decider(
    stream_prefix="purchase-order",
    initial_state=0,
    decide=lambda command, state: [command],
    evolve=lambda state, event: state + 1,
)


@pytest.fixture
def spans() -> AsyncIterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing.install(provider)
    try:
        yield exporter  # type: ignore[misc]
    finally:
        tracing.uninstall()


def _service(stack: Stack, name: str, monkeypatch: pytest.MonkeyPatch) -> Service:
    stack.migrate(name)
    monkeypatch.setenv("JXC_DATABASE_URL", stack.database(name))
    monkeypatch.setenv("JXC_KAFKA_BOOTSTRAP", KAFKA_BOOTSTRAP)
    monkeypatch.setenv("JXC_TOPIC_NAMESPACE", stack.namespace)
    made: Service = {"purchasing": purchasing_service, "inventory": inventory_service}[name]()
    return made


async def _receive(purchasing: Service) -> list[str | None]:
    """Receive 12 TEA into WH-A (a command over purchasing's store) and relay it to Kafka;
    the outbox rows' traceparents."""
    stop = asyncio.Event()
    async with purchasing.parts() as parts:
        meta = Metadata(occurred_at=datetime.now(UTC), correlation_id=uuid7(), actor="chen.jing")
        path = "/purchase-orders/1/receipts"
        with tracing.request("POST", path, [(b"content-type", b"application/json")]):
            result = await parts.commands.handle(
                RECEIVING,
                f"purchase-order-{uuid7()}",
                receipt([("TEA", "WH-A", Decimal(12))]),
                meta,
                name="receive_goods",
            )
        assert len(result.event_ids) == 1
        dsn = parts.settings.dsn()
        async with await psycopg.AsyncConnection.connect(dsn) as conn:
            cur = await conn.execute("SELECT traceparent FROM outbox ORDER BY id")
            rows = [r[0] for r in await cur.fetchall()]
        relay = asyncio.create_task(purchasing.relay(parts).run(stop))
        try:
            await eventually(lambda: _sent(dsn), timeout=30)
        finally:
            stop.set()
            await asyncio.gather(relay, return_exceptions=True)
    return rows


async def _sent(dsn: str) -> bool:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
        row = await cur.fetchone()
        return row is not None and row[0] == 0


async def _on_hand(dsn: str) -> Decimal | None:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute("SELECT on_hand FROM stock_positions WHERE sku = 'TEA'")
        row = await cur.fetchone()
        return None if row is None else Decimal(row[0])


def _one(spans: Sequence[ReadableSpan], name: str) -> ReadableSpan:
    found = [s for s in spans if s.name == name]
    assert len(found) == 1, [s.name for s in spans]
    return found[0]


async def test_one_receipt_is_one_trace_from_the_command_to_the_stock_projection(
    stack: Stack, spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    outbox_rows = await _receive(_service(stack, "purchasing", monkeypatch))
    inventory = _service(stack, "inventory", monkeypatch)
    stop = asyncio.Event()
    async with inventory.parts() as parts:
        runner = inventory._runner(parts, "stock-keeper")
        projecting = asyncio.create_task(runner.run(stop))
        try:
            on_hand = await eventually(lambda: _on_hand(parts.settings.dsn()), timeout=60)
        finally:
            stop.set()
            await asyncio.gather(projecting, return_exceptions=True)
    assert on_hand == 12

    finished = spans.get_finished_spans()
    request = _one(finished, "POST /purchase-orders/1/receipts")
    command = _one(finished, "command receive_goods")
    topic = topic_of("purchasing", stack.namespace)
    publish = _one(finished, f"publish {topic}")
    apply = _one(finished, f"apply {stack.namespace}.inventory.stock-keeper")
    assert request.context is not None and command.context is not None
    assert publish.context is not None and apply.context is not None
    trace_id = request.context.trace_id
    assert {s.context.trace_id for s in (command, publish, apply) if s.context} == {trace_id}
    assert command.parent is not None and command.parent.span_id == request.context.span_id
    assert publish.parent is not None and publish.parent.span_id == command.context.span_id
    assert apply.parent is not None and apply.parent.span_id == publish.context.span_id
    # the outbox row carried the command's traceparent to the relay
    [carried] = outbox_rows
    assert carried is not None
    assert carried.startswith(f"00-{trace_id:032x}-{command.context.span_id:016x}-")
    # and the record on Kafka carries the publish span's
    [record] = await read_all(topic, expect=1)
    headers: dict[str, Any] = dict(record.headers)  # type: ignore[attr-defined]
    sent = f"00-{trace_id:032x}-{publish.context.span_id:016x}-".encode()
    assert headers["traceparent"].startswith(sent)


async def test_while_tracing_is_off_nothing_is_carried(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not tracing.enabled()
    outbox_rows = await _receive(_service(stack, "purchasing", monkeypatch))
    assert outbox_rows == [None]
    [record] = await read_all(topic_of("purchasing", stack.namespace), expect=1)
    assert "traceparent" not in dict(record.headers)  # type: ignore[attr-defined]
