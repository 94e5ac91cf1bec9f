"""EventRegistry: decode, upcasting between schema versions, errors, and the codec."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import orjson
import pytest

from jxc.events.base import DomainEvent, Money, PositiveQuantity
from jxc.events.envelope import Envelope
from jxc.events.errors import MalformedEvent, UnknownEventType
from jxc.events.ids import uuid7
from jxc.events.registry import EventRegistry, encode

TYPE = "test.ThingCounted"


class ThingCounted(DomainEvent):
    """v3: `quantity` (was `qty` in v1) and `unit` (added in v3, v2 lacked it)."""

    event_type = TYPE
    schema_version = 3

    sku: str
    quantity: PositiveQuantity
    unit: str


def _registry(*, upcasters: tuple[int, ...] = (1, 2)) -> EventRegistry:
    registry = EventRegistry()
    registry.register(ThingCounted)
    if 1 in upcasters:

        @registry.upcaster(TYPE, 1)
        def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
            data = dict(data)
            data["quantity"] = data.pop("qty")
            return data

    if 2 in upcasters:

        @registry.upcaster(TYPE, 2)
        def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
            return {**data, "unit": data.get("unit", "pcs")}

    return registry


def _json(value: object) -> bytes:
    return orjson.dumps(value)


def _envelope(schema_version: int, payload: bytes, event_type: str = TYPE) -> Envelope:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Envelope(
        event_id=uuid7(),
        event_type=event_type,
        schema_version=schema_version,
        stream_id="thing-1",
        stream_version=1,
        occurred_at=now,
        recorded_at=now,
        producer="test",
        correlation_id=uuid7(),
        causation_id=None,
        payload=payload,
    )


def _malformed(registry: EventRegistry, version: int, payload: bytes) -> str:
    """The reason of the MalformedEvent (not an UnknownEventType) that decoding raises."""
    with pytest.raises(MalformedEvent) as caught:
        registry.decode(_envelope(version, payload))
    assert not isinstance(caught.value, UnknownEventType)
    return caught.value.reason


# --- decode and upcasting -----------------------------------------------------------------


def test_decode_current_version() -> None:
    payload = _json({"sku": "A", "quantity": "2.5", "unit": "kg"})
    event = _registry().decode(_envelope(3, payload))
    assert event == ThingCounted(sku="A", quantity=Decimal("2.5"), unit="kg")
    assert type(event) is ThingCounted


def test_decode_v1_through_two_upcasters() -> None:
    event = _registry().decode(_envelope(1, _json({"sku": "A", "qty": "4"})))
    assert event == ThingCounted(sku="A", quantity=Decimal("4"), unit="pcs")


def test_decode_v2_uses_only_the_last_upcaster() -> None:
    event = _registry().decode(_envelope(2, _json({"sku": "A", "quantity": "4", "unit": "m"})))
    assert event == ThingCounted(sku="A", quantity=Decimal("4"), unit="m")


def test_upcasters_run_in_version_order() -> None:
    registry = EventRegistry()
    registry.register(ThingCounted)
    seen: list[int] = []

    @registry.upcaster(TYPE, 2)
    def second(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(2)
        return {**data, "unit": data["unit_v2"]}

    @registry.upcaster(TYPE, 1)
    def first(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(1)
        return {"sku": data["sku"], "quantity": data["qty"], "unit_v2": "box"}

    event = registry.decode(_envelope(1, _json({"sku": "A", "qty": "1"})))
    assert seen == [1, 2]
    assert event == ThingCounted(sku="A", quantity=Decimal("1"), unit="box")


def test_missing_upcaster_is_unknown() -> None:
    registry = _registry(upcasters=(2,))
    with pytest.raises(UnknownEventType) as caught:
        registry.decode(_envelope(1, _json({"sku": "A", "qty": "4"})))
    assert "v1" in caught.value.reason
    assert TYPE in caught.value.reason
    # v2 still reads: only the v1 -> v2 step is missing
    assert registry.decode(_envelope(2, _json({"sku": "A", "quantity": "4"}))).unit == "pcs"


def test_newer_version_than_known_is_unknown() -> None:
    with pytest.raises(UnknownEventType) as caught:
        _registry().decode(_envelope(4, _json({"sku": "A", "quantity": "1", "unit": "kg"})))
    assert "v4" in caught.value.reason


def test_unknown_type_is_unknown() -> None:
    with pytest.raises(UnknownEventType) as caught:
        _registry().decode(_envelope(1, _json({}), event_type="test.Nope"))
    assert "test.Nope" in caught.value.reason


def test_unknown_event_type_is_a_malformed_event() -> None:
    assert issubclass(UnknownEventType, MalformedEvent)


# --- invalid payloads ---------------------------------------------------------------------


@pytest.mark.parametrize("version", [3, 1], ids=["current", "upcast"])
def test_wrong_type_names_the_field(version: int) -> None:
    qty = "quantity" if version == 3 else "qty"
    payload = _json({"sku": "A", qty: "a dozen", "unit": "kg"})
    assert "quantity" in _malformed(_registry(), version, payload)


def test_constraint_violation_names_the_field() -> None:
    payload = _json({"sku": "A", "quantity": "-1", "unit": "kg"})
    assert "quantity" in _malformed(_registry(), 3, payload)


@pytest.mark.parametrize("version", [3, 2], ids=["current", "upcast"])
def test_missing_required_field_names_the_field(version: int) -> None:
    reason = _malformed(_registry(), version, _json({"quantity": "1", "unit": "kg"}))
    assert "sku" in reason
    assert "required" in reason.lower()


@pytest.mark.parametrize("version", [3, 1], ids=["current", "upcast"])
@pytest.mark.parametrize("payload", [b"{not json", b"", b"\xff"])
def test_not_json_is_malformed(version: int, payload: bytes) -> None:
    reason = _malformed(_registry(), version, payload)
    assert "json" in reason.lower()


@pytest.mark.parametrize("version", [3, 1], ids=["current", "upcast"])
@pytest.mark.parametrize("payload", [b"[1, 2]", b"42", b"null"])
def test_json_that_is_not_an_object_is_malformed(version: int, payload: bytes) -> None:
    _malformed(_registry(), version, payload)


def test_old_payload_an_upcaster_cannot_read_is_malformed_and_names_the_field() -> None:
    # v1 without `qty`: the v1 -> v2 upcaster hits a KeyError, which must not escape raw
    reason = _malformed(_registry(), 1, _json({"sku": "A"}))
    assert "qty" in reason
    assert "v1" in reason


def test_malformed_event_raised_by_an_upcaster_passes_through() -> None:
    registry = EventRegistry()
    registry.register(ThingCounted)

    @registry.upcaster(TYPE, 2)
    def refuse(data: dict[str, Any]) -> dict[str, Any]:
        raise MalformedEvent("v2 thing without a warehouse")

    with pytest.raises(MalformedEvent, match=r"^v2 thing without a warehouse$"):
        registry.decode(_envelope(2, _json({"sku": "A"})))


# --- registration -------------------------------------------------------------------------


def test_registering_two_models_for_one_type_raises() -> None:
    registry = _registry()

    class Impostor(DomainEvent):
        event_type = TYPE
        schema_version = 3

        sku: str

    with pytest.raises(ValueError, match=TYPE):
        registry.register(Impostor)
    assert registry.model(TYPE) is ThingCounted


def test_registering_the_same_model_again_is_harmless() -> None:
    registry = _registry()
    assert registry.register(ThingCounted) is ThingCounted
    assert list(registry) == [ThingCounted]


def test_register_is_a_class_decorator_and_the_registry_knows_the_type() -> None:
    registry = EventRegistry()

    @registry.register
    class Other(DomainEvent):
        event_type = "test.Other"

        name: str

    assert Other.__name__ == "Other"
    assert "test.Other" in registry
    assert TYPE not in registry
    assert registry.model("test.Other") is Other
    with pytest.raises(UnknownEventType):
        registry.model(TYPE)


# --- codec: money is Decimal, never float -------------------------------------------------


class Priced(DomainEvent):
    event_type = "test.Priced"

    price: Money


def test_decimal_survives_encode_and_decode_exactly() -> None:
    amount = Decimal("0.1") + Decimal("0.2")
    assert amount == Decimal("0.3")
    assert 0.1 + 0.2 != 0.3  # what a float would have done

    registry = EventRegistry()
    registry.register(Priced)
    encoded = encode(Priced(price=Money(amount=amount, currency="EUR")))

    assert orjson.loads(encoded) == {"price": {"amount": "0.3", "currency": "EUR"}}
    assert b'"amount":"0.3"' in encoded  # a JSON string, not a JSON number
    decoded = registry.decode_payload("test.Priced", 1, encoded)
    assert isinstance(decoded, Priced)
    assert decoded.price.amount == amount
    assert str(decoded.price.amount) == "0.3"
    assert isinstance(decoded.price.amount, Decimal)


@pytest.mark.parametrize("raw", ["12345678901234.123456", "0.000001", "-7.50", "100"])
def test_decimal_text_survives_exactly(raw: str) -> None:
    registry = EventRegistry()
    registry.register(Priced)
    encoded = encode(Priced(price=Money(amount=Decimal(raw), currency="USD")))
    assert orjson.loads(encoded)["price"]["amount"] == raw
    decoded = registry.decode_payload("test.Priced", 1, encoded)
    assert isinstance(decoded, Priced)
    assert str(decoded.price.amount) == raw


def test_encoded_payload_has_no_float() -> None:
    payload = ThingCounted(sku="A", quantity=Decimal("0.3"), unit="kg")
    decoded = orjson.loads(encode(payload))
    assert decoded == {"sku": "A", "quantity": "0.3", "unit": "kg"}
    assert not any(isinstance(v, float) for v in decoded.values())
