"""Composition root of the crm service."""

from pathlib import Path

from fastapi import APIRouter

from jxc.crm.api.customers import customers_router
from jxc.crm.api.loyalty import loyalty_router
from jxc.crm.api.purchase_history import purchase_history_router
from jxc.crm.app.customers import Customers
from jxc.crm.app.loyalty import Loyalty
from jxc.crm.app.purchase_history import PurchaseHistory
from jxc.crm.projections.loyalty_policy import LoyaltyPolicy
from jxc.crm.projections.purchase_history import PurchaseHistoryProjection
from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service

PURCHASE_HISTORY = "purchase-history"
LOYALTY = "loyalty"


def purchase_history(parts: Parts) -> PurchaseHistoryProjection:
    settings = parts.settings
    return PurchaseHistoryProjection(
        name=settings.consumer_name(PURCHASE_HISTORY), topics=[settings.topic_for("sales")]
    )


def loyalty_policy(parts: Parts) -> LoyaltyPolicy:
    settings = parts.settings
    return LoyaltyPolicy(
        name=settings.consumer_name(LOYALTY),
        topics=[settings.topic_for("sales")],
        loyalty=Loyalty(parts.commands),
    )


def projections(parts: Parts) -> list[Projection]:
    return [purchase_history(parts), loyalty_policy(parts)]


def routers(parts: Parts) -> list[APIRouter]:
    max_wait = parts.settings.read_wait_max_seconds
    history = PurchaseHistory(parts.pool, purchase_history(parts).name, max_wait)
    return [
        customers_router(Customers(parts.commands)),
        purchase_history_router(history),
        loyalty_router(Loyalty(parts.commands)),
    ]


def service() -> Service:
    return Service(
        name="crm",
        default_port=8005,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
        projections=projections,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
