"""Composition root of the crm service. Its worker `rfm` (jxc-crm work rfm [--once])
recomputes the RFM segments now and every JXC_CRM_RFM_INTERVAL_SECONDS."""

from pathlib import Path

from fastapi import APIRouter

from jxc.crm.api.campaigns import campaigns_router
from jxc.crm.api.customers import customers_router
from jxc.crm.api.feedback import feedback_router
from jxc.crm.api.follow_ups import follow_ups_router
from jxc.crm.api.loyalty import loyalty_router
from jxc.crm.api.purchase_history import purchase_history_router
from jxc.crm.api.segments import segments_router
from jxc.crm.app.campaigns import Campaigns
from jxc.crm.app.customers import Customers
from jxc.crm.app.feedback import Feedback
from jxc.crm.app.follow_ups import FollowUps
from jxc.crm.app.loyalty import Loyalty
from jxc.crm.app.purchase_history import PurchaseHistory
from jxc.crm.app.rfm_schedule import RfmSchedule
from jxc.crm.app.segments import Segments
from jxc.crm.projections.loyalty_policy import LoyaltyPolicy
from jxc.crm.projections.purchase_history import PurchaseHistoryProjection
from jxc.crm.settings import CrmSettings
from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service, Worker

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
        loyalty_router(Loyalty(parts.commands, loyalty_policy(parts).name, max_wait)),
        segments_router(Segments(parts.commands)),
        follow_ups_router(FollowUps(parts.commands)),
        campaigns_router(Campaigns(parts.commands, purchase_history(parts).name, max_wait)),
        feedback_router(Feedback(parts.commands)),
    ]


def workers(parts: Parts) -> list[Worker]:
    return [RfmSchedule(Segments(parts.commands), CrmSettings().rfm_interval_seconds)]


def service() -> Service:
    return Service(
        name="crm",
        default_port=8005,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
        projections=projections,
        workers=workers,
    )


def cli() -> None:
    service().cli()


if __name__ == "__main__":
    cli()
