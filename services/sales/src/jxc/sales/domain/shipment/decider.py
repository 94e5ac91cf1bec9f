"""The shipment's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.shipment.commands import (
    CancelShipment,
    CreateShipment,
    DeliverShipment,
    DispatchShipment,
    PackShipment,
    PickShipment,
    ShipmentCommand,
    TrackShipment,
)
from jxc.sales.domain.shipment.creating import create
from jxc.sales.domain.shipment.delivering import cancel, deliver
from jxc.sales.domain.shipment.dispatching import dispatch
from jxc.sales.domain.shipment.packing import pack, pick
from jxc.sales.domain.shipment.state import ShipmentState, evolve
from jxc.sales.domain.shipment.tracking import track


def decide(command: ShipmentCommand, state: ShipmentState) -> Sequence[DomainEvent]:
    match command:
        case CreateShipment():
            return create(command, state)
        case PickShipment():
            return pick(command, state)
        case PackShipment():
            return pack(command, state)
        case DispatchShipment():
            return dispatch(command, state)
        case TrackShipment():
            return track(command, state)
        case DeliverShipment():
            return deliver(command, state)
        case CancelShipment():
            return cancel(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


shipment_decider: Decider[ShipmentCommand, ShipmentState] = Decider(
    stream_prefix="shipment",
    initial_state=ShipmentState(),
    decide=decide,
    evolve=evolve,
    state_type=ShipmentState,
)
