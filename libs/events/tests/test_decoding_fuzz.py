"""Fuzzing the readers of consumed records: whatever arrives, the CloudEvents decoder and the
registry return an event or raise MalformedEvent, the one error a consumer dead-letters."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jxc.events.base import DomainEvent, Quantity
from jxc.events.cloudevents import from_kafka, to_kafka
from jxc.events.contracts import registry
from jxc.events.envelope import Envelope
from jxc.events.errors import MalformedEvent, NewerSchemaVersion
from jxc.events.ids import uuid7
from jxc.events.registry import EventRegistry

NOW = datetime(2026, 3, 14, 9, 26, 53, tzinfo=UTC)


def envelope() -> Envelope:
    return Envelope(
        event_id=uuid7(),
        event_type="tests.Parcel",
        schema_version=2,
        stream_id="parcel-1",
        stream_version=3,
        occurred_at=NOW,
        recorded_at=NOW,
        producer="/jxc/tests",
        correlation_id=uuid7(),
        causation_id=uuid7(),
        payload=b'{"quantity": "1"}',
    )


CE_NAMES = [name for name, _ in to_kafka(envelope())[2]]
anything = st.one_of(
    st.none(), st.binary(max_size=40), st.text(max_size=40), st.integers(), st.floats()
)
header_value = st.one_of(
    st.none(),
    st.binary(max_size=60),
    st.sampled_from([b"1.0", b"7", b"-1", "7", b"2026-03-14T09:26:53Z", str(envelope().event_id)]),
    st.sampled_from([str(envelope().event_id).encode(), b"\xff\xfe", b"1" * 5000]),
    anything,
)
header = st.one_of(
    st.tuples(st.one_of(st.sampled_from(CE_NAMES), st.text(max_size=12)), header_value),
    st.tuples(anything, anything),
    st.tuples(st.sampled_from(CE_NAMES)),  # not a pair
    anything,
)


def _reads_or_refuses(value: Any, headers: Any) -> None:
    try:
        read = from_kafka(value, headers)
    except MalformedEvent:
        return
    assert isinstance(read, Envelope)
    assert isinstance(read.payload, bytes)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.one_of(st.none(), st.binary(max_size=80), anything), headers=st.lists(header))
def test_any_record_decodes_or_is_malformed(value: Any, headers: Any) -> None:
    _reads_or_refuses(value, headers)


@settings(max_examples=400, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=len(CE_NAMES) - 1),
    replacement=header_value,
    value=st.one_of(st.none(), st.binary(max_size=20)),
)
def test_one_damaged_header_of_a_good_record_is_malformed_or_read(
    index: int, replacement: Any, value: Any
) -> None:
    """Close to a real record: one header replaced (None, wrong type, garbage)."""
    headers: list[Any] = list(to_kafka(envelope())[2])
    headers[index] = (headers[index][0], replacement)
    _reads_or_refuses(value, headers)


def test_a_header_without_a_value_names_the_header() -> None:
    headers: list[Any] = [(n, None if n == "ce_id" else v) for n, v in to_kafka(envelope())[2]]
    try:
        from_kafka(b"{}", headers)
    except MalformedEvent as exc:
        assert "ce_id" in exc.reason
    else:
        raise AssertionError("a record without an event id was read")


def test_headers_that_are_not_a_list_are_malformed() -> None:
    for headers in (None, 7, "ce_id", [("ce_id",)], [b"x"]):
        try:
            from_kafka(b"{}", headers)  # type: ignore[arg-type]
        except MalformedEvent:
            continue
        raise AssertionError(f"{headers!r} was read")


class Parcel(DomainEvent):
    event_type = "tests.Parcel"
    schema_version = 2

    quantity: Quantity


def _registry_with_upcaster() -> EventRegistry:
    parcels = EventRegistry()
    parcels.register(Parcel)

    @parcels.upcaster("tests.Parcel", 1)
    def doubled(data: dict[str, Any]) -> dict[str, Any]:  # v1 counted halves
        return {"quantity": Decimal(data["halves"]) / 2}

    return parcels


@settings(max_examples=300, deadline=None)
@given(
    event_type=st.sampled_from([m.event_type for m in registry]),
    payload=st.one_of(
        st.binary(max_size=200),
        st.sampled_from([b"{}", b"[]", b"null", b'{"lines": []}', b'"x"', b"1e999999"]),
    ),
)
def test_any_payload_of_a_known_type_decodes_or_is_malformed(
    event_type: str, payload: bytes
) -> None:
    version = registry.model(event_type).schema_version
    try:
        decoded = registry.decode_payload(event_type, version, payload)
    except MalformedEvent:
        return
    assert isinstance(decoded, DomainEvent)


@settings(max_examples=300, deadline=None)
@given(
    payload=st.one_of(
        st.binary(max_size=60),
        st.builds(
            lambda v: b'{"halves": ' + v + b"}",
            st.sampled_from([b'"abc"', b'"1e99999999999"', b"null", b"[1]", b'"NaN"', b"4"]),
        ),
    )
)
def test_any_payload_of_an_older_version_upcasts_or_is_malformed(payload: bytes) -> None:
    parcels = _registry_with_upcaster()
    try:
        decoded = parcels.decode_payload("tests.Parcel", 1, payload)
    except MalformedEvent:
        return
    assert isinstance(decoded, Parcel)


def test_a_newer_schema_version_is_told_apart_from_a_bad_payload() -> None:
    parcels = _registry_with_upcaster()
    try:
        parcels.decode_payload("tests.Parcel", 3, b'{"quantity": "1"}')
    except NewerSchemaVersion as exc:
        assert "v3" in exc.reason and "v2" in exc.reason
    else:
        raise AssertionError("a v3 event was read by a v2 reader")
