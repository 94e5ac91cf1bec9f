"""Composition root of the sales service."""

from pathlib import Path

from fastapi import APIRouter

from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service
from jxc.sales.api.customer_returns import customer_returns_router
from jxc.sales.app.customer_returns import CustomerReturns
from jxc.sales.projections.return_sales import ReturnSalesProjection

RETURN_SALES = "return-sales"


def return_sales(parts: Parts) -> ReturnSalesProjection:
    settings = parts.settings
    return ReturnSalesProjection(
        name=settings.consumer_name(RETURN_SALES), topics=[settings.topic_for("sales")]
    )


def projections(parts: Parts) -> list[Projection]:
    return [return_sales(parts)]


def routers(parts: Parts) -> list[APIRouter]:
    max_wait = parts.settings.read_wait_max_seconds
    returns = CustomerReturns(parts.commands, return_sales(parts).name, max_wait)
    return [customer_returns_router(returns)]


def service() -> Service:
    return Service(
        name="sales",
        default_port=8002,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
        projections=projections,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
