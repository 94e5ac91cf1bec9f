"""What may be asked of a vehicle."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class RegisterVehicle:
    vehicle: str
    warehouse: str
    name: str
    max_weight_kg: Decimal
    max_volume_m3: Decimal
    depot_latitude: Decimal
    depot_longitude: Decimal
