"""Queries of the general ledger: the journal, the three statements for any periods and cost
centre, and stock against the books. Each may wait (bounded) until the ledger has posted a
given event, to read its own write."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.finance.adapters import ledger_queries
from jxc.finance.adapters.ledger_queries import JournalFilters
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.reconciliation import ACCOUNTS, Reconciled, reconcile
from jxc.finance.domain.ledger.statements import (
    BalanceRow,
    BalanceSheet,
    ProfitAndLoss,
    TrialLine,
    balance_sheet,
    profit_and_loss,
    trial_balance,
)
from jxc.platform.decider import DomainError
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading, wait_for_event
from jxc.platform.store import Conn

NAMES = {code: name for code, name, _, _ in a.DEFAULT_CHART}


class Ledger:
    def __init__(self, pool: AsyncConnectionPool[Any], consumer: str, max_wait: float) -> None:
        self.pool = pool
        self.consumer = consumer
        self.max_wait = max_wait

    async def caught_up(self, event_id: UUID | None) -> None:
        await wait_for_event(self.pool, self.consumer, event_id, self.max_wait, "general ledger")

    async def journal(
        self, filters: JournalFilters, after: tuple[int, int], limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.pool) as conn:
            return await ledger_queries.journal(conn, filters, after, limit)

    async def journal_sorted(
        self,
        filters: JournalFilters,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.pool) as conn:
            return await ledger_queries.journal_sorted(conn, filters, sort, order, after, limit)

    async def entry(self, entry_id: int) -> dict[str, Any] | None:
        async with reading(self.pool) as conn:
            return await ledger_queries.entry(conn, entry_id)

    async def _rows(
        self, conn: Conn, first: str, last: str, centre: str | None
    ) -> tuple[str, list[BalanceRow]]:
        if first > last:
            raise DomainError(
                f"the first period {first} comes after the last {last}", fields=("from", "to")
            )
        start = await ledger_queries.fiscal_year_start(conn, first) or f"{first[:4]}-01"
        return start, await ledger_queries.balances(conn, start, first, last, centre)

    async def trial_balance(self, first: str, last: str, centre: str | None) -> list[TrialLine]:
        async with reading(self.pool) as conn:
            _, rows = await self._rows(conn, first, last, centre)
        return trial_balance(rows, NAMES[a.RETAINED_EARNINGS])

    async def profit_and_loss(self, first: str, last: str, centre: str | None) -> ProfitAndLoss:
        async with reading(self.pool) as conn:
            _, rows = await self._rows(conn, first, last, centre)
        return profit_and_loss(rows)

    async def balance_sheet(self, period: str, centre: str | None) -> tuple[str, BalanceSheet]:
        """At the end of `period`; also the fiscal year's first period."""
        async with reading(self.pool) as conn:
            start = await ledger_queries.fiscal_year_start(conn, period) or f"{period[:4]}-01"
            rows = await ledger_queries.balances(conn, start, start, period, centre)
        names = NAMES[a.RETAINED_EARNINGS], NAMES[a.CURRENT_YEAR_RESULT]
        return start, balance_sheet(rows, *names)

    async def stock_against_books(self) -> list[Reconciled]:
        async with reading(self.pool) as conn:
            stock, books = await ledger_queries.stock_and_books(conn, sorted(ACCOUNTS.values()))
        return reconcile(stock, books)
