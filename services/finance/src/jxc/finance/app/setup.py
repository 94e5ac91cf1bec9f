"""The admin's set-up of the ledger: the chart of accounts, cost centres, fiscal years, and
closing and reopening periods; each a command on its aggregate, its table written in the same
transaction."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from jxc.finance.adapters import setup_tables
from jxc.finance.domain.account import AccountState, DefineAccount, account_decider
from jxc.finance.domain.cost_centre import (
    CostCentreState,
    DefineCostCentre,
    cost_centre_decider,
)
from jxc.finance.domain.fiscal_year import FiscalYearState, OpenFiscalYear, fiscal_year_decider
from jxc.finance.domain.ledger.periods import periods_from
from jxc.finance.domain.period import (
    ClosePeriod,
    PeriodCommand,
    PeriodState,
    period_decider,
)
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata


class LedgerSetup:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def define_account(
        self, command: DefineAccount, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> DefineAccount:
            known = await setup_tables.account_type(conn, command.code.strip())
            return replace(command, defined_type=known)

        async def save(conn: Conn, appended: Appended[AccountState]) -> None:
            await setup_tables.save_account(conn, appended.state)

        return await self.commands.handle(
            account_decider,
            account_decider.stream_id(command.code.strip()),
            build,
            meta,
            name="define-account",
            after_append=save,
            **idempotency,
        )

    async def define_cost_centre(
        self, command: DefineCostCentre, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def save(conn: Conn, appended: Appended[CostCentreState]) -> None:
            await setup_tables.save_cost_centre(conn, appended.state)

        return await self.commands.handle(
            cost_centre_decider,
            cost_centre_decider.stream_id(command.code.strip()),
            command,
            meta,
            name="define-cost-centre",
            after_append=save,
            **idempotency,
        )

    async def open_fiscal_year(
        self, command: OpenFiscalYear, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> OpenFiscalYear:
            await setup_tables.lock_periods(conn)  # two years opened at once see each other
            taken = {
                period
                for year in await setup_tables.fiscal_year_list(conn)
                for period in periods_from(year["first_period"], 12)
            }
            return replace(command, taken=frozenset(taken))

        async def save(conn: Conn, appended: Appended[FiscalYearState]) -> None:
            state = appended.state
            await setup_tables.save_fiscal_year(
                conn, command.year, state.first_period, state.last_period
            )

        return await self.commands.handle(
            fiscal_year_decider,
            fiscal_year_decider.stream_id(command.year),
            build,
            meta,
            name="open-fiscal-year",
            after_append=save,
            **idempotency,
        )

    async def close_or_reopen(
        self, command: PeriodCommand, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        closing = isinstance(command, ClosePeriod)

        async def save(conn: Conn, appended: Appended[PeriodState]) -> None:
            if closing:
                at = appended.last.recorded_at
                by = appended.state.closed_by or ""
                await setup_tables.mark_closed(conn, command.period, by, at)
            else:
                await setup_tables.mark_open(conn, command.period)

        built: PeriodCommand | Callable[[Conn], Awaitable[PeriodCommand]] = command
        return await self.commands.handle(
            period_decider,
            period_decider.stream_id(command.period),
            built,
            meta,
            name="close-period" if closing else "reopen-period",
            after_append=save,
            **idempotency,
        )

    async def accounts(
        self, account_type: str | None, after: str | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await setup_tables.list_accounts(conn, account_type, after, limit)

    async def cost_centres(self, kind: str | None) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await setup_tables.list_cost_centres(conn, kind)

    async def fiscal_years(self) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await setup_tables.fiscal_year_list(conn)

    async def closed_periods(self) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await setup_tables.closed_period_list(conn)
