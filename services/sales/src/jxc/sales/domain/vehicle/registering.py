"""Registering a vehicle: a code of its own, a warehouse, capacities above zero, a depot."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import VehicleRegistered
from jxc.events.limits import MAX_NAME
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_code, check_quantity, check_text
from jxc.sales.domain.vehicle.commands import RegisterVehicle
from jxc.sales.domain.vehicle.state import VehicleState


def register(command: RegisterVehicle, state: VehicleState) -> list[DomainEvent]:
    if state.registered is not None:
        raise StateConflict(
            f"vehicle {command.vehicle} is already registered (at {state.registered.warehouse})",
            fields=("vehicle",),
        )
    return [
        VehicleRegistered(
            vehicle=check_code(command.vehicle, "vehicle", "vehicle code"),
            warehouse=check_code(command.warehouse, "warehouse", "warehouse"),
            name=check_text(command.name, "name", "vehicle name", max_length=MAX_NAME),
            max_weight_kg=check_quantity(command.max_weight_kg, "max_weight_kg", "the capacity"),
            max_volume_m3=check_quantity(command.max_volume_m3, "max_volume_m3", "the capacity"),
            depot_latitude=_within(command.depot_latitude, 90, "depot_latitude"),
            depot_longitude=_within(command.depot_longitude, 180, "depot_longitude"),
        )
    ]


def _within(value: Decimal, bound: int, field: str) -> Decimal:
    if not value.is_finite() or not -bound <= value <= bound:
        raise DomainError(f"{field} must be from -{bound} to {bound} degrees", fields=(field,))
    return value
