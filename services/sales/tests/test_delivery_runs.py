"""Delivery runs: a day's own-fleet shipments of a warehouse grouped into runs within each
vehicle's capacity, every shipment on exactly one run (or left out with the reason), each
run's stops ordered by nearest neighbour + 2-opt."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import pytest

from jxc.events.contracts.logistics import DeliveryRunsPlanned, VehicleRegistered
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.platform.testing import given as scenario
from jxc.sales.domain.delivery_run import (
    Consignment,
    PlanDeliveryRuns,
    Vehicle,
    delivery_day_decider,
)
from jxc.sales.domain.delivery_run.routing import nearest_neighbour, route, tour_km
from jxc.sales.domain.vehicle import RegisterVehicle, vehicle_decider

Given = Callable[..., Any]
D = Decimal
DAY = date(2026, 12, 1)
DEPOT = (D("31.20"), D("121.40"))


@pytest.fixture
def decider() -> Decider[object, object]:
    return delivery_day_decider  # type: ignore[return-value]


def van(code: str, weight: str = "100", volume: str = "1") -> Vehicle:
    return Vehicle(code, D(weight), D(volume), *DEPOT)


def parcel(
    lat: str | None, lon: str | None, weight: str = "10", volume: str = "0.1"
) -> Consignment:
    return Consignment(
        uuid4(),
        uuid4(),
        uuid4(),
        D(weight),
        D(volume),
        None if lat is None else D(lat),
        None if lon is None else D(lon),
    )


def planned(command: PlanDeliveryRuns) -> DeliveryRunsPlanned:
    [event] = scenario(delivery_day_decider).when(command).decided()
    assert isinstance(event, DeliveryRunsPlanned)
    return event


def ids(n: int) -> tuple[UUID, ...]:
    return tuple(uuid4() for _ in range(n))


def test_within_capacity_every_shipment_is_on_exactly_one_run_and_no_run_is_over() -> None:
    rng = random.Random(8)
    for _ in range(30):
        vans = tuple(van(f"V{i}", str(rng.randint(50, 150)), "2") for i in range(rng.randint(1, 4)))
        total = sum(v.max_weight_kg for v in vans)
        consignments: list[Consignment] = []
        while True:  # fill to at most 70 % of the fleet, so first fit always finds room
            c = parcel(
                str(D("31.2") + D(rng.randint(-300, 300)) / 1000),
                str(D("121.4") + D(rng.randint(-300, 300)) / 1000),
                str(rng.randint(1, 20)),
                "0.05",
            )
            if sum(x.weight_kg for x in consignments) + c.weight_kg > total * D("0.7"):
                break
            consignments.append(c)
        event = planned(PlanDeliveryRuns("WH-A", DAY, tuple(consignments), vans, ids(len(vans))))
        on_runs = [s.shipment_id for run in event.runs for s in run.stops]
        assert sorted(on_runs) == sorted(c.shipment_id for c in consignments)
        assert event.unplanned == []
        capacity = {v.vehicle: v for v in vans}
        for run in event.runs:
            assert run.weight_kg == sum(s.weight_kg for s in run.stops)
            assert run.weight_kg <= capacity[run.vehicle].max_weight_kg
            assert run.volume_m3 <= capacity[run.vehicle].max_volume_m3
            assert [s.seq for s in run.stops] == list(range(1, len(run.stops) + 1))
        assert len({run.vehicle for run in event.runs}) == len(event.runs)


def test_volume_binds_as_well_as_weight() -> None:
    bulky = tuple(parcel("31.21", "121.41", "1", "0.6") for _ in range(3))
    event = planned(PlanDeliveryRuns("WH-A", DAY, bulky, (van("V1"), van("V2")), ids(2)))
    assert sorted(len(run.stops) for run in event.runs) == [1, 1]
    assert [u.reason for u in event.unplanned] == ["no vehicle has room left for it today"]


def test_what_cannot_go_is_left_out_with_the_reason() -> None:
    too_big, nowhere, fine = (
        parcel("31.3", "121.5", "500"),
        parcel(None, None),
        parcel("31.3", "121.5"),
    )
    event = planned(PlanDeliveryRuns("WH-A", DAY, (too_big, nowhere, fine), (van("V1"),), ids(1)))
    reasons = {u.shipment_id: u.reason for u in event.unplanned}
    assert "more than any vehicle" in reasons[too_big.shipment_id]
    assert reasons[nowhere.shipment_id] == "its address has no coordinates"
    assert [s.shipment_id for s in event.runs[0].stops] == [fine.shipment_id]
    alone = planned(PlanDeliveryRuns("WH-A", DAY, (fine,), (), ()))
    assert alone.runs == [] and alone.unplanned[0].reason == "the warehouse has no vehicle"


def test_nothing_to_plan_is_refused(given: Given) -> None:
    given().when(PlanDeliveryRuns("WH-A", DAY, (), (van("V1"),), ids(1))).raises(
        DomainError, "nothing was dispatched", fields=("day",)
    )


def test_stops_on_a_line_are_visited_in_order_and_2opt_never_lengthens_a_tour() -> None:
    depot = (31.0, 121.0)
    line = [(31.0, 121.0 + d) for d in (0.3, 0.1, 0.4, 0.2)]
    order, length = route(depot, line)
    assert [line[i][1] for i in order] in (
        [121.1, 121.2, 121.3, 121.4],
        [121.4, 121.3, 121.2, 121.1],
    )
    assert length == D(repr(tour_km(depot, line, order))).quantize(D("0.1"))
    rng = random.Random(3)
    for _ in range(20):
        points = [(31 + rng.random(), 121 + rng.random()) for _ in range(12)]
        nn = nearest_neighbour(depot, points)
        improved, _ = route(depot, points)
        assert sorted(improved) == list(range(12))
        assert tour_km(depot, points, improved) <= tour_km(depot, points, nn) + 1e-9


def test_a_vehicle_is_registered_once() -> None:
    command = RegisterVehicle("VAN-1", "WH-A", "Van 1", D(800), D(6), *DEPOT)
    registered = VehicleRegistered(
        vehicle="VAN-1",
        warehouse="WH-A",
        name="Van 1",
        max_weight_kg=D(800),
        max_volume_m3=D(6),
        depot_latitude=DEPOT[0],
        depot_longitude=DEPOT[1],
    )
    scenario(vehicle_decider).when(command).then(registered)
    scenario(vehicle_decider, registered).when(command).raises(StateConflict, "already registered")
    scenario(vehicle_decider).when(
        RegisterVehicle("VAN-2", "WH-A", "Van 2", D(0), D(6), *DEPOT)
    ).raises(DomainError, "greater than zero", fields=("max_weight_kg",))


def test_when_the_sweep_leaves_one_out_the_biggest_first_grouping_is_taken() -> None:
    """By bearing (south, east, north, west): 3 + 6 kg, then 7 kg opens the second van and
    4 kg fits nowhere; biggest first places all four (7 + 3, 6 + 4)."""
    south, east = parcel("31.10", "121.40", "3", "0.1"), parcel("31.20", "121.50", "6", "0.1")
    north, west = parcel("31.30", "121.40", "7", "0.1"), parcel("31.20", "121.30", "4", "0.1")
    vans = (van("V1", "10"), van("V2", "10"))
    event = planned(PlanDeliveryRuns("WH-A", DAY, (south, east, north, west), vans, ids(2)))
    assert event.unplanned == []
    loads = sorted(sorted(s.weight_kg for s in run.stops) for run in event.runs)
    assert loads == [[3, 7], [4, 6]]
