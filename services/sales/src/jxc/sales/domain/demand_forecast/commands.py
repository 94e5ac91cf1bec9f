"""What may be asked of a demand forecast: record one just computed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from jxc.sales.domain.demand_forecast.selection import Forecast


@dataclass(frozen=True, slots=True)
class RecordForecast:
    """Record `forecast` of `sku` in `warehouse`, its first week starting `first_week`."""

    sku: str
    warehouse: str
    unit: str
    first_week: date
    forecast: Forecast
    computed_at: datetime


DemandForecastCommand = RecordForecast
