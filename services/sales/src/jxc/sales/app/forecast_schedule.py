"""The forecasts' schedule: a loop of the sales service that recomputes every forecast when the
last run is older than JXC_SALES_FORECAST_EVERY_MINUTES (looking every
JXC_SALES_FORECAST_CHECK_SECONDS). Of several replicas one runs at a time (an advisory lock),
and it looks again once it holds the lock, so a run just made by another is not repeated."""

from __future__ import annotations

import asyncio
from contextlib import suppress
from datetime import UTC, datetime

from jxc.events.ids import uuid7
from jxc.platform.store import Metadata
from jxc.sales.adapters import demand_forecasts
from jxc.sales.app.demand_forecasts import DemandForecasts

SCHEDULER = "scheduler"  # the actor of the forecasts the schedule records


class ForecastSchedule:
    name = "demand-forecast-schedule"

    def __init__(self, forecasts: DemandForecasts) -> None:
        self.forecasts = forecasts

    async def run(self, stop: asyncio.Event) -> None:
        check = self.forecasts.settings.forecast_check_seconds
        while not stop.is_set():
            await self.turn()
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=check)

    async def once(self) -> None:
        """One turn now (`jxc-sales work demand-forecast-schedule --once`)."""
        await self.turn()

    async def turn(self) -> bool:
        """Recompute if due and no other replica is at it; True if it did."""
        if not await self.forecasts.due(datetime.now(UTC)):
            return False
        async with self.forecasts.commands.pool.connection() as conn:
            if not await demand_forecasts.try_schedule_lock(conn):
                return False
            try:
                now = datetime.now(UTC)
                if not await self.forecasts.due(now):
                    return False
                meta = Metadata(occurred_at=now, correlation_id=uuid7(), actor=SCHEDULER)
                await self.forecasts.recompute(meta, "schedule")
                return True
            finally:
                await demand_forecasts.release_schedule_lock(conn)
