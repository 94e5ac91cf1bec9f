"""Entries by hand over HTTP (role accountant): post one (opening balances, capital paid in,
accruals, corrections), reverse one. The journal shows them like every other entry."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from pydantic import Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.finance.api.common import Code, Text
from jxc.finance.app.journal_entries import JournalEntries
from jxc.finance.domain.journal_entry import PostJournalEntry, ReverseJournalEntry
from jxc.finance.domain.journal_entry.commands import EntryLine
from jxc.finance.domain.journal_entry.posting import MAX_LINES
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRouter

LongText = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_REASON)]


class EntryLineBody(Body):
    account: Code = Field(description="an active account of the chart")
    debit: limits.NonNegativeAmount = Field(default=Decimal(0))
    credit: limits.NonNegativeAmount = Field(default=Decimal(0))
    cost_centre: Code | None = None
    memo: Text | None = None


class JournalEntryBody(Body):
    entry_id: UUID | None = None
    posted_on: date
    description: LongText
    currency: limits.Currency = "CNY"
    lines: Annotated[list[EntryLineBody], Field(min_length=2, max_length=MAX_LINES)]
    reference: Text | None = None


class ReversalBody(Body):
    reversed_on: date
    reason: LongText


def journal_entries_router(entries: JournalEntries) -> CommandRouter:
    router = CommandRouter(tags=["journal"])

    @router.command("/journal-entries", role=Role.ACCOUNTANT, status_code=201)
    async def post_journal_entry(body: JournalEntryBody, cmd: Command) -> dict[str, Any]:
        """Each line a debit or a credit; debits equal credits; in the company's currency;
        dated in an open period; not on an account a sub-ledger keeps (receivables, payables,
        advances, inventory, goods received not invoiced)."""
        command = PostJournalEntry(
            entry_id=body.entry_id or uuid7(),
            posted_on=body.posted_on,
            description=body.description,
            currency=body.currency,
            lines=tuple(
                EntryLine(line.account, line.debit, line.credit, line.cost_centre, line.memo)
                for line in body.lines
            ),
            reference=body.reference,
        )
        return cmd.answer(await entries.post(command, cmd.meta, **cmd.idempotency))

    @router.command("/journal-entries/{entry_id}/reverse", role=Role.ACCOUNTANT)
    async def reverse_journal_entry(
        entry_id: UUID, body: ReversalBody, cmd: Command
    ) -> dict[str, Any]:
        """Posts the entry's lines the other way on `reversed_on`; once."""
        command = ReverseJournalEntry(entry_id, body.reversed_on, body.reason)
        return cmd.answer(await entries.reverse(command, cmd.meta, **cmd.idempotency))

    return router
