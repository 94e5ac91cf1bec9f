"""What every shipment command checks first."""

from __future__ import annotations

from uuid import UUID

from jxc.platform.decider import NotFound, StateConflict
from jxc.sales.domain.shipment.state import ShipmentState, ShipmentStatus


def existing(state: ShipmentState, shipment_id: UUID) -> None:
    if not state.exists:
        raise NotFound(f"there is no shipment {shipment_id}", fields=("shipment_id",))


def in_status(
    state: ShipmentState, shipment_id: UUID, allowed: set[ShipmentStatus], doing: str
) -> None:
    existing(state, shipment_id)
    if state.status not in allowed:
        raise StateConflict(f"shipment {shipment_id} is {state.status.value}: cannot {doing}")
