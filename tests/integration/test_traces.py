"""Traces (issue 11, item 5) on the real PostgreSQL and Kafka: one goods receipt's trace runs
from the HTTP request and the command, through the outbox row (its traceparent) and the relay's
publish (the W3C traceparent in the record's headers), to inventory's stock projection applying
it: one trace id, each span the child of the one before. While tracing is off, the outbox row
carries no traceparent and the record no header."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
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
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, line, registered_in_inventory, supplier
from tests.integration.harness import KAFKA_BOOTSTRAP, Stack, eventually, free_port, wait_http
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


# --- one receipt over HTTP, across the processes: the trace docs/trace-of-a-receipt.md shows ---

DOC = Path(__file__).resolve().parents[2] / "docs" / "trace-of-a-receipt.md"


def _serve_traced(stack: Stack, service: str, folder: Path) -> str:
    port = str(free_port())
    process = stack.start(service, "serve", JXC_HTTP_PORT=port, JXC_TRACE_DIR=str(folder))
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/healthz", process)
    return url


def _spans_in(folder: Path) -> list[dict[str, Any]]:
    found = []
    for file in sorted(folder.glob("*.jsonl")):
        for text in file.read_text().splitlines():
            if text.strip():
                found.append(json.loads(text))
    return found


def _trace_of(folder: Path, span_name: str) -> list[dict[str, Any]]:
    """The spans of the trace that has a span named `span_name`."""
    spans = _spans_in(folder)
    found = [s for s in spans if s["name"] == span_name]
    if len(found) != 1:
        return []
    trace_id = found[0]["context"]["trace_id"]
    return [s for s in spans if s["context"]["trace_id"] == trace_id]


def _descends(spans: list[dict[str, Any]], child: dict[str, Any], ancestor: dict[str, Any]) -> bool:
    by_id = {s["context"]["span_id"]: s for s in spans}
    parent = child["parent_id"]
    while parent is not None:
        if parent == ancestor["context"]["span_id"]:
            return True
        parent = by_id[parent]["parent_id"] if parent in by_id else None
    return False


def _when(span: dict[str, Any], key: str) -> datetime:
    return datetime.fromisoformat(span[key].replace("Z", "+00:00"))


def render_trace(
    spans: list[dict[str, Any]], namespace: str, hide: dict[str, str] | None = None
) -> str:
    """The spans as a tree: name, process, kind, start after the root and duration (`hide`:
    text to replace in the names, e.g. a run's ids)."""
    by_parent: dict[str | None, list[dict[str, Any]]] = {}
    for span in spans:
        by_parent.setdefault(span["parent_id"], []).append(span)
    (root,) = by_parent[None]
    began = _when(root, "start_time")

    def named(text: str) -> str:
        for found, shown in (hide or {}).items():
            text = text.replace(found, shown)
        return text.replace(f"{namespace}.", "jxc.")

    rows: list[tuple[str, str, str, str, str, str]] = []

    def walk(span: dict[str, Any], prefix: str, last: bool, top: bool) -> None:
        branch = "" if top else ("└─ " if last else "├─ ")
        start = (_when(span, "start_time") - began).total_seconds() * 1000
        took = (_when(span, "end_time") - _when(span, "start_time")).total_seconds() * 1000
        rows.append(
            (
                prefix + branch + named(span["name"]),
                span["resource"]["attributes"]["service.name"],
                span["kind"].removeprefix("SpanKind."),
                f"+{start:.1f} ms",
                f"{took:.1f} ms",
                span["context"]["span_id"].removeprefix("0x"),
            )
        )
        children = sorted(
            by_parent.get(span["context"]["span_id"], []), key=lambda s: s["start_time"]
        )
        inner = prefix + ("" if top else ("   " if last else "│  "))
        for i, child in enumerate(children):
            walk(child, inner, i == len(children) - 1, False)

    walk(root, "", True, True)
    head = ("span", "process", "kind", "start", "took", "span id")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    header = "  ".join(c.ljust(w) for c, w in zip(head, widths, strict=True)).rstrip()
    trace_id = root["context"]["trace_id"].removeprefix("0x")
    return "\n".join([f"trace {trace_id}", "", header, *lines])


async def test_a_receipt_over_http_is_one_trace_across_the_services(
    stack: Stack, tmp_path: Path
) -> None:
    """The real thing: purchasing and inventory serving as processes of their own, each writing
    its spans (JXC_TRACE_DIR); one goods receipt POSTed. Its trace holds the request, the
    command, the append to the store, the relay's publish and inventory's stock projection
    applying it, each the child of the one before, in one trace across the two processes.
    JXC_WRITE_TRACE_DOC=1 writes the tree into docs/trace-of-a-receipt.md."""
    purchasing = _serve_traced(stack, "purchasing", tmp_path)
    inventory = _serve_traced(stack, "inventory", tmp_path)
    sku = f"TEA-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await registered_in_inventory(client, inventory, purchasing, [sku], ["WH-SH"])
        order_id = await approved_order(client, purchasing, supplier_id, [line(1, sku, "12")])
        response = await client.post(
            f"{purchasing}/purchase-orders/{order_id}/receipts",
            json={"lines": [{"line_no": 1, "quantity_accepted": "12"}]},
        )
        assert response.status_code == 201, response.text
        [goods_received] = response.json()["event_ids"]
        level = await client.get(
            f"{inventory}/stock/{sku}/WH-SH", params={"wait_for_event": goods_received}
        )
        assert level.status_code == 200 and Decimal(level.json()["on_hand"]) == 12

    posted = f"POST /purchase-orders/{order_id}/receipts"
    keeper = f"apply {stack.namespace}.inventory.stock-keeper"

    async def applied() -> list[dict[str, Any]]:
        spans = _trace_of(tmp_path, posted)
        return spans if any(s["name"] == keeper for s in spans) else []

    spans = await eventually(applied, timeout=30)
    named = {s["name"]: s for s in spans}
    by_id = {s["context"]["span_id"]: s for s in spans}
    append = named[f"append purchase-order-{order_id}"]
    command = by_id[append["parent_id"]]  # the store appends inside the command's span
    assert command["name"].startswith("command ")
    publish = named[f"publish {topic_of('purchasing', stack.namespace)}"]
    chain = [named[posted], command, publish, named[keeper]]
    for parent, child in itertools.pairwise(chain):
        assert _descends(spans, child, parent), (parent["name"], child["name"])
    assert publish["parent_id"] == command["context"]["span_id"]  # through the outbox row
    assert named[keeper]["parent_id"] == publish["context"]["span_id"]  # through Kafka
    (root,) = [s for s in spans if s["parent_id"] is None]
    assert root["resource"]["attributes"]["service.name"] == "jxc-purchasing"
    assert named[keeper]["resource"]["attributes"]["service.name"] == "jxc-inventory"

    tree = render_trace(spans, stack.namespace, {order_id: "<order id>", sku: "TEA"})
    print(tree)
    if os.environ.get("JXC_WRITE_TRACE_DOC"):
        DOC.write_text(DOC_HEAD + "\n```\n" + tree + "\n```\n")


DOC_HEAD = """# The trace of one goods receipt

One `POST /purchase-orders/{id}/receipts` to purchasing, followed from the HTTP request to
inventory's stock projection applying it, in two processes (`jxc-purchasing serve`,
`jxc-inventory serve`) that each wrote their spans as JSON lines (`JXC_TRACE_DIR`; with
`OTEL_EXPORTER_OTLP_ENDPOINT` the same spans go to a collector). One trace id throughout:

- `POST /purchase-orders/{purchase_order_id}/receipts`: the request as FastAPI's own
  instrumentation names it (by route), the root; FastAPI's `fastapi.*` spans are its children
  (dependencies, the endpoint, serialization);
- `POST /purchase-orders/<order id>/receipts`: the request as JXC's HTTP layer sees it;
- `command record-goods-receipt`: the command handler's transaction, inside the endpoint;
- `append purchase-order-…`: the event store's append (events and outbox rows, one statement);
  the outbox row keeps the command span's W3C traceparent;
- `publish jxc.purchasing.events`: the outbox relay publishing the row, a child of the command
  (through the row's traceparent); the Kafka record carries the publish span's traceparent in
  its headers, beside the CloudEvents ones;
- `apply <consumer>`: each projection that applied the record, a child of the publish (through
  the record's header), in whatever process it runs: inventory's stock keeper (which records
  inventory's own events for the receipt, published and applied in turn by their consumers)
  and purchasing's supplier scorecard.

Regenerate (real Kafka and PostgreSQL running, see deploy/local):

    JXC_WRITE_TRACE_DOC=1 uv run pytest -q -s tests/integration/test_traces.py -k over_http

The test (tests/integration/test_traces.py) asserts the parent/child chain and the shared trace
id; the times below are from one run on a development machine.
"""
