"""Tracking updates from the carrier (in transit, out for delivery, delivered, exception):
each carrier event is recorded once, however often the carrier sends it."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import ShipmentTracked
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.value_checks import check_code, optional_text
from jxc.sales.domain.shipment._guards import in_status
from jxc.sales.domain.shipment.commands import TrackShipment
from jxc.sales.domain.shipment.state import ON_ITS_WAY, ShipmentState, ShipmentStatus


def track(command: TrackShipment, state: ShipmentState) -> list[DomainEvent]:
    allowed = {*ON_ITS_WAY, ShipmentStatus.DELIVERED}
    in_status(state, command.shipment_id, allowed, "record tracking before it is dispatched")
    event_id = check_code(command.carrier_event_id, "carrier_event_id", "carrier event id")
    if state.seen(event_id):
        return []  # the carrier sent it again: recorded already
    return [
        ShipmentTracked(
            shipment_id=command.shipment_id,
            carrier_event_id=event_id,
            status=command.status,
            at=command.at,
            location=optional_text(command.location, "location", "location", max_length=MAX_NAME),
            note=optional_text(command.note, "note", "note", max_length=MAX_REASON),
        )
    ]
