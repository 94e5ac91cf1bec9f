"""A shipment's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.logistics import (
    Destination,
    Parcel,
    ShipmentCancelled,
    ShipmentCreated,
    ShipmentDispatched,
    ShipmentLine,
    ShipmentPacked,
    ShipmentPicked,
    ShipmentTracked,
)
from jxc.events.contracts.sales import OrderDelivered


class ShipmentStatus(StrEnum):
    NONE = "none"
    CREATED = "created"
    PICKED = "picked"
    PACKED = "packed"
    DISPATCHED = "dispatched"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    EXCEPTION = "exception"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


#: Once dispatched: on its way (whatever the carrier last said), not yet proven delivered.
ON_ITS_WAY = frozenset(
    {
        ShipmentStatus.DISPATCHED,
        ShipmentStatus.IN_TRANSIT,
        ShipmentStatus.OUT_FOR_DELIVERY,
        ShipmentStatus.EXCEPTION,
    }
)


@dataclass(frozen=True, slots=True)
class ShipmentState:
    status: ShipmentStatus = ShipmentStatus.NONE
    order_id: UUID | None = None
    customer_id: UUID | None = None
    warehouse: str = ""
    currency: str = ""
    lines: tuple[ShipmentLine, ...] = ()
    destination: Destination | None = None
    promised_on: date | None = None
    picked_by: str | None = None
    parcels: tuple[Parcel, ...] = ()
    weight_kg: Decimal | None = None
    volume_m3: Decimal | None = None
    carrier: str | None = None
    service: str | None = None
    own_fleet: bool = False
    tracking_number: str | None = None
    freight_cost: Money | None = None
    dispatched_on: date | None = None
    tracking: tuple[ShipmentTracked, ...] = ()
    delivered_at: datetime | None = None
    signed_by: str | None = None
    cancel_reason: str | None = None

    @property
    def exists(self) -> bool:
        return self.status is not ShipmentStatus.NONE

    @property
    def value(self) -> Decimal:
        return sum((line.value for line in self.lines), Decimal(0))

    def seen(self, carrier_event_id: str) -> bool:
        return any(t.carrier_event_id == carrier_event_id for t in self.tracking)


_TRACKED = {
    "in_transit": ShipmentStatus.IN_TRANSIT,
    "out_for_delivery": ShipmentStatus.OUT_FOR_DELIVERY,
    "exception": ShipmentStatus.EXCEPTION,
}


def evolve(state: ShipmentState, event: DomainEvent) -> ShipmentState:
    match event:
        case ShipmentCreated():
            return ShipmentState(
                status=ShipmentStatus.CREATED,
                order_id=event.order_id,
                customer_id=event.customer_id,
                warehouse=event.warehouse,
                currency=event.currency,
                lines=tuple(event.lines),
                destination=event.destination,
                promised_on=event.promised_on,
            )
        case ShipmentPicked():
            return replace(state, status=ShipmentStatus.PICKED, picked_by=event.picked_by)
        case ShipmentPacked():
            return replace(
                state,
                status=ShipmentStatus.PACKED,
                parcels=tuple(event.parcels),
                weight_kg=event.weight_kg,
                volume_m3=event.volume_m3,
            )
        case ShipmentDispatched():
            return replace(
                state,
                status=ShipmentStatus.DISPATCHED,
                carrier=event.carrier,
                service=event.service,
                own_fleet=event.own_fleet,
                tracking_number=event.tracking_number,
                freight_cost=event.freight_cost,
                dispatched_on=event.dispatched_on,
            )
        case ShipmentTracked():
            status = state.status
            if status in ON_ITS_WAY and event.status in _TRACKED:
                status = _TRACKED[event.status]
            return replace(state, status=status, tracking=(*state.tracking, event))
        case OrderDelivered():
            return replace(
                state,
                status=ShipmentStatus.DELIVERED,
                delivered_at=event.delivered_at,
                signed_by=event.signed_by,
            )
        case ShipmentCancelled():
            return replace(state, status=ShipmentStatus.CANCELLED, cancel_reason=event.reason)
    return state
