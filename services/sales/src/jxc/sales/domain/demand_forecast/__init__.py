"""Demand forecast per SKU x warehouse per week, from the weekly sales history: the method
chosen by backtest against a naive forecast (selection), recorded as sales.DemandForecasted.
Pure: the history, the clock and the season lengths come in as arguments."""

from jxc.sales.domain.demand_forecast.commands import DemandForecastCommand, RecordForecast
from jxc.sales.domain.demand_forecast.decider import demand_forecast_decider, series_id
from jxc.sales.domain.demand_forecast.selection import Forecast, forecast
from jxc.sales.domain.demand_forecast.state import DemandForecastState
from jxc.sales.domain.demand_forecast.weeks import week_of, weekly_history

__all__ = [
    "DemandForecastCommand",
    "DemandForecastState",
    "Forecast",
    "RecordForecast",
    "demand_forecast_decider",
    "forecast",
    "series_id",
    "week_of",
    "weekly_history",
]
