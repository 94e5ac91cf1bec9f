"""Events of sales' logistics (物流) and invoicing that only sales itself publishes and reads:
carriers and their rate cards, shipments from creation to dispatch and tracking, own
vehicles and their delivery runs, VAT rates. They travel on jxc.sales.events with the
contracts others consume (sales.OrderShipped, FreightCharged, OrderDelivered,
InvoiceIssued), which live in jxc.events.contracts.sales."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import (
    Amount,
    Code,
    Currency,
    DomainEvent,
    Money,
    NonNegativeAmount,
    PositiveQuantity,
    Sku,
    Unit,
)
from jxc.events.contracts.registry import registry
from jxc.events.contracts.sales import TaxRate
from jxc.events.limits import Name, Reason

Latitude = Annotated[Amount, Field(ge=-90, le=90)]
Longitude = Annotated[Amount, Field(ge=-180, le=180)]


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True)


# --- carriers --------------------------------------------------------------------------------


class CarrierService(_Value):
    code: Code
    name: Name


class WeightBracket(_Value):
    """Up to `up_to_kg` (inclusive) a parcel set costs `price`."""

    up_to_kg: PositiveQuantity
    price: NonNegativeAmount


class ZoneRates(_Value):
    """A zone: the destinations it covers (a city or an ISO country code of the ship-to
    address; `*` covers every destination no other zone names) and its weight brackets."""

    zone: Code
    destinations: Annotated[list[Code], Field(min_length=1)]
    brackets: Annotated[list[WeightBracket], Field(min_length=1)]


@registry.register
class CarrierRegistered(DomainEvent):
    event_type = "sales.CarrierRegistered"

    carrier_id: UUID
    code: Code
    name: Name
    currency: Currency
    own_fleet: bool = False  # our own vehicles: its shipments go on delivery runs
    services: list[CarrierService] = Field(default_factory=list)


@registry.register
class CarrierServiceAdded(DomainEvent):
    event_type = "sales.CarrierServiceAdded"

    carrier_id: UUID
    service: CarrierService


@registry.register
class RateCardSet(DomainEvent):
    """The rate card of one service of a carrier, replacing the one it had."""

    event_type = "sales.RateCardSet"

    carrier_id: UUID
    service: Code
    currency: Currency
    zones: Annotated[list[ZoneRates], Field(min_length=1)]


# --- shipments -------------------------------------------------------------------------------


class Destination(_Value):
    """Where a shipment goes: the customer's address as crm last described it."""

    label: Code
    city: Name
    country: Code
    latitude: Latitude
    longitude: Longitude


class ShipmentLine(_Value):
    """A line of the order shipped (in part or whole) by this shipment; `value` is the net
    value of `quantity`, the order line's net amount pro rata, rounded half up to cents."""

    line_no: int = Field(ge=1)
    sku: Sku
    quantity: PositiveQuantity
    unit: Unit
    value: Amount


@registry.register
class ShipmentCreated(DomainEvent):
    event_type = "sales.ShipmentCreated"

    shipment_id: UUID
    order_id: UUID
    customer_id: UUID
    warehouse: Code
    currency: Currency
    lines: Annotated[list[ShipmentLine], Field(min_length=1)]
    destination: Destination | None = None
    promised_on: date | None = None


@registry.register
class ShipmentPicked(DomainEvent):
    event_type = "sales.ShipmentPicked"

    shipment_id: UUID
    picked_by: Name


class Parcel(_Value):
    parcel_no: int = Field(ge=1)
    weight_kg: PositiveQuantity
    volume_m3: PositiveQuantity


@registry.register
class ShipmentPacked(DomainEvent):
    event_type = "sales.ShipmentPacked"

    shipment_id: UUID
    parcels: Annotated[list[Parcel], Field(min_length=1)]
    weight_kg: PositiveQuantity
    volume_m3: PositiveQuantity


@registry.register
class ShipmentDispatched(DomainEvent):
    """The shipment left with a carrier (sales.OrderShipped, recorded with it, tells inventory
    what left which warehouse). `freight_from` says whether the cost came from the carrier's
    rate card (and then `zone`) or was given."""

    event_type = "sales.ShipmentDispatched"

    shipment_id: UUID
    carrier_id: UUID
    carrier: Code
    service: Code
    own_fleet: bool
    tracking_number: Code | None = None
    freight_cost: Money
    freight_from: Literal["rate_card", "given"]
    zone: Code | None = None
    dispatched_on: date


TrackingStatus = Literal["in_transit", "out_for_delivery", "delivered", "exception"]


@registry.register
class ShipmentTracked(DomainEvent):
    """A tracking update from the carrier, once per carrier event id."""

    event_type = "sales.ShipmentTracked"

    shipment_id: UUID
    carrier_event_id: Code
    status: TrackingStatus
    at: datetime
    location: Name | None = None
    note: Reason | None = None


@registry.register
class ShipmentCancelled(DomainEvent):
    event_type = "sales.ShipmentCancelled"

    shipment_id: UUID
    reason: Reason


# --- own vehicles and delivery runs -----------------------------------------------------------


@registry.register
class VehicleRegistered(DomainEvent):
    """A vehicle of our own fleet, based at a warehouse: its runs start and end at `depot`."""

    event_type = "sales.VehicleRegistered"

    vehicle: Code
    warehouse: Code
    name: Name
    max_weight_kg: PositiveQuantity
    max_volume_m3: PositiveQuantity
    depot_latitude: Latitude
    depot_longitude: Longitude


class RunStop(_Value):
    seq: int = Field(ge=1)
    shipment_id: UUID
    order_id: UUID
    customer_id: UUID
    latitude: Latitude
    longitude: Longitude
    weight_kg: PositiveQuantity
    volume_m3: PositiveQuantity


class PlannedRun(_Value):
    run_id: UUID
    vehicle: Code
    stops: Annotated[list[RunStop], Field(min_length=1)]
    weight_kg: PositiveQuantity
    volume_m3: PositiveQuantity
    distance_km: NonNegativeAmount


class UnplannedShipment(_Value):
    shipment_id: UUID
    reason: Reason


@registry.register
class DeliveryRunsPlanned(DomainEvent):
    """A warehouse's runs of a day, replacing any planned before: every shipment given is on
    exactly one run or named in `unplanned` with why."""

    event_type = "sales.DeliveryRunsPlanned"

    warehouse: Code
    day: date
    runs: list[PlannedRun]
    unplanned: list[UnplannedShipment] = Field(default_factory=list)


# --- VAT rates ---------------------------------------------------------------------------------


@registry.register
class VatRateSet(DomainEvent):
    """The VAT rate of an item category, or (category None) the default for the others."""

    event_type = "sales.VatRateSet"

    category: Code | None = None
    rate: TaxRate
