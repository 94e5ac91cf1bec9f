"""Shipments: created from reserved lines, picked, packed, dispatched with freight from the
rate card (sales.OrderShipped, FreightCharged), tracked once per carrier event, delivered
with proof (sales.OrderDelivered)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

import pytest

from jxc.events.base import Money
from jxc.events.contracts.logistics import (
    CarrierRegistered,
    CarrierService,
    Destination,
    Parcel,
    RateCardSet,
    ShipmentCancelled,
    ShipmentCreated,
    ShipmentDispatched,
    ShipmentLine,
    ShipmentPacked,
    ShipmentPicked,
    ShipmentTracked,
    WeightBracket,
    ZoneRates,
)
from jxc.events.contracts.sales import FreightCharged, OrderDelivered, OrderShipped, ShippedLine
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.sales.domain.carrier import carrier_decider
from jxc.sales.domain.shipment import (
    CancelShipment,
    CreateShipment,
    DeliverShipment,
    DispatchShipment,
    OrderFacts,
    OrderLineFacts,
    PackShipment,
    ParcelDetails,
    PickShipment,
    ShipmentStatus,
    TrackShipment,
    Wanted,
    shipment_decider,
)

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]
D = Decimal
SHIPMENT, ORDER, CUSTOMER, CARRIER = uuid4(), uuid4(), uuid4(), uuid4()
HOME = Destination(
    label="shop", city="Shanghai", country="CN", latitude=D("31.2"), longitude=D("121.4")
)
TODAY = date(2026, 12, 1)


@pytest.fixture
def decider() -> Decider[object, object]:
    return shipment_decider  # type: ignore[return-value]


def order(shippable_1: str = "10", shippable_2: str = "5", cancelled: bool = False) -> OrderFacts:
    return OrderFacts(
        order_id=ORDER,
        customer_id=CUSTOMER,
        currency="CNY",
        cancelled=cancelled,
        lines=(
            OrderLineFacts(1, "TEA", "WH-A", D(10), "box", D("99.90"), D(shippable_1)),
            OrderLineFacts(2, "CUP", "WH-A", D(3), "pcs", D("10.00"), D(shippable_2)),
            OrderLineFacts(3, "POT", "WH-B", D(1), "pcs", D("50.00"), D(1)),
        ),
        destination=HOME,
        promised_on=date(2026, 12, 3),
    )


def created(*lines: ShipmentLine) -> ShipmentCreated:
    return ShipmentCreated(
        shipment_id=SHIPMENT,
        order_id=ORDER,
        customer_id=CUSTOMER,
        warehouse="WH-A",
        currency="CNY",
        lines=list(lines)
        or [ShipmentLine(line_no=1, sku="TEA", quantity=D(10), unit="box", value=D("99.90"))],
        destination=HOME,
        promised_on=date(2026, 12, 3),
    )


PICKED = ShipmentPicked(shipment_id=SHIPMENT, picked_by="zhao")
PACKED = ShipmentPacked(
    shipment_id=SHIPMENT,
    parcels=[Parcel(parcel_no=1, weight_kg=D("1.5"), volume_m3=D("0.02"))],
    weight_kg=D("1.5"),
    volume_m3=D("0.02"),
)


def carrier(own_fleet: bool = False, card: bool = True) -> Any:
    events: list[Any] = [
        CarrierRegistered(
            carrier_id=CARRIER,
            code="SF",
            name="SF",
            currency="CNY",
            own_fleet=own_fleet,
            services=[CarrierService(code="STD", name="Standard")],
        )
    ]
    if card:
        events.append(
            RateCardSet(
                carrier_id=CARRIER,
                service="STD",
                currency="CNY",
                zones=[
                    ZoneRates(
                        zone="LOCAL",
                        destinations=["Shanghai"],
                        brackets=[
                            WeightBracket(up_to_kg=D(1), price=D(12)),
                            WeightBracket(up_to_kg=D(5), price=D(18)),
                        ],
                    )
                ],
            )
        )
    return carrier_decider.fold(events)


def dispatched(**changes: Any) -> ShipmentDispatched:
    fields: dict[str, Any] = {
        "shipment_id": SHIPMENT,
        "carrier_id": CARRIER,
        "carrier": "SF",
        "service": "STD",
        "own_fleet": False,
        "tracking_number": "SF123",
        "freight_cost": Money(amount=D(18), currency="CNY"),
        "freight_from": "rate_card",
        "zone": "LOCAL",
        "dispatched_on": TODAY,
    }
    return ShipmentDispatched(**(fields | changes))


def test_a_shipment_takes_what_is_reserved_of_the_warehouses_lines(given: Given) -> None:
    given().when(CreateShipment(SHIPMENT, "WH-A", order(shippable_1="4", shippable_2="0"))).then(
        created(ShipmentLine(line_no=1, sku="TEA", quantity=D(4), unit="box", value=D("39.96")))
    )


def test_a_whole_line_carries_its_whole_net_amount(given: Given) -> None:
    """10 of 10 at 99.90: no rounding; 3 of 3 cups: 10.00 (the order's own amounts)."""
    given().when(CreateShipment(SHIPMENT, "WH-A", order(shippable_2="3"))).then(
        created(
            ShipmentLine(line_no=1, sku="TEA", quantity=D(10), unit="box", value=D("99.90")),
            ShipmentLine(line_no=2, sku="CUP", quantity=D(3), unit="pcs", value=D("10.00")),
        )
    )


def test_a_part_line_is_its_share_rounded_half_up() -> None:
    from jxc.sales.domain.shipment import line_value

    cups = OrderLineFacts(2, "CUP", "WH-A", D(3), "pcs", D("10.00"), D(3))
    assert line_value(cups, D(1)) == D("3.33")
    assert line_value(cups, D(2)) == D("6.67")


def test_no_more_than_reserved_and_not_yet_shipped(given: Given) -> None:
    given().when(
        CreateShipment(SHIPMENT, "WH-A", order(shippable_1="4"), (Wanted(1, D(5)),))
    ).raises(StateConflict, "only 4 is reserved", fields=("lines.0.quantity",))
    given().when(CreateShipment(SHIPMENT, "WH-A", order("0", "0"))).raises(
        StateConflict, "nothing of order"
    )
    given().when(CreateShipment(SHIPMENT, "WH-A", order(), (Wanted(3, D(1)),))).raises(
        DomainError, "no line 3 in warehouse WH-A", fields=("lines.0.line_no",)
    )


def test_no_shipment_of_an_unknown_or_cancelled_order(given: Given) -> None:
    given().when(CreateShipment(SHIPMENT, "WH-A", None)).raises(NotFound, "no such order")
    given().when(CreateShipment(SHIPMENT, "WH-A", order(cancelled=True))).raises(
        StateConflict, "cancelled"
    )
    given().when(CreateShipment(SHIPMENT, "WH-C", order())).raises(
        DomainError, "no line to ship from warehouse WH-C"
    )


def test_picked_then_packed_into_parcels(given: Given) -> None:
    given(created()).when(PickShipment(SHIPMENT, "zhao")).then(PICKED)
    given(created()).when(PackShipment(SHIPMENT, (ParcelDetails(D(1), D(1)),))).raises(
        StateConflict, "is created: cannot pack"
    )
    given(created(), PICKED).when(
        PackShipment(SHIPMENT, (ParcelDetails(D(1), D("0.01")), ParcelDetails(D("0.5"), D("0.01"))))
    ).then(
        ShipmentPacked(
            shipment_id=SHIPMENT,
            parcels=[
                Parcel(parcel_no=1, weight_kg=D(1), volume_m3=D("0.01")),
                Parcel(parcel_no=2, weight_kg=D("0.5"), volume_m3=D("0.01")),
            ],
            weight_kg=D("1.5"),
            volume_m3=D("0.02"),
        )
    )


def test_dispatch_ships_the_lines_and_charges_the_rate_cards_freight(given: Given) -> None:
    state = (
        given(created(), PICKED, PACKED)
        .when(DispatchShipment(SHIPMENT, CARRIER, carrier(), "STD", TODAY, "SF123"))
        .then(
            dispatched(),
            OrderShipped(
                order_id=ORDER,
                shipment_id=SHIPMENT,
                customer_id=CUSTOMER,
                lines=[
                    ShippedLine(line_no=1, sku="TEA", warehouse="WH-A", quantity=D(10), unit="box")
                ],
                carrier="SF",
                tracking_number="SF123",
            ),
            FreightCharged(
                shipment_id=SHIPMENT,
                order_id=ORDER,
                warehouse="WH-A",
                carrier="SF",
                freight_cost=Money(amount=D(18), currency="CNY"),
                dispatched_on=TODAY,
            ),
        )
    )
    assert state.status is ShipmentStatus.DISPATCHED


def test_a_given_freight_cost_wins_and_a_free_own_fleet_charges_nothing(given: Given) -> None:
    events = (
        given(created(), PICKED, PACKED)
        .when(DispatchShipment(SHIPMENT, CARRIER, carrier(), "STD", TODAY, "SF1", D("25.5")))
        .decided()
    )
    assert isinstance(events[0], ShipmentDispatched)
    assert events[0].freight_cost.amount == D("25.5")
    assert events[0].freight_from == "given"
    own = (
        given(created(), PICKED, PACKED)
        .when(
            DispatchShipment(SHIPMENT, CARRIER, carrier(own_fleet=True, card=False), "STD", TODAY)
        )
        .decided()
    )
    assert [type(e).__name__ for e in own] == ["ShipmentDispatched", "OrderShipped"]


def test_no_dispatch_before_packing_or_without_a_price_or_tracking(given: Given) -> None:
    given(created(), PICKED).when(
        DispatchShipment(SHIPMENT, CARRIER, carrier(), "STD", TODAY, "SF1")
    ).raises(StateConflict, "pack it first")
    given(created(), PICKED, PACKED).when(
        DispatchShipment(SHIPMENT, CARRIER, carrier(card=False), "STD", TODAY, "SF1")
    ).raises(DomainError, "no rate card", fields=("freight_cost",))
    given(created(), PICKED, PACKED).when(
        DispatchShipment(SHIPMENT, CARRIER, carrier(), "STD", TODAY)
    ).raises(DomainError, "needs its tracking number", fields=("tracking_number",))
    given(created(), PICKED, PACKED).when(
        DispatchShipment(SHIPMENT, CARRIER, carrier(), "STD", TODAY, "SF1", order_cancelled=True)
    ).raises(StateConflict, "was cancelled")


AT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def tracked(event_id: str, status: Any) -> ShipmentTracked:
    return ShipmentTracked(shipment_id=SHIPMENT, carrier_event_id=event_id, status=status, at=AT)


def test_tracking_is_recorded_once_per_carrier_event(given: Given) -> None:
    history = (created(), PICKED, PACKED, dispatched())
    state = (
        given(*history)
        .when(TrackShipment(SHIPMENT, "e1", "in_transit", AT))
        .then(tracked("e1", "in_transit"))
    )
    assert state.status is ShipmentStatus.IN_TRANSIT
    given(*history, tracked("e1", "in_transit")).when(
        TrackShipment(SHIPMENT, "e1", "in_transit", AT)
    ).then()
    given(created()).when(TrackShipment(SHIPMENT, "e1", "in_transit", AT)).raises(
        StateConflict, "before it is dispatched"
    )


def delivered(fully: bool) -> OrderDelivered:
    return OrderDelivered(
        order_id=ORDER,
        shipment_id=SHIPMENT,
        customer_id=CUSTOMER,
        delivered_at=AT,
        signed_by="Chen",
        value=Money(amount=D("99.90"), currency="CNY"),
        fully_delivered=fully,
    )


def test_proof_of_delivery_says_whether_the_whole_order_is_delivered(given: Given) -> None:
    history = (created(), PICKED, PACKED, dispatched(), tracked("e1", "exception"))
    ordered = {1: D(10), 2: D(3)}
    given(*history).when(DeliverShipment(SHIPMENT, AT, "Chen", ordered, {})).then(delivered(False))
    given(*history).when(DeliverShipment(SHIPMENT, AT, "Chen", ordered, {2: D(3)})).then(
        delivered(True)
    )
    given(*history, delivered(True)).when(
        DeliverShipment(SHIPMENT, AT, "Chen", ordered, {})
    ).raises(StateConflict, "is delivered: cannot record its delivery")
    early = datetime(2026, 11, 30, tzinfo=UTC)
    given(*history).when(DeliverShipment(SHIPMENT, early, None, ordered, {})).raises(
        DomainError, "cannot be delivered before", fields=("delivered_at",)
    )


def test_only_a_shipment_that_has_not_left_is_cancelled(given: Given) -> None:
    given(created(), PICKED).when(CancelShipment(SHIPMENT, "order cancelled")).then(
        ShipmentCancelled(shipment_id=SHIPMENT, reason="order cancelled")
    )
    given(created(), PICKED, PACKED, dispatched()).when(CancelShipment(SHIPMENT, "no")).raises(
        StateConflict, "has left"
    )
