"""The receivables review: a worker of the finance service (`jxc-finance serve` runs it,
`jxc-finance work receivables-review` alone) that re-reports, every
JXC_FINANCE_RECEIVABLES_REVIEW_SECONDS, the receivables of each customer with an open item
past its due date. An invoice due yesterday is overdue today with no event to say so; sales
holds the orders of a customer with overdue receivables, so it must hear of it. Figures that
did not change record nothing (the receivables decider), so a turn repeated by another
replica, or on the same day, changes nothing."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from uuid import UUID

from jxc.events.ids import uuid7
from jxc.finance.adapters import open_items
from jxc.finance.app import receivables
from jxc.platform.commands import CommandHandler
from jxc.platform.logging import get_logger
from jxc.platform.store import Metadata

log = get_logger("jxc.finance.receivables_review")

REVIEWER = "finance.receivables-review"  # the actor of what a review records
BATCH = 200  # customers per transaction


class ReceivablesReview:
    name = "receivables-review"

    def __init__(
        self,
        commands: CommandHandler,
        currency: str,
        interval_seconds: float,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.commands = commands
        self.currency = currency
        self.interval_seconds = interval_seconds
        self.now = now

    async def once(self) -> None:
        """One review now (`jxc-finance work receivables-review --once`)."""
        await self.review()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.review()
            except Exception:  # a concurrent report of a customer, the database away
                log.exception(
                    "receivables review failed; next turn in", seconds=self.interval_seconds
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.interval_seconds)

    async def review(self) -> int:
        """Re-report every customer with an open item due before today: how many were."""
        now = self.now()
        today = now.date()
        after: UUID | None = None
        reviewed = 0
        while True:
            async with self.commands.pool.connection() as conn, conn.transaction():
                customers = await open_items.customers_overdue(conn, today, after, BATCH)
                if not customers:
                    return reviewed
                meta = Metadata(occurred_at=now, correlation_id=uuid7(), actor=REVIEWER)
                await receivables.report(self.commands, conn, customers, today, meta, self.currency)
            reviewed += len(customers)
            after = customers[-1]
