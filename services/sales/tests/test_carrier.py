"""Carriers: registering, services, rate cards by zone and weight, and freight quotes."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any
from uuid import uuid4

import pytest

from jxc.events.contracts.logistics import (
    CarrierRegistered,
    CarrierService,
    CarrierServiceAdded,
    RateCardSet,
    WeightBracket,
    ZoneRates,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.sales.domain.carrier import (
    AddCarrierService,
    Bracket,
    RegisterCarrier,
    ServiceDetails,
    SetRateCard,
    Zone,
    carrier_decider,
    quote,
)

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]
CARRIER = uuid4()
D = Decimal


@pytest.fixture
def decider() -> Decider[object, object]:
    return carrier_decider  # type: ignore[return-value]


def registered() -> CarrierRegistered:
    return CarrierRegistered(
        carrier_id=CARRIER,
        code="SF",
        name="SF Express",
        currency="CNY",
        services=[CarrierService(code="STD", name="Standard")],
    )


def card() -> RateCardSet:
    return RateCardSet(
        carrier_id=CARRIER,
        service="STD",
        currency="CNY",
        zones=[
            ZoneRates(
                zone="LOCAL",
                destinations=["Shanghai"],
                brackets=[
                    WeightBracket(up_to_kg=D(1), price=D(12)),
                    WeightBracket(up_to_kg=D(10), price=D(20)),
                ],
            ),
            ZoneRates(
                zone="CN",
                destinations=["CN"],
                brackets=[WeightBracket(up_to_kg=D(10), price=D(35))],
            ),
            ZoneRates(
                zone="WORLD",
                destinations=["*"],
                brackets=[WeightBracket(up_to_kg=D(30), price=D(180))],
            ),
        ],
    )


def test_a_carrier_is_registered_with_its_services(given: Given) -> None:
    given().when(
        RegisterCarrier(
            CARRIER, " SF ", "SF Express", "CNY", False, (ServiceDetails("STD", "Standard"),)
        )
    ).then(registered())


def test_a_carrier_is_registered_once(given: Given) -> None:
    given(registered()).when(RegisterCarrier(CARRIER, "SF", "SF", "CNY")).raises(
        StateConflict, "already registered"
    )


def test_a_service_is_added_once(given: Given) -> None:
    given(registered()).when(AddCarrierService(CARRIER, ServiceDetails("EXP", "Express"))).then(
        CarrierServiceAdded(carrier_id=CARRIER, service=CarrierService(code="EXP", name="Express"))
    )
    given(registered()).when(AddCarrierService(CARRIER, ServiceDetails("STD", "Again"))).raises(
        StateConflict, "already has a service STD", fields=("service.code",)
    )


def test_a_rate_card_is_set_for_a_service_of_the_carrier(given: Given) -> None:
    zones = (
        Zone("LOCAL", ("Shanghai",), (Bracket(D(1), D(12)), Bracket(D(10), D(20)))),
        Zone("CN", ("CN",), (Bracket(D(10), D(35)),)),
        Zone("WORLD", ("*",), (Bracket(D(30), D(180)),)),
    )
    given(registered()).when(SetRateCard(CARRIER, "STD", zones)).then(card())
    given(registered()).when(SetRateCard(CARRIER, "AIR", zones)).raises(
        NotFound, "no service AIR", fields=("service",)
    )
    given().when(SetRateCard(CARRIER, "STD", zones)).raises(NotFound, "no carrier")


def test_brackets_rise_and_a_destination_is_in_one_zone(given: Given) -> None:
    falling = (Zone("A", ("CN",), (Bracket(D(10), D(5)), Bracket(D(5), D(3)))),)
    given(registered()).when(SetRateCard(CARRIER, "STD", falling)).raises(
        DomainError, "brackets must rise", fields=("zones.0.brackets.1.up_to_kg",)
    )
    twice = (
        Zone("A", ("CN",), (Bracket(D(1), D(5)),)),
        Zone("B", ("cn",), (Bracket(D(1), D(5)),)),
    )
    given(registered()).when(SetRateCard(CARRIER, "STD", twice)).raises(
        DomainError, "destination cn is in zone A and zone B", fields=("zones.1.destinations",)
    )


def test_a_quote_takes_the_city_then_the_country_then_anywhere() -> None:
    state = carrier_decider.fold([registered(), card()])
    assert quote(state, "STD", "shanghai", "CN", D("0.8")).price == 12
    assert quote(state, "STD", "Shanghai", "CN", D("1.0")).price == 12  # up to, inclusive
    assert quote(state, "STD", "Shanghai", "CN", D("1.2")).price == 20
    assert quote(state, "STD", "Beijing", "CN", D(4)).zone == "CN"
    assert quote(state, "STD", "Paris", "FR", D(4)).price == 180


def test_no_quote_beyond_the_heaviest_bracket_or_without_a_card() -> None:
    state = carrier_decider.fold([registered(), card()])
    with pytest.raises(DomainError, match="above the heaviest bracket"):
        quote(state, "STD", "Beijing", "CN", D(11))
    with pytest.raises(DomainError, match="no rate card"):
        quote(carrier_decider.fold([registered()]), "STD", "Beijing", "CN", D(1))
