"""Demand forecasts over HTTP: recompute them now (role sales; the schedule does it too), and
the forecasts per SKU x warehouse."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any
from uuid import UUID

from fastapi import Path, Query
from pydantic import BaseModel

from jxc.events import limits
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.sales.adapters.demand_forecasts import ForecastFilter
from jxc.sales.api.common import Code, Limit
from jxc.sales.app.demand_forecasts import DemandForecasts


class RecomputeBody(Body):
    sku: Code | None = None
    warehouse: Code | None = None


class Recomputed(BaseModel):
    run_id: UUID
    first_week: str
    series: int
    recorded: int
    methods: dict[str, int]
    event_ids: list[UUID]


def demand_forecasts_router(forecasts: DemandForecasts) -> CommandRouter:
    router = CommandRouter(tags=["demand forecasts"])

    @router.command("/demand-forecasts/recompute", role=Role.SALES, response_model=Recomputed)
    async def recompute_demand_forecasts(body: RecomputeBody, cmd: Command) -> dict[str, Any]:
        """Forecast every SKU x warehouse with sales (or the one named) from the weeks before
        this one; a forecast that changed is recorded and published (sales.DemandForecasted)."""
        done = await forecasts.recompute(
            cmd.meta, "command", sku=body.sku, warehouse=body.warehouse
        )
        return asdict(done)

    @router.get("/demand-forecasts")
    async def list_demand_forecasts(
        sku: Annotated[Code | None, Query()] = None,
        warehouse: Annotated[Code | None, Query()] = None,
        method: Annotated[
            Code | None, Query(description="e.g. holt_winters, seasonal_naive")
        ] = None,
        after: Annotated[
            limits.Text | None, Query(max_length=200, description="the `next` of the page before")
        ] = None,
        limit: Limit = 50,
    ) -> dict[str, Any]:
        rows = await forecasts.list(
            ForecastFilter(sku=sku, warehouse=warehouse, method=method), _cursor(after), limit + 1
        )
        page = rows[:limit]
        last = page[-1] if len(rows) > limit else None
        return {
            "items": [_view(row) for row in page],
            "next": None if last is None else f"{last['sku']}@{last['warehouse']}",
        }

    @router.get("/demand-forecasts/{sku}/{warehouse}")
    async def get_demand_forecast(
        sku: Annotated[Code, Path()], warehouse: Annotated[Code, Path()]
    ) -> dict[str, Any]:
        rows = await forecasts.list(ForecastFilter(sku=sku, warehouse=warehouse), None, 1)
        if not rows:
            raise NotFound(
                f"there is no demand forecast of {sku} in {warehouse}", fields=("sku", "warehouse")
            )
        return _view(rows[0])

    return router


def _cursor(after: str | None) -> tuple[str, str] | None:
    if after is None:
        return None
    sku, at, warehouse = after.rpartition("@")
    if not at or not sku or not warehouse:
        raise DomainError(
            "after is the `next` of the page before: SKU@warehouse", fields=("after",)
        )
    return sku, warehouse


def _view(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "sku": row["sku"],
        "warehouse": row["warehouse"],
        "unit": row["unit"],
        "first_week": row["first_week"],
        "weeks": row["weeks"],
        "method": row["method"],
        "season_weeks": row["season_weeks"],
        "history_weeks": row["history_weeks"],
        "holdout_weeks": row["holdout_weeks"],
        "errors": row["errors"],
        "computed_at": row["computed_at"],
        "version": row["version"],
    }
