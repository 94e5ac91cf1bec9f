"""Cost analysis over HTTP (role accountant)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Query

from jxc.finance.api.common import PERIOD_PATTERN, WaitFor, amount, needs
from jxc.finance.app.cost_analysis import CostAnalysis
from jxc.finance.app.ledger import Ledger
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import CommandRouter

First = Annotated[str, Query(alias="from", pattern=PERIOD_PATTERN)]
Last = Annotated[str, Query(alias="to", pattern=PERIOD_PATTERN)]


def cost_analysis_router(analysis: CostAnalysis, ledger: Ledger) -> CommandRouter:
    router = CommandRouter(tags=["cost analysis"])
    accountant = needs(Role.ACCOUNTANT)

    @router.get("/cost-analysis", **accountant)
    async def cost_analysis(
        by: Literal["sku", "category", "warehouse", "customer"],
        first: First,
        last: Last,
        wait_for_event: WaitFor = None,
    ) -> dict[str, Any]:
        """Revenue, cost of goods sold, margin and shrinkage (count losses, write-offs,
        transit losses) over the periods, per item, item category, warehouse or customer.
        Revenue carries no warehouse (an invoice names none): by warehouse it is cost only."""
        await ledger.caught_up(wait_for_event)
        rows = await analysis.by(by, first, last)
        return {
            "by": by,
            "from": first,
            "to": last,
            "lines": [
                {
                    by: r.key or None,
                    "revenue": amount(r.revenue),
                    "cogs": amount(r.cogs),
                    "margin": amount(r.margin),
                    "margin_percent": None
                    if r.margin_percent is None
                    else amount(r.margin_percent),
                    "shrinkage": amount(r.shrinkage),
                }
                for r in rows
            ],
        }

    @router.get("/cost-analysis/price-variance", **accountant)
    async def price_variance(first: First, last: Last) -> dict[str, Any]:
        """Purchase price variance per supplier: invoiced above (positive) or below the PO
        prices."""
        rows = await analysis.price_variance(first, last)
        return {
            "from": first,
            "to": last,
            "suppliers": [{"supplier_id": s, "variance": amount(v)} for s, v in rows],
        }

    return router
