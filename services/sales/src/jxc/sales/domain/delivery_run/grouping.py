"""Grouping consignments into vehicle loads within capacity (weight and volume), by a sweep:
consignments in order of their bearing from the depot, each into the vehicle being filled
while it fits, else the next vehicle; when the vehicles run out, the first with room left
(first fit). When that leaves something out, first fit decreasing (the biggest first) is
tried as well, and the grouping that leaves out less is taken. What fits nowhere is left out
with the reason. Loads are therefore mostly geographically compact and never over
capacity."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from jxc.platform.value_checks import fmt
from jxc.sales.domain.delivery_run.commands import Consignment, Vehicle


@dataclass
class Load:
    vehicle: Vehicle
    consignments: list[Consignment] = field(default_factory=list)
    weight_kg: Decimal = Decimal(0)
    volume_m3: Decimal = Decimal(0)

    def fits(self, c: Consignment) -> bool:
        return (
            self.weight_kg + c.weight_kg <= self.vehicle.max_weight_kg
            and self.volume_m3 + c.volume_m3 <= self.vehicle.max_volume_m3
        )

    def take(self, c: Consignment) -> None:
        self.consignments.append(c)
        self.weight_kg += c.weight_kg
        self.volume_m3 += c.volume_m3


def group(
    consignments: Sequence[Consignment], vehicles: Sequence[Vehicle]
) -> tuple[list[Load], list[tuple[Consignment, str]]]:
    """The loads (in the vehicles' order, empty ones dropped) and what was left out, why."""
    loads = [Load(v) for v in sorted(vehicles, key=lambda v: v.vehicle)]
    left: list[tuple[Consignment, str]] = []
    placeable: list[Consignment] = []
    for c in consignments:
        if c.latitude is None or c.longitude is None:
            left.append((c, "its address has no coordinates"))
        elif not vehicles:
            left.append((c, "the warehouse has no vehicle"))
        elif not any(Load(v).fits(c) for v in vehicles):
            left.append(
                (
                    c,
                    f"{fmt(c.weight_kg)} kg, {fmt(c.volume_m3)} m³ is more than any vehicle "
                    "of the warehouse carries",
                )
            )
        else:
            placeable.append(c)
    if not loads:
        return [], left
    swept, no_room = _sweep(loads, placeable)
    if no_room:
        biggest_first, none_room = _first_fit_decreasing(vehicles, placeable)
        if len(none_room) < len(no_room):
            swept, no_room = biggest_first, none_room
    reason = "no vehicle has room left for it today"
    return [load for load in swept if load.consignments], left + [(c, reason) for c in no_room]


def _sweep(loads: list[Load], placeable: list[Consignment]) -> tuple[list[Load], list[Consignment]]:
    no_room: list[Consignment] = []
    depot = loads[0].vehicle
    current = 0
    for c in sorted(placeable, key=lambda c: (_bearing(depot, c), str(c.shipment_id))):
        while current < len(loads) and not loads[current].fits(c):
            if loads[current].consignments:
                current += 1
            else:
                break  # an empty vehicle too small for it: try the others below
        if current < len(loads) and loads[current].fits(c):
            loads[current].take(c)
            continue
        room = next((load for load in loads if load.fits(c)), None)
        if room is None:
            no_room.append(c)
        else:
            room.take(c)
    return loads, no_room


def _first_fit_decreasing(
    vehicles: Sequence[Vehicle], placeable: list[Consignment]
) -> tuple[list[Load], list[Consignment]]:
    loads = [Load(v) for v in sorted(vehicles, key=lambda v: v.vehicle)]
    widest_w = max(v.max_weight_kg for v in vehicles)
    widest_v = max(v.max_volume_m3 for v in vehicles)

    def size(c: Consignment) -> tuple[Decimal, str]:
        return (max(c.weight_kg / widest_w, c.volume_m3 / widest_v), str(c.shipment_id))

    no_room: list[Consignment] = []
    for c in sorted(placeable, key=size, reverse=True):
        room = next((load for load in loads if load.fits(c)), None)
        if room is None:
            no_room.append(c)
        else:
            room.take(c)
    return loads, no_room


def _bearing(depot: Vehicle, c: Consignment) -> float:
    assert c.latitude is not None and c.longitude is not None
    return math.atan2(
        float(c.latitude - depot.depot_latitude), float(c.longitude - depot.depot_longitude)
    )
