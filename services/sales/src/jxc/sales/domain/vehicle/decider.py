"""The vehicle's decider."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.vehicle.commands import RegisterVehicle
from jxc.sales.domain.vehicle.registering import register
from jxc.sales.domain.vehicle.state import VehicleState, evolve


def decide(command: RegisterVehicle, state: VehicleState) -> Sequence[DomainEvent]:
    return register(command, state)


vehicle_decider: Decider[RegisterVehicle, VehicleState] = Decider(
    stream_prefix="vehicle",
    initial_state=VehicleState(),
    decide=decide,
    evolve=evolve,
    state_type=VehicleState,
)
