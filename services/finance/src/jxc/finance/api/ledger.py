"""The general ledger over HTTP (role accountant): the journal, the trial balance, profit and
loss and the balance sheet for any periods and cost centre, and stock against the books."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Path, Query

from jxc.finance.adapters.ledger_queries import JOURNAL, JournalFilters
from jxc.finance.api.common import (
    PERIOD_PATTERN,
    CentreQuery,
    OptionalPeriod,
    Period,
    WaitFor,
    amount,
    needs,
)
from jxc.finance.app.ledger import Ledger
from jxc.finance.domain.ledger.statements import Amount
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.http_commands import CommandRouter
from jxc.platform.paging import MAX_CURSOR, SortOrder

MAX_PAGE = 1000


def ledger_router(ledger: Ledger) -> CommandRouter:
    router = CommandRouter(tags=["general ledger"])
    accountant = needs(Role.ACCOUNTANT)

    @router.get("/journal", **accountant)
    async def journal(
        period: OptionalPeriod = None,
        account: Annotated[str | None, Query(max_length=64)] = None,
        cost_centre: CentreQuery = None,
        source_event_id: UUID | None = None,
        party_id: UUID | None = None,
        source_type: Annotated[
            str | None,
            Query(max_length=128, description="the source event's type, e.g. sales.InvoiceIssued"),
        ] = None,
        after: Annotated[
            str | None, Query(description="the `next` of the page before", max_length=MAX_CURSOR)
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 200,
        sort: Annotated[str | None, JOURNAL.sort_query()] = None,
        order: SortOrder = None,
        wait_for_event: WaitFor = None,
    ) -> dict[str, Any]:
        """Journal lines with their entries, in posting order, filtered and keyset-paged; with
        `sort` (and `order`) in the order asked, the `next` of each page then a cursor of that
        sort to pass back as `after` with it."""
        await ledger.caught_up(wait_for_event)
        filters = JournalFilters(
            period, account, cost_centre, source_event_id, party_id, source_type
        )
        if sort is not None or order is not None:
            found, cursor = await ledger.journal_sorted(filters, sort, order, after, limit)
            return {"items": [_line(row) for row in found], "next": cursor}
        rows = await ledger.journal(filters, _position(after), limit + 1)
        page = rows[:limit]
        more = len(rows) > limit
        return {
            "items": [_line(row) for row in page],
            "next": f"{page[-1]['entry_id']}.{page[-1]['line_no']}" if more else None,
        }

    @router.get("/journal/entries/{entry_id}", **accountant)
    async def journal_entry(
        entry_id: Annotated[int, Path(ge=1, le=2**63 - 1)],
    ) -> dict[str, Any]:
        """One entry with its lines and its source: the event that posted it (id, type, the
        stream of its document, and the event's payload as recorded), to drill down to; an
        entry by hand says which entry reversed it (`reversed_by`; null while it stands)."""
        found = await ledger.entry(entry_id)
        if found is None:
            raise NotFound(f"no journal entry {entry_id}")
        payload = found.pop("source_payload")
        lines = found.pop("lines")
        source = {
            "event_id": found.pop("source_event_id"),
            "event_type": found.pop("source_type"),
            "stream_id": found.pop("source_stream"),
            "payload": None if payload is None else json.loads(payload),
        }
        return {
            **found,
            "total": amount(found["total"]),
            "source": source,
            "lines": [
                {
                    **x,
                    "debit": amount(x["debit"]),
                    "credit": amount(x["credit"]),
                    "cost_centre": x["cost_centre"] or None,
                }
                for x in lines
            ],
        }

    @router.get("/statements/trial-balance", **accountant)
    async def trial_balance(
        first: Annotated[str, Query(alias="from", pattern=PERIOD_PATTERN)],
        last: Annotated[str, Query(alias="to", pattern=PERIOD_PATTERN)],
        cost_centre: CentreQuery = None,
        wait_for_event: WaitFor = None,
    ) -> dict[str, Any]:
        """Per account: opening balance, debits and credits of the periods, closing balance
        (debit positive); earlier fiscal years' result in retained earnings."""
        await ledger.caught_up(wait_for_event)
        lines = await ledger.trial_balance(first, last, cost_centre)
        return {
            "from": first,
            "to": last,
            "cost_centre": cost_centre,
            "lines": [
                {
                    "account": x.account,
                    "name": x.name,
                    "account_type": x.account_type,
                    "opening": amount(x.opening),
                    "debit": amount(x.debit),
                    "credit": amount(x.credit),
                    "closing": amount(x.closing),
                }
                for x in lines
            ],
            "totals": {
                "opening": amount(sum((x.opening for x in lines), start=_zero())),
                "debit": amount(sum((x.debit for x in lines), start=_zero())),
                "credit": amount(sum((x.credit for x in lines), start=_zero())),
                "closing": amount(sum((x.closing for x in lines), start=_zero())),
            },
        }

    @router.get("/statements/profit-and-loss", **accountant)
    async def profit_and_loss(
        first: Annotated[str, Query(alias="from", pattern=PERIOD_PATTERN)],
        last: Annotated[str, Query(alias="to", pattern=PERIOD_PATTERN)],
        cost_centre: CentreQuery = None,
        wait_for_event: WaitFor = None,
    ) -> dict[str, Any]:
        await ledger.caught_up(wait_for_event)
        pnl = await ledger.profit_and_loss(first, last, cost_centre)
        return {
            "from": first,
            "to": last,
            "cost_centre": cost_centre,
            "income": _amounts(pnl.income),
            "expenses": _amounts(pnl.expenses),
            "total_income": amount(pnl.total_income),
            "total_expenses": amount(pnl.total_expenses),
            "result": amount(pnl.result),
        }

    @router.get("/statements/balance-sheet", **accountant)
    async def balance_sheet(
        period: Period,
        cost_centre: CentreQuery = None,
        wait_for_event: WaitFor = None,
    ) -> dict[str, Any]:
        """At the end of `period`: assets = liabilities + equity, the result of the fiscal
        year so far carried to equity, earlier years' in retained earnings."""
        await ledger.caught_up(wait_for_event)
        start, sheet = await ledger.balance_sheet(period, cost_centre)
        return {
            "period": period,
            "fiscal_year_from": start,
            "cost_centre": cost_centre,
            "assets": _amounts(sheet.assets),
            "liabilities": _amounts(sheet.liabilities),
            "equity": _amounts(sheet.equity),
            "retained_earnings": amount(sheet.retained_earnings),
            "result_of_the_year": amount(sheet.result_of_the_year),
            "total_assets": amount(sheet.total_assets),
            "total_liabilities": amount(sheet.total_liabilities),
            "total_equity": amount(sheet.total_equity),
            "total_liabilities_and_equity": amount(sheet.total_liabilities + sheet.total_equity),
        }

    @router.get("/stock-reconciliation", **accountant)
    async def stock_reconciliation(wait_for_event: WaitFor = None) -> dict[str, Any]:
        """Per warehouse: the stock value inventory's events give (on hand, and in transit to
        it) against the inventory and goods-in-transit accounts of its cost centre."""
        await ledger.caught_up(wait_for_event)
        rows = await ledger.stock_against_books()
        return {
            "lines": [
                {
                    "warehouse": r.warehouse,
                    "place": r.place,
                    "account": r.account,
                    "stock_value": amount(r.stock_value),
                    "book_value": amount(r.book_value),
                    "difference": amount(r.difference),
                }
                for r in rows
            ],
            "difference": amount(sum((r.difference for r in rows), start=_zero())),
        }

    return router


def _line(row: dict[str, Any]) -> dict[str, Any]:
    return {
        **row,
        "debit": amount(row["debit"]),
        "credit": amount(row["credit"]),
        "cost_centre": row["cost_centre"] or None,
    }


def _zero() -> Decimal:
    return Decimal(0)


def _amounts(items: list[Amount]) -> list[dict[str, Any]]:
    return [{"account": x.account, "name": x.name, "amount": amount(x.amount)} for x in items]


def _position(after: str | None) -> tuple[int, int]:
    if after is None:
        return (0, 0)
    entry, _, line = after.partition(".")
    if not (entry.isdigit() and line.isdigit()):
        raise DomainError(
            "`after` is the `next` of the page before, e.g. 1234.2", fields=("after",)
        )
    return (int(entry), int(line))
