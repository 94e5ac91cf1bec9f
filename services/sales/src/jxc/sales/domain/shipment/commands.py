"""What may be asked of a shipment, with the facts from outside the shipment its decision
needs (the order as sales learnt it, the carrier, what other shipments delivered), gathered
by the application in the command's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from jxc.events.contracts.logistics import Destination, TrackingStatus
from jxc.sales.domain.carrier import CarrierState


@dataclass(frozen=True, slots=True)
class OrderLineFacts:
    line_no: int
    sku: str
    warehouse: str
    quantity: Decimal  # ordered
    unit: str
    net_amount: Decimal  # of the whole line, after discounts
    shippable: Decimal  # reserved by inventory and not yet on another shipment


@dataclass(frozen=True, slots=True)
class OrderFacts:
    order_id: UUID
    customer_id: UUID
    currency: str
    cancelled: bool
    lines: tuple[OrderLineFacts, ...]
    destination: Destination | None = None
    promised_on: date | None = None


@dataclass(frozen=True, slots=True)
class Wanted:
    line_no: int
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class CreateShipment:
    """Ship from `warehouse` what is reserved of the order there: the lines `wanted` (all of
    what can be shipped from the warehouse when None)."""

    shipment_id: UUID
    warehouse: str
    order: OrderFacts | None  # None: sales has not learnt of the order
    wanted: tuple[Wanted, ...] | None = None


@dataclass(frozen=True, slots=True)
class PickShipment:
    shipment_id: UUID
    picked_by: str


@dataclass(frozen=True, slots=True)
class ParcelDetails:
    weight_kg: Decimal
    volume_m3: Decimal


@dataclass(frozen=True, slots=True)
class PackShipment:
    shipment_id: UUID
    parcels: tuple[ParcelDetails, ...]


@dataclass(frozen=True, slots=True)
class DispatchShipment:
    """Hand the packed shipment to a carrier. The freight cost comes from the service's rate
    card unless `freight_cost` (in `freight_currency`, the carrier's when None) is given."""

    shipment_id: UUID
    carrier_id: UUID
    carrier: CarrierState
    service: str
    dispatched_on: date
    tracking_number: str | None = None
    freight_cost: Decimal | None = None
    freight_currency: str | None = None
    order_cancelled: bool = False  # since the shipment was created: nothing may leave


@dataclass(frozen=True, slots=True)
class TrackShipment:
    shipment_id: UUID
    carrier_event_id: str
    status: TrackingStatus
    at: datetime
    location: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class DeliverShipment:
    """Proof of delivery. `ordered` and `delivered_before` (per order line) tell whether the
    whole order is delivered with this shipment."""

    shipment_id: UUID
    delivered_at: datetime
    signed_by: str | None
    ordered: dict[int, Decimal]
    delivered_before: dict[int, Decimal]


@dataclass(frozen=True, slots=True)
class CancelShipment:
    shipment_id: UUID
    reason: str


ShipmentCommand = (
    CreateShipment
    | PickShipment
    | PackShipment
    | DispatchShipment
    | TrackShipment
    | DeliverShipment
    | CancelShipment
)
