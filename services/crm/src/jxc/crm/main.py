"""Composition root of the crm service.

jxc-crm rfm [--once]   recompute the RFM segments now and every JXC_CRM_RFM_INTERVAL_SECONDS
jxc-crm ...            the service's usual commands (serve, migrate, project, ...)
"""

import argparse
import asyncio
import signal
import sys
from datetime import UTC, datetime
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
from jxc.crm.app.segments import Segments
from jxc.crm.projections.loyalty_policy import LoyaltyPolicy
from jxc.crm.projections.purchase_history import PurchaseHistoryProjection
from jxc.crm.settings import CrmSettings
from jxc.platform.logging import configure_logging
from jxc.platform.projection import Projection
from jxc.platform.runtime import Parts, Service
from jxc.platform.store import acting_as

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


def service() -> Service:
    return Service(
        name="crm",
        default_port=8005,
        migrations=Path(__file__).parent / "migrations",
        routers=routers,
        projections=projections,
    )


async def rfm(once: bool) -> None:
    """The RFM worker: recompute the segments now, then every interval, until a signal."""
    crm = service()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    acting_as.set("crm.rfm")
    async with crm.parts() as parts:
        segments = Segments(parts.commands)
        if once:
            await segments.recompute(datetime.now(UTC))
            return
        await segments.every(CrmSettings().rfm_interval_seconds, stop)


def cli(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] != ["rfm"]:
        service().cli(args)
        return
    parser = argparse.ArgumentParser(prog="jxc-crm rfm", description=rfm.__doc__)
    parser.add_argument("--once", action="store_true", help="compute once and exit")
    options = parser.parse_args(args[1:])
    crm = service()
    configure_logging(crm.name, crm.settings.log_level)
    crm.migrate()
    asyncio.run(rfm(options.once))


if __name__ == "__main__":
    cli()
