"""Recording a forecast: a Monday as its first week, and nothing recorded when it says what the
last one said (a schedule that recomputes an unchanged history publishes nothing new)."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import DemandForecasted, ForecastError
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_code
from jxc.sales.domain.demand_forecast.commands import RecordForecast
from jxc.sales.domain.demand_forecast.state import DemandForecastState


def record(command: RecordForecast, state: DemandForecastState) -> list[DomainEvent]:
    forecast = command.forecast
    if command.first_week.weekday() != 0:
        raise DomainError(
            f"a forecast week starts on a Monday, not on {command.first_week:%A} "
            f"{command.first_week}",
            fields=("first_week",),
        )
    if not forecast.weeks:
        raise DomainError("a forecast covers one week at least", fields=("weeks",))
    unchanged = (state.first_week, state.weeks, state.method, state.season_weeks) == (
        command.first_week,
        forecast.weeks,
        forecast.method,
        forecast.season,
    )
    if unchanged:
        return []
    return [
        DemandForecasted(
            sku=check_code(command.sku, "sku", "SKU"),
            warehouse=check_code(command.warehouse, "warehouse", "warehouse"),
            unit=command.unit,
            first_week=command.first_week,
            weeks=list(forecast.weeks),
            method=forecast.method,
            season_weeks=forecast.season,
            history_weeks=forecast.history_weeks,
            holdout_weeks=forecast.holdout_weeks,
            errors=[
                ForecastError(method=label, mean_absolute_error=error)
                for label, error in forecast.errors
            ],
            computed_at=command.computed_at,
        )
    ]
