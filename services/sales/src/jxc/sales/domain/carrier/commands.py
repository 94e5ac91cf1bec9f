"""What may be asked of a carrier."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID


@dataclass(frozen=True, slots=True)
class ServiceDetails:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class RegisterCarrier:
    carrier_id: UUID
    code: str
    name: str
    currency: str
    own_fleet: bool = False
    services: tuple[ServiceDetails, ...] = ()


@dataclass(frozen=True, slots=True)
class AddCarrierService:
    carrier_id: UUID
    service: ServiceDetails


@dataclass(frozen=True, slots=True)
class Bracket:
    up_to_kg: Decimal
    price: Decimal


@dataclass(frozen=True, slots=True)
class Zone:
    zone: str
    destinations: tuple[str, ...]
    brackets: tuple[Bracket, ...]


@dataclass(frozen=True, slots=True)
class SetRateCard:
    """Replace the rate card of one of the carrier's services (prices in its currency)."""

    carrier_id: UUID
    service: str
    zones: tuple[Zone, ...]


CarrierCommand = RegisterCarrier | AddCarrierService | SetRateCard
