"""Entries by hand: post one against the chart as it is now (active accounts, active cost
centres, closed periods), reverse one."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from jxc.finance.adapters import ledger_tables, setup_tables
from jxc.finance.domain.journal_entry import (
    Chart,
    PostJournalEntry,
    ReverseJournalEntry,
    journal_entry_decider,
)
from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.store import Conn, Metadata


class JournalEntries:
    def __init__(self, commands: CommandHandler, currency: str) -> None:
        self.commands = commands
        self.currency = currency

    async def post(
        self, command: PostJournalEntry, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> PostJournalEntry:
            chart = Chart(
                accounts=await setup_tables.active_accounts(conn),
                cost_centres=await setup_tables.active_cost_centres(conn),
                closed_periods=await ledger_tables.closed(conn),
                currency=self.currency,
            )
            return replace(command, chart=chart)

        return await self.commands.handle(
            journal_entry_decider,
            journal_entry_decider.stream_id(command.entry_id),
            build,
            meta,
            name="post-journal-entry",
            **idempotency,
        )

    async def reverse(
        self, command: ReverseJournalEntry, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> ReverseJournalEntry:
            return replace(command, closed_periods=await ledger_tables.closed(conn))

        return await self.commands.handle(
            journal_entry_decider,
            journal_entry_decider.stream_id(command.entry_id),
            build,
            meta,
            name="reverse-journal-entry",
            **idempotency,
        )
