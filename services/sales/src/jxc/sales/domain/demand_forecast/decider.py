"""The demand forecast's decider: one stream per SKU x warehouse (`demand-forecast-SKU@WH`)."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.demand_forecast.commands import DemandForecastCommand
from jxc.sales.domain.demand_forecast.recording import record
from jxc.sales.domain.demand_forecast.state import DemandForecastState, evolve


def decide(command: DemandForecastCommand, state: DemandForecastState) -> Sequence[DomainEvent]:
    return record(command, state)


demand_forecast_decider: Decider[DemandForecastCommand, DemandForecastState] = Decider(
    stream_prefix="demand-forecast",
    initial_state=DemandForecastState(),
    decide=decide,
    evolve=evolve,
    state_type=DemandForecastState,
)


def series_id(sku: str, warehouse: str) -> str:
    """The aggregate id of a series: `SKU@WH`."""
    return f"{sku}@{warehouse}"
