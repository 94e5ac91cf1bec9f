"""Traces (OpenTelemetry) from the HTTP command through the event store and Kafka to the
projection that applies it.

- The command runs in a span (`command <name>`), child of the request's W3C `traceparent` when
  the caller sent one.
- The store appends in an `append <stream>` span, and writes the command span's traceparent on
  each outbox row it queues.
- The relay publishes each row in a `publish <topic>` span, child of that traceparent, and puts
  its own traceparent in the record's headers (beside the CloudEvents ones).
- A projection applies a batch in an `apply <consumer>` span per trace found in the records'
  `traceparent` headers (the batch is one transaction: each trace sees it whole).
- Log lines carry the trace and span ids (`add_trace_ids`, a structlog processor).

Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (`configure`), or JXC_TRACE_DIR (each process
writes its spans there as JSON lines, `jxc-<service>-<pid>.jsonl`: no collector needed), or a
test installs a provider (`install`): while off, no span is made, no header read, the outbox
column stays NULL."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SimpleSpanProcessor,
)
from opentelemetry.trace import SpanKind, Tracer
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from jxc.platform.metrics import PROJECTION_BATCH_SECONDS

TRACEPARENT = "traceparent"
MAX_TRACES_PER_BATCH = 64  # apply spans per batch; further traces of the batch get no span

_propagator = TraceContextTextMapPropagator()
_tracer: Tracer | None = None  # None: tracing is off


def enabled() -> bool:
    return _tracer is not None


def install(provider: TracerProvider) -> None:
    """Trace into `provider` from now on (tests: an in-memory exporter)."""
    global _tracer
    _tracer = provider.get_tracer("jxc.platform")


def uninstall() -> None:
    global _tracer
    _tracer = None


def configure(service: str) -> bool:
    """Export over OTLP (HTTP/protobuf) when OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter
    reads the standard OTEL_EXPORTER_OTLP_* variables), and/or into JXC_TRACE_DIR as JSON
    lines, one file per process. Whether tracing is on."""
    endpoint = os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
    folder = os.environ.get("JXC_TRACE_DIR")
    if not endpoint and not folder:
        return False
    name = os.environ.get("OTEL_SERVICE_NAME", f"jxc-{service}")
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    if endpoint:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    if folder:
        path = os.path.join(folder, f"{name}-{os.getpid()}.jsonl")
        out = open(path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 (the process's)
        exporter = ConsoleSpanExporter(
            out=out, formatter=lambda span: span.to_json(indent=None) + "\n"
        )
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    install(provider)
    return True


def current_traceparent() -> str | None:
    """The W3C traceparent of the current span, for the outbox row (None while off)."""
    if _tracer is None:
        return None
    carrier: dict[str, str] = {}
    _propagator.inject(carrier)
    return carrier.get(TRACEPARENT)


def _parent(traceparent: str | None) -> otel_context.Context | None:
    return _propagator.extract({TRACEPARENT: traceparent}) if traceparent else None


@contextmanager
def command(name: str, traceparent: str | None = None) -> Iterator[None]:
    """The span of one command; a child of the caller's trace when it sent a traceparent,
    else of the current span (the HTTP request's), else a new trace."""
    if _tracer is None:
        yield
        return
    parent = _parent(traceparent)
    with _tracer.start_as_current_span(
        f"command {name}", context=parent, kind=SpanKind.INTERNAL, attributes={"jxc.command": name}
    ):
        yield


@contextmanager
def request(method: str, route: str, headers: Iterable[tuple[bytes, bytes]]) -> Iterator[None]:
    """The server span of one HTTP request, child of its `traceparent` header if any."""
    if _tracer is None:
        yield
        return
    sent = dict(headers).get(TRACEPARENT.encode())
    with _tracer.start_as_current_span(
        f"{method} {route}",
        context=_parent(sent.decode(errors="replace") if sent else None),
        kind=SpanKind.SERVER,
        attributes={"http.request.method": method, "url.path": route},
    ):
        yield


@contextmanager
def appending(stream_id: str, count: int) -> Iterator[None]:
    """The span of one append to the event store (with its outbox rows)."""
    if _tracer is None:
        yield
        return
    with _tracer.start_as_current_span(
        f"append {stream_id}",
        kind=SpanKind.INTERNAL,
        attributes={"jxc.stream_id": stream_id, "jxc.events": count},
    ):
        yield


def publish_headers(
    topic: str, traceparent: str | None, headers: list[tuple[str, bytes]]
) -> list[tuple[str, bytes]]:
    """The record's headers with the traceparent of a `publish` span, child of the outbox
    row's trace (unchanged when the row has none or tracing is off)."""
    if _tracer is None or not traceparent:
        return headers
    with _tracer.start_as_current_span(
        f"publish {topic}",
        context=_parent(traceparent),
        kind=SpanKind.PRODUCER,
        attributes={"messaging.system": "kafka", "messaging.destination.name": topic},
    ):
        carrier: dict[str, str] = {}
        _propagator.inject(carrier)
    return [*headers, (TRACEPARENT, carrier[TRACEPARENT].encode())]


def _traceparents(batches: Any) -> list[str]:
    """The distinct traceparent headers of a poll's records, in order."""
    found: dict[str, None] = {}
    for records in batches.values():
        for record in records:
            for key, value in record.headers or ():
                if key == TRACEPARENT and value:
                    found.setdefault(value.decode(errors="replace"))
                    if len(found) >= MAX_TRACES_PER_BATCH:
                        return list(found)
    return list(found)


@contextmanager
def applying(consumer: str, batches: Any) -> Iterator[None]:
    """Around one batch's apply (one transaction): its time in jxc_projection_batch_seconds,
    and, when tracing, an `apply` span in each trace the batch's records carry."""
    started = time.perf_counter()
    try:
        if _tracer is None:
            yield
            return
        with ExitStack() as spans:
            for traceparent in _traceparents(batches):
                spans.enter_context(
                    _tracer.start_as_current_span(
                        f"apply {consumer}",
                        context=_parent(traceparent),
                        kind=SpanKind.CONSUMER,
                        attributes={"jxc.consumer": consumer},
                    )
                )
            yield
    finally:
        PROJECTION_BATCH_SECONDS.labels(consumer).observe(time.perf_counter() - started)


def add_trace_ids(
    _: Any, __: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: the current trace and span ids on every log line (when tracing)."""
    if _tracer is not None:
        context = trace.get_current_span().get_span_context()
        if context.is_valid:
            event_dict.setdefault("trace_id", format(context.trace_id, "032x"))
            event_dict.setdefault("span_id", format(context.span_id, "016x"))
    return event_dict


__all__: Sequence[str] = (
    "TRACEPARENT",
    "add_trace_ids",
    "appending",
    "applying",
    "command",
    "configure",
    "current_traceparent",
    "enabled",
    "install",
    "publish_headers",
    "request",
    "uninstall",
)
