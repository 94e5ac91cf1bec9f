"""Planning a warehouse's delivery runs of a day, with the facts it needs: the day's
shipments dispatched with our own fleet and the warehouse's vehicles (read by the
application), and the ids the new runs take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID


@dataclass(frozen=True, slots=True)
class Consignment:
    """A shipment to deliver: where (None when its address has no coordinates) and how big."""

    shipment_id: UUID
    order_id: UUID
    customer_id: UUID
    weight_kg: Decimal
    volume_m3: Decimal
    latitude: Decimal | None
    longitude: Decimal | None


@dataclass(frozen=True, slots=True)
class Vehicle:
    vehicle: str
    max_weight_kg: Decimal
    max_volume_m3: Decimal
    depot_latitude: Decimal
    depot_longitude: Decimal


@dataclass(frozen=True, slots=True)
class PlanDeliveryRuns:
    warehouse: str
    day: date
    consignments: tuple[Consignment, ...]
    vehicles: tuple[Vehicle, ...]
    run_ids: tuple[UUID, ...]  # at least one per vehicle
