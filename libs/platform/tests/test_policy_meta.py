"""A policy's reaction is recorded as caused by the event it reacts to: same time and
correlation, the cause's id as causation, and (unless told otherwise) the cause's actor."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from jxc.events.envelope import Envelope
from jxc.platform.policy import caused_by
from jxc.platform.store import Metadata

AT = datetime(2026, 12, 1, 9, tzinfo=UTC)
CAUSE = Envelope(
    event_id=UUID("0190c000-0000-7000-8000-000000000001"),
    event_type="sales.ReturnExchanged",
    schema_version=1,
    stream_id="customer-return-1",
    stream_version=5,
    occurred_at=AT,
    recorded_at=AT,
    producer="jxc-sales",
    correlation_id=UUID("0190c000-0000-7000-8000-0000000000c0"),
    causation_id=None,
    payload=b"{}",
    actor="wang.fang",
)


def test_a_reaction_is_caused_by_its_event_on_behalf_of_its_actor() -> None:
    assert caused_by(CAUSE) == Metadata(AT, CAUSE.correlation_id, CAUSE.event_id, "wang.fang")
    assert caused_by(CAUSE, on_behalf=False).actor is None
