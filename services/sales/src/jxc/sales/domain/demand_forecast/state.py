"""A series' forecast as last recorded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import DemandForecasted


class DemandForecastState(BaseModel):
    model_config = ConfigDict(frozen=True)

    first_week: date | None = None
    weeks: tuple[Decimal, ...] = ()
    method: str | None = None
    season_weeks: int | None = None


def evolve(state: DemandForecastState, event: DomainEvent) -> DemandForecastState:
    if isinstance(event, DemandForecasted):
        return DemandForecastState(
            first_week=event.first_week,
            weeks=tuple(event.weeks),
            method=event.method,
            season_weeks=event.season_weeks,
        )
    return state
