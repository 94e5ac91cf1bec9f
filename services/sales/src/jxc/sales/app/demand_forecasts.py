"""Demand forecasts: recomputed from the sales history by a command or by the schedule, each
series' forecast recorded on its own stream (sales.DemandForecasted when it changed), and the
forecasts queried. The fitting runs in a worker thread, off the event loop."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any
from uuid import UUID

from jxc.events.contracts.sales import DemandForecasted
from jxc.events.ids import uuid7
from jxc.platform.commands import Appended, CommandHandler
from jxc.platform.decider import NotFound
from jxc.platform.logging import get_logger
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.sales.adapters import demand_forecasts, sales_history
from jxc.sales.adapters.demand_forecasts import ForecastFilter
from jxc.sales.adapters.sales_history import Series
from jxc.sales.domain.demand_forecast import (
    DemandForecastState,
    Forecast,
    RecordForecast,
    demand_forecast_decider,
    forecast,
    series_id,
    week_of,
    weekly_history,
)
from jxc.sales.settings import SalesSettings

log = get_logger("jxc.sales.forecasts")


@dataclass(frozen=True, slots=True)
class Recomputed:
    run_id: UUID
    first_week: str
    series: int
    recorded: int
    methods: dict[str, int]
    event_ids: list[UUID]


class DemandForecasts:
    def __init__(self, commands: CommandHandler, settings: SalesSettings) -> None:
        self.commands = commands
        self.settings = settings

    async def recompute(
        self,
        meta: Metadata,
        trigger: str,
        *,
        sku: str | None = None,
        warehouse: str | None = None,
    ) -> Recomputed:
        """Forecast every SKU x warehouse with sales (or those named) from the weeks before the
        current one (the week of `meta.occurred_at`), and record each forecast that changed."""
        first_week = week_of(meta.occurred_at.date())
        async with reading(self.commands.pool) as conn:
            found = await sales_history.weekly_demand(
                conn, first_week, sku=sku, warehouse=warehouse
            )
        if (sku or warehouse) and not found:
            raise NotFound(
                "there is no sales history for "
                + " in ".join(x for x in (sku, warehouse) if x is not None),
                fields=tuple(f for f, x in (("sku", sku), ("warehouse", warehouse)) if x),
            )
        computed = await asyncio.to_thread(self._forecasts, found, first_week)
        event_ids: list[UUID] = []
        for series, chosen in computed:
            command = RecordForecast(
                series.sku, series.warehouse, series.unit, first_week, chosen, meta.occurred_at
            )
            result = await self.commands.handle(
                demand_forecast_decider,
                demand_forecast_decider.stream_id(series_id(series.sku, series.warehouse)),
                command,
                meta,
                name="record-demand-forecast",
                after_append=_save,
            )
            event_ids += result.event_ids
        run_id = uuid7()
        async with self.commands.pool.connection() as conn:
            await demand_forecasts.record_run(
                conn, run_id, trigger, meta.occurred_at, len(computed), len(event_ids)
            )
        methods = Counter(chosen.method for _, chosen in computed)
        log.info(
            "forecasts recomputed", trigger=trigger, series=len(computed), recorded=len(event_ids)
        )
        return Recomputed(
            run_id, first_week.isoformat(), len(computed), len(event_ids), dict(methods), event_ids
        )

    def _forecasts(self, found: Sequence[Series], first_week: Any) -> list[tuple[Series, Forecast]]:
        settings = self.settings
        fit = partial(
            forecast,
            horizon=settings.forecast_weeks,
            seasons=settings.forecast_seasons,
            holdout=settings.forecast_holdout_weeks,
        )
        computed = []
        for series in found:
            history = weekly_history(series.weeks, first_week)
            if history:
                computed.append((series, fit(history)))
        return computed

    async def due(self, now: datetime) -> bool:
        """Whether the schedule should recompute: never computed, or not for a while."""
        every = self.settings.forecast_every_minutes
        if every <= 0:
            return False
        async with reading(self.commands.pool) as conn:
            last = await demand_forecasts.last_run(conn)
        return last is None or now - last >= timedelta(minutes=every)

    async def list(
        self,
        filters: ForecastFilter,
        after: tuple[str, str] | None,
        limit: int,
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await demand_forecasts.page(conn, filters, after, limit)


async def _save(conn: Conn, appended: Appended[DemandForecastState]) -> None:
    for _, event in appended.events:
        if isinstance(event, DemandForecasted):
            await demand_forecasts.save(conn, event, appended.version)
