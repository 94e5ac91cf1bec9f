"""The states of logistics' and invoicing's aggregates survive a snapshot (the store keeps
one every 100 events): each state, folded from real events, round-trips through JSON."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

import pytest
from pydantic import TypeAdapter

from jxc.events.base import Money
from jxc.events.contracts.logistics import (
    CarrierRegistered,
    CarrierService,
    Destination,
    Parcel,
    RateCardSet,
    ShipmentCreated,
    ShipmentDispatched,
    ShipmentLine,
    ShipmentPacked,
    ShipmentPicked,
    ShipmentTracked,
    VatRateSet,
    WeightBracket,
    ZoneRates,
)
from jxc.platform.decider import Decider
from jxc.sales.domain.carrier import carrier_decider
from jxc.sales.domain.shipment import shipment_decider
from jxc.sales.domain.vat_rates import vat_rates_decider

D = Decimal
S, C = uuid4(), uuid4()
HISTORIES: list[tuple[Decider[Any, Any], list[Any]]] = [
    (
        carrier_decider,
        [
            CarrierRegistered(
                carrier_id=C,
                code="SF",
                name="SF",
                currency="CNY",
                services=[CarrierService(code="STD", name="Standard")],
            ),
            RateCardSet(
                carrier_id=C,
                service="STD",
                currency="CNY",
                zones=[
                    ZoneRates(
                        zone="A",
                        destinations=["*"],
                        brackets=[WeightBracket(up_to_kg=D(1), price=D("9.5"))],
                    )
                ],
            ),
        ],
    ),
    (
        shipment_decider,
        [
            ShipmentCreated(
                shipment_id=S,
                order_id=uuid4(),
                customer_id=uuid4(),
                warehouse="WH-A",
                currency="CNY",
                lines=[ShipmentLine(line_no=1, sku="T", quantity=D(1), unit="pcs", value=D(3))],
                destination=Destination(
                    label="a", city="X", country="CN", latitude=D(1), longitude=D(2)
                ),
                promised_on=date(2026, 12, 3),
            ),
            ShipmentPicked(shipment_id=S, picked_by="z"),
            ShipmentPacked(
                shipment_id=S,
                parcels=[Parcel(parcel_no=1, weight_kg=D(1), volume_m3=D("0.1"))],
                weight_kg=D(1),
                volume_m3=D("0.1"),
            ),
            ShipmentDispatched(
                shipment_id=S,
                carrier_id=C,
                carrier="SF",
                service="STD",
                own_fleet=False,
                tracking_number="T1",
                freight_cost=Money(amount=D("9.5"), currency="CNY"),
                freight_from="rate_card",
                zone="A",
                dispatched_on=date(2026, 12, 1),
            ),
            ShipmentTracked(
                shipment_id=S,
                carrier_event_id="e1",
                status="in_transit",
                at=datetime(2026, 12, 2, tzinfo=UTC),
            ),
        ],
    ),
    (vat_rates_decider, [VatRateSet(category="food", rate=D("0.09"))]),
]


@pytest.mark.parametrize(
    ("decider", "history"), HISTORIES, ids=lambda x: getattr(x, "stream_prefix", "")
)
def test_a_state_round_trips_through_a_snapshot(
    decider: Decider[Any, Any], history: list[Any]
) -> None:
    state = decider.fold(history)
    assert decider.state_type is not None
    adapter = TypeAdapter(decider.state_type)
    assert adapter.validate_json(adapter.dump_json(state)) == state
