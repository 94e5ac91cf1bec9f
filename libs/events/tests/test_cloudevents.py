"""Envelope <-> Kafka record per the CloudEvents 1.0 Kafka binding (binary mode), and interop
with the official CloudEvents Python SDK in both directions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from uuid import UUID

import orjson
import pytest
from cloudevents.core.bindings import kafka as sdk_kafka
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent
from cloudevents.v1 import kafka as sdk_v1_kafka
from cloudevents.v1.http import CloudEvent as V1CloudEvent

from jxc.events.base import Money
from jxc.events.cloudevents import Headers, from_kafka, to_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.inventory import StockReceived
from jxc.events.envelope import Envelope
from jxc.events.errors import MalformedEvent
from jxc.events.ids import uuid7
from jxc.events.registry import encode

OCCURRED = datetime(2026, 3, 14, 9, 26, 53, 589793, tzinfo=UTC)
RECORDED = OCCURRED + timedelta(milliseconds=12)


def _payload() -> StockReceived:
    return StockReceived(
        sku="SKU-1",
        warehouse="WH-EAST",
        quantity=Decimal("12.5"),
        unit="kg",
        unit_cost=Money(amount=Decimal("3.10"), currency="EUR"),
    )


def _envelope(*, causation: bool = True) -> Envelope:
    payload = _payload()
    return Envelope(
        event_id=uuid7(),
        event_type=payload.event_type,
        schema_version=payload.schema_version,
        stream_id="inventory-item-SKU-1@WH-EAST",
        stream_version=7,
        occurred_at=OCCURRED,
        recorded_at=RECORDED,
        producer="jxc.inventory",
        correlation_id=uuid7(),
        causation_id=uuid7() if causation else None,
        payload=encode(payload),
    )


@pytest.fixture(params=[True, False], ids=["with-causation", "without-causation"])
def envelope(request: pytest.FixtureRequest) -> Envelope:
    return _envelope(causation=request.param)


def _with(headers: Headers, name: str, value: bytes | None) -> Headers:
    """The headers with `name` replaced by `value`, or removed when `value` is None."""
    kept = [(k, v) for k, v in headers if k != name]
    return kept if value is None else [*kept, (name, value)]


# --- round trip and header layout ---------------------------------------------------------


def test_round_trip(envelope: Envelope) -> None:
    key, value, headers = to_kafka(envelope)
    assert key == envelope.stream_id.encode()
    assert value == envelope.payload
    assert from_kafka(value, headers) == envelope


def test_round_trip_keeps_a_non_utc_offset() -> None:
    plus_two = timezone(timedelta(hours=2))
    envelope = replace(_envelope(), occurred_at=OCCURRED.astimezone(plus_two))
    _, value, headers = to_kafka(envelope)
    assert dict(headers)["ce_time"] == b"2026-03-14T11:26:53.589793+02:00"
    back = from_kafka(value, headers)
    assert back == envelope
    assert back.occurred_at.utcoffset() == timedelta(hours=2)


def test_headers_follow_the_cloudevents_kafka_binding(envelope: Envelope) -> None:
    _, _, headers = to_kafka(envelope)
    names = [name for name, _ in headers]
    assert len(names) == len(set(names)), "a header is sent twice"
    found = dict(headers)
    assert found["ce_specversion"] == b"1.0"
    assert found["ce_id"] == str(envelope.event_id).encode()
    assert found["ce_source"] == b"jxc.inventory"
    assert found["ce_type"] == b"inventory.StockReceived"
    assert found["ce_time"] == b"2026-03-14T09:26:53.589793Z"
    assert found["ce_subject"] == b"inventory-item-SKU-1@WH-EAST"
    assert found["content-type"] == b"application/json"
    assert found["ce_streamversion"] == b"7"
    assert found["ce_schemaversion"] == b"1"
    assert found["ce_recordedtime"] == b"2026-03-14T09:26:53.601793Z"
    assert found["ce_correlationid"] == str(envelope.correlation_id).encode()
    if envelope.causation_id is None:
        assert "ce_causationid" not in found
    else:
        assert found["ce_causationid"] == str(envelope.causation_id).encode()
    for name in names:  # binding: ce_ + a lowercase alphanumeric attribute name
        assert name == "content-type" or (name.startswith("ce_") and name[3:].isalnum())
        assert name == name.lower()


def test_value_is_the_json_payload() -> None:
    envelope = _envelope()
    _, value, _ = to_kafka(envelope)
    assert orjson.loads(value)["unit_cost"] == {"amount": "3.10", "currency": "EUR"}


# --- malformed records --------------------------------------------------------------------

REQUIRED_HEADERS = [
    "ce_id",
    "ce_source",
    "ce_type",
    "ce_time",
    "ce_subject",
    "ce_streamversion",
    "ce_schemaversion",
    "ce_recordedtime",
    "ce_correlationid",
    "ce_specversion",
]


@pytest.mark.parametrize("name", REQUIRED_HEADERS)
def test_missing_header_is_malformed(name: str) -> None:
    _, value, headers = to_kafka(_envelope())
    with pytest.raises(MalformedEvent) as caught:
        from_kafka(value, _with(headers, name, None))
    assert name in caught.value.reason


def test_missing_causation_header_means_no_causation() -> None:
    _, value, headers = to_kafka(_envelope())
    assert from_kafka(value, _with(headers, "ce_causationid", None)).causation_id is None


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("ce_id", b"not-a-uuid"),
        ("ce_id", b""),
        ("ce_correlationid", b"1234"),
        ("ce_causationid", b"0190d2f0-zzzz-7000-8000-000000000000"),
    ],
)
def test_bad_uuid_is_malformed(name: str, raw: bytes) -> None:
    _, value, headers = to_kafka(_envelope())
    with pytest.raises(MalformedEvent) as caught:
        from_kafka(value, _with(headers, name, raw))
    assert name in caught.value.reason
    assert "UUID" in caught.value.reason


@pytest.mark.parametrize("name", ["ce_streamversion", "ce_schemaversion"])
@pytest.mark.parametrize("raw", [b"seven", b"7.0", b"", b"1_0", b" 7", b"\xd9\xa3"])
def test_non_integer_version_is_malformed(name: str, raw: bytes) -> None:
    _, value, headers = to_kafka(_envelope())
    with pytest.raises(MalformedEvent) as caught:
        from_kafka(value, _with(headers, name, raw))
    assert name in caught.value.reason


@pytest.mark.parametrize("name", ["ce_time", "ce_recordedtime"])
@pytest.mark.parametrize("raw", [b"2026-03-14T09:26:53", b"2026-03-14T09:26:53.589793"])
def test_time_without_offset_is_malformed(name: str, raw: bytes) -> None:
    _, value, headers = to_kafka(_envelope())
    with pytest.raises(MalformedEvent) as caught:
        from_kafka(value, _with(headers, name, raw))
    assert name in caught.value.reason
    assert "offset" in caught.value.reason


@pytest.mark.parametrize("name", ["ce_time", "ce_recordedtime"])
def test_time_that_is_not_a_time_is_malformed(name: str) -> None:
    _, value, headers = to_kafka(_envelope())
    with pytest.raises(MalformedEvent) as caught:
        from_kafka(value, _with(headers, name, b"yesterday"))
    assert name in caught.value.reason


def test_missing_value_is_malformed() -> None:
    _, _, headers = to_kafka(_envelope())
    with pytest.raises(MalformedEvent) as caught:
        from_kafka(None, headers)
    assert "value" in caught.value.reason


@pytest.mark.parametrize("raw", [b"0.3", b"1", b"1.0.0", b" 1.0"])
def test_wrong_specversion_is_malformed(raw: bytes) -> None:
    _, value, headers = to_kafka(_envelope())
    with pytest.raises(MalformedEvent) as caught:
        from_kafka(value, _with(headers, "ce_specversion", raw))
    assert "ce_specversion" in caught.value.reason


def test_header_that_is_not_utf8_is_malformed() -> None:
    _, value, headers = to_kafka(_envelope())
    with pytest.raises(MalformedEvent) as caught:
        from_kafka(value, _with(headers, "ce_type", b"\xff\xfe"))
    assert "ce_type" in caught.value.reason


# --- interop with the official CloudEvents Python SDK -------------------------------------


def _sdk_message(envelope: Envelope) -> sdk_kafka.KafkaMessage:
    key, value, headers = to_kafka(envelope)
    return sdk_kafka.KafkaMessage(headers=dict(headers), key=key, value=value)


def test_sdk_reads_a_record_made_by_to_kafka(envelope: Envelope) -> None:
    event = sdk_kafka.from_binary(_sdk_message(envelope), JSONFormat())

    assert isinstance(event, CloudEvent)  # the SDK validated it as a v1.0 event
    assert event.get_specversion() == "1.0"
    assert event.get_id() == str(envelope.event_id)
    assert event.get_type() == envelope.event_type
    assert event.get_source() == envelope.producer
    assert event.get_subject() == envelope.stream_id
    assert event.get_time() == envelope.occurred_at
    assert event.get_datacontenttype() == "application/json"
    assert event.get_extension("streamversion") == str(envelope.stream_version)
    assert event.get_extension("schemaversion") == str(envelope.schema_version)
    recorded = event.get_extension("recordedtime")
    assert datetime.fromisoformat(recorded) == envelope.recorded_at
    assert event.get_extension("correlationid") == str(envelope.correlation_id)
    causation = event.get_extension("causationid")
    if envelope.causation_id is None:
        assert causation is None
    else:
        assert causation == str(envelope.causation_id)
    assert event.get_extension("partitionkey") == envelope.stream_id  # the Kafka key
    assert event.get_data() == orjson.loads(envelope.payload)


def test_legacy_sdk_api_reads_a_record_made_by_to_kafka(envelope: Envelope) -> None:
    """cloudevents.v1.kafka is the SDK 1.x `cloudevents.kafka` API, still shipped in 2.x."""
    key, value, headers = to_kafka(envelope)
    event = sdk_v1_kafka.from_binary(sdk_v1_kafka.KafkaMessage(dict(headers), key, value))

    assert event["specversion"] == "1.0"
    assert event["id"] == str(envelope.event_id)
    assert event["type"] == envelope.event_type
    assert event["source"] == envelope.producer
    assert event["subject"] == envelope.stream_id
    assert datetime.fromisoformat(event["time"]) == envelope.occurred_at
    assert event["datacontenttype"] == "application/json"
    assert event["streamversion"] == str(envelope.stream_version)
    assert event["schemaversion"] == str(envelope.schema_version)
    assert event["correlationid"] == str(envelope.correlation_id)
    assert event.get("causationid") == (
        None if envelope.causation_id is None else str(envelope.causation_id)
    )
    assert event.get_data() == orjson.loads(envelope.payload)


def _sdk_attributes(causation: UUID | None) -> dict[str, object]:
    attributes: dict[str, object] = {
        "id": str(uuid7()),
        "source": "jxc.inventory",
        "type": "inventory.StockReceived",
        "subject": "inventory-item-SKU-1@WH-EAST",
        "time": OCCURRED,
        "datacontenttype": "application/json",
        "streamversion": 7,
        "schemaversion": 1,
        "recordedtime": RECORDED,
        "correlationid": str(uuid7()),
        "partitionkey": "inventory-item-SKU-1@WH-EAST",
    }
    if causation is not None:
        attributes["causationid"] = str(causation)
    return attributes


@pytest.mark.parametrize("causation", [uuid7(), None], ids=["with-causation", "no-causation"])
def test_from_kafka_reads_a_record_made_by_the_sdk(causation: UUID | None) -> None:
    attributes = _sdk_attributes(causation)
    data = orjson.loads(encode(_payload()))
    message = sdk_kafka.to_binary(CloudEvent(dict(attributes), data), JSONFormat())

    envelope = from_kafka(message.value, list(message.headers.items()))

    assert message.key == attributes["subject"]
    assert envelope == Envelope(
        event_id=UUID(str(attributes["id"])),
        event_type="inventory.StockReceived",
        schema_version=1,
        stream_id="inventory-item-SKU-1@WH-EAST",
        stream_version=7,
        occurred_at=OCCURRED,
        recorded_at=RECORDED,
        producer="jxc.inventory",
        correlation_id=UUID(str(attributes["correlationid"])),
        causation_id=causation,
        payload=message.value,
    )
    assert registry.decode(envelope) == _payload()


def test_from_kafka_reads_a_record_made_by_the_legacy_sdk_api() -> None:
    attributes = {
        key: value.isoformat() if isinstance(value, datetime) else str(value)
        for key, value in _sdk_attributes(uuid7()).items()
    }
    data = orjson.loads(encode(_payload()))
    message = sdk_v1_kafka.to_binary(V1CloudEvent(attributes, data))

    envelope = from_kafka(message.value, list(message.headers.items()))

    assert envelope.event_id == UUID(attributes["id"])
    assert envelope.stream_version == 7
    assert envelope.occurred_at == OCCURRED
    assert envelope.recorded_at == RECORDED
    assert envelope.causation_id == UUID(attributes["causationid"])
    assert registry.decode(envelope) == _payload()


@pytest.mark.parametrize(
    "spoil",
    [
        lambda a: a.pop("streamversion"),
        lambda a: a.update(schemaversion="one"),
        lambda a: a.update(correlationid="nope"),
    ],
    ids=["no-streamversion", "bad-schemaversion", "bad-correlationid"],
)
def test_sdk_record_missing_jxc_extensions_is_malformed(
    spoil: Callable[[dict[str, object]], object],
) -> None:
    attributes = _sdk_attributes(None)
    spoil(attributes)
    message = sdk_kafka.to_binary(CloudEvent(attributes, {"sku": "x"}), JSONFormat())
    with pytest.raises(MalformedEvent):
        from_kafka(message.value, list(message.headers.items()))


def test_the_actor_travels_as_the_ce_actor_extension() -> None:
    envelope = replace(_envelope(), actor="li.wei")
    _, value, headers = to_kafka(envelope)
    assert ("ce_actor", b"li.wei") in headers
    assert from_kafka(value, headers).actor == "li.wei"
    # the checked path (taken when anything is unusual) reads it too
    odd = [*headers, ("ce_unknown", None)]
    assert from_kafka(value, _with(odd, "ce_causationid", None)).actor == "li.wei"


def test_an_event_without_an_actor_has_no_actor_header_and_reads_as_none() -> None:
    _, value, headers = to_kafka(_envelope())
    assert "ce_actor" not in dict(headers)
    assert from_kafka(value, headers).actor is None
