"""The supplier scorecard query: a supplier's figures over a period, from the projection."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from jxc.platform.commands import CommandHandler
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.reads import reading, wait_for_event
from jxc.purchasing.domain import supplier_decider
from jxc.purchasing.projections.supplier_scorecard import totals


class Scorecards:
    def __init__(self, commands: CommandHandler, consumer: str, max_wait_seconds: float) -> None:
        self.commands = commands
        self.consumer = consumer
        self.max_wait_seconds = max_wait_seconds

    async def get(
        self,
        supplier_id: UUID,
        first: date | None,
        last: date | None,
        *,
        wait_for: UUID | None = None,
        wait_seconds: float = 5.0,
    ) -> dict[str, Any]:
        if first is not None and last is not None and first > last:
            raise DomainError(
                f"the period starts ({first}) after it ends ({last})", fields=("from", "to")
            )
        timeout = min(wait_seconds, self.max_wait_seconds)
        pool = self.commands.pool
        await wait_for_event(pool, self.consumer, wait_for, timeout, "supplier scorecard")
        async with reading(pool) as conn:
            supplier = await self.commands.load(
                conn, supplier_decider, supplier_decider.stream_id(supplier_id)
            )
            if not supplier.state.exists:
                raise NotFound(f"there is no supplier {supplier_id}", fields=("supplier_id",))
            facts, currency = await totals(conn, supplier_id, first, last)
        return {
            "supplier_id": supplier_id,
            "from": first,
            "to": last,
            "on_time_delivery": {
                "percent": facts.on_time_percent,
                "receipt_lines_due": facts.lines_due,
                "receipt_lines_on_time": facts.lines_on_time,
            },
            "quality": {
                "reject_percent": facts.reject_percent,
                "accepted": facts.accepted,
                "rejected": facts.rejected,
            },
            "price_variance": {
                "percent": facts.price_variance_percent,
                "amount": facts.price_variance,
                "invoiced": facts.invoiced,
                "at_po_prices": facts.invoiced_at_po_price,
                "currency": currency or supplier.state.currency,
            },
        }
