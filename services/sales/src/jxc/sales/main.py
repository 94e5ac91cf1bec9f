"""Composition root of the sales service."""

from pathlib import Path

from fastapi import APIRouter

from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service, Worker
from jxc.sales.api.demand_forecasts import demand_forecasts_router
from jxc.sales.api.sales_plans import sales_plans_router
from jxc.sales.app.demand_forecasts import DemandForecasts
from jxc.sales.app.forecast_schedule import ForecastSchedule
from jxc.sales.app.sales_plans import SalesPlans
from jxc.sales.projections.sales_history import SalesHistoryProjection
from jxc.sales.settings import SalesSettings

SALES_HISTORY = "sales-history"


def sales_history(parts: Parts) -> SalesHistoryProjection:
    settings = parts.settings
    return SalesHistoryProjection(
        name=settings.consumer_name(SALES_HISTORY),
        topics=[settings.topic_for("sales"), settings.topic_for("inventory")],
    )


def projections(parts: Parts) -> list[Projection]:
    return [sales_history(parts)]


def demand_forecasts(parts: Parts) -> DemandForecasts:
    return DemandForecasts(parts.commands, SalesSettings())


def routers(parts: Parts) -> list[APIRouter]:
    max_wait = parts.settings.read_wait_max_seconds
    plans = SalesPlans(parts.commands, sales_history(parts).name, max_wait)
    return [sales_plans_router(plans), demand_forecasts_router(demand_forecasts(parts))]


def workers(parts: Parts) -> list[Worker]:
    return [ForecastSchedule(demand_forecasts(parts))]


def service() -> Service:
    return Service(
        name="sales",
        default_port=8002,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
        projections=projections,
        workers=workers,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
