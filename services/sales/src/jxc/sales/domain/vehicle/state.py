"""A vehicle's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import VehicleRegistered


@dataclass(frozen=True, slots=True)
class VehicleState:
    registered: VehicleRegistered | None = None


def evolve(state: VehicleState, event: DomainEvent) -> VehicleState:
    if isinstance(event, VehicleRegistered):
        return VehicleState(registered=event)
    return state
