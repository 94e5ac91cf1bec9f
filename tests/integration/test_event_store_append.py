"""The event store's append on a real PostgreSQL, one event (scalar parameters) and many (arrays):
both store exactly the envelopes they return, with an outbox row each carrying the topic and
the command's span, notify the relay when the transaction commits, and refuse a taken stream
version as VersionConflict."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

import psycopg
import pytest
from opentelemetry.sdk.trace import TracerProvider

from jxc.events.base import Money
from jxc.events.contracts.purchasing import PurchaseOrderApproved
from jxc.events.contracts.registry import registry
from jxc.events.envelope import Envelope
from jxc.events.ids import uuid7
from jxc.platform import tracing
from jxc.platform.schema import OUTBOX_CHANNEL
from jxc.platform.store import EventStore, Metadata, NewEvent, VersionConflict, envelope_from_row
from tests.integration.harness import Stack

TOPIC = "t.purchasing.events"


def _approved(by: str) -> PurchaseOrderApproved:
    return PurchaseOrderApproved(
        purchase_order_id=uuid4(),
        approved_by=by,
        total=Money(amount=Decimal("1.10"), currency="CNY"),
    )


async def _stored(conn: psycopg.AsyncConnection[Any]) -> list[tuple[Envelope, str, str | None]]:
    cur = await conn.execute(
        "SELECT e.event_id, e.event_type, e.schema_version, e.stream_id, e.stream_version, "
        "e.occurred_at, e.recorded_at, e.producer, e.correlation_id, e.causation_id, "
        "e.payload::text, e.actor, o.topic, o.traceparent "
        "FROM events e JOIN outbox o USING (global_position) ORDER BY e.global_position"
    )
    return [(envelope_from_row(row[:12]), row[12], row[13]) for row in await cur.fetchall()]


def _same(stored: Envelope, returned: Envelope) -> None:
    # The payload is stored as jsonb, which may reorder and respace it: compare it decoded.
    assert registry.decode(stored) == registry.decode(returned)
    assert replace(stored, payload=b"") == replace(returned, payload=b"")


@pytest.mark.parametrize("caused", [[True], [False], [True, False, True]])
async def test_an_append_stores_what_it_returns_with_its_outbox_rows(
    stack: Stack, caused: list[bool]
) -> None:
    """`caused`: per event, whether its metadata names a causation and an actor."""
    stack.migrate("purchasing")
    url = stack.database("purchasing")
    store = EventStore(registry, "/jxc/tests", TOPIC)
    named = Metadata(datetime.now(UTC), uuid7(), causation_id=uuid7(), actor="王芳 'o\"k'")
    plain = Metadata(datetime.now(UTC), uuid7())
    new = [
        NewEvent(f"po-{i}", 1, _approved(f"by-{i}"), named if c else plain)
        for i, c in enumerate(caused)
    ]
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as listener:
        await listener.execute(f"LISTEN {OUTBOX_CHANNEL}")
        notified = listener.notifies(timeout=10, stop_after=1)
        async with await psycopg.AsyncConnection.connect(url) as conn:
            tracing.install(TracerProvider())
            try:
                with tracing.command("approve"):
                    returned = await store.append_many(conn, new)
                    span = tracing.current_traceparent()
            finally:
                tracing.uninstall()
            await conn.commit()
            stored = await _stored(conn)
        assert [n.channel async for n in notified] == [OUTBOX_CHANNEL]
    assert span is not None and len(stored) == len(returned) == len(caused)
    for (envelope, topic, traceparent), back in zip(stored, returned, strict=True):
        _same(envelope, back)
        assert (topic, traceparent) == (TOPIC, span)
    assert [(e.actor, e.causation_id) for e in returned] == [
        (named.actor, named.causation_id) if c else (None, None) for c in caused
    ]


@pytest.mark.parametrize("count", [1, 3])
async def test_a_taken_version_is_a_conflict_and_stores_nothing(stack: Stack, count: int) -> None:
    stack.migrate("purchasing")
    url = stack.database("purchasing")
    store = EventStore(registry, "/jxc/tests", TOPIC)
    meta = Metadata(datetime.now(UTC), uuid7())
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await store.append(conn, "po-1", 0, [_approved("first")], meta)
        with pytest.raises(VersionConflict) as raised:
            await store.append(
                conn, "po-1", 0, [_approved(f"again-{i}") for i in range(count)], meta
            )
        assert raised.value.stream_id == "po-1" and raised.value.expected_version == 0
        stored = await _stored(conn)
    assert [registry.decode(e).approved_by for e, _, _ in stored] == ["first"]  # type: ignore[attr-defined]


async def test_concurrent_single_appends_to_one_version_store_one(stack: Stack) -> None:
    stack.migrate("purchasing")
    url = stack.database("purchasing")
    store = EventStore(registry, "/jxc/tests", TOPIC)

    async def append(by: str) -> bool:
        meta = Metadata(datetime.now(UTC), uuid7())
        async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
            try:
                await store.append(conn, "po-race", 0, [_approved(by)], meta)
            except VersionConflict:
                return False
            return True

    won = await asyncio.gather(*(append(f"writer-{i}") for i in range(8)))
    assert sum(won) == 1


async def test_every_outbox_row_names_an_event_its_append_stored_without_a_foreign_key(
    stack: Stack,
) -> None:
    """The outbox's reference to its event is unchecked since platform step 6 (the check cost
    a third of the append's server time): only the append writes outbox rows, from the events
    the same statement inserted, including when a version clash rolls a batch back."""
    stack.migrate("purchasing")
    url = stack.database("purchasing")
    store = EventStore(registry, "/jxc/tests", TOPIC)
    meta = Metadata(datetime.now(UTC), uuid7())
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await store.append_many(
            conn, [NewEvent(f"po-{i}", 1, _approved("a"), meta) for i in range(5)]
        )
        await store.append(conn, "po-0", 1, [_approved("b"), _approved("c")], meta)
        with pytest.raises(VersionConflict):
            await store.append_many(
                conn,
                [
                    NewEvent("po-9", 1, _approved("d"), meta),
                    NewEvent("po-1", 1, _approved("e"), meta),
                ],
            )
        cur = await conn.execute(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'outbox'::regclass "
            "AND contype = 'f'"
        )
        assert await cur.fetchone() == (0,)
        cur = await conn.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM outbox), "
            "(SELECT count(*) FROM outbox o LEFT JOIN events e USING (global_position) "
            " WHERE e.event_id IS NULL), "
            "(SELECT count(DISTINCT global_position) FROM outbox)"
        )
        assert await cur.fetchone() == (7, 7, 0, 7)
