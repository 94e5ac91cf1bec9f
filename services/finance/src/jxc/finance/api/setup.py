"""The ledger's set-up over HTTP (role admin): accounts of the chart, cost centres, fiscal
years, closing and reopening periods; and their lists (role accountant)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Path, Query
from pydantic import Field

from jxc.finance.api.common import PERIOD_PATTERN, Code, Reason, Text, needs
from jxc.finance.app.setup import LedgerSetup
from jxc.finance.domain.account import DefineAccount
from jxc.finance.domain.cost_centre import DefineCostCentre
from jxc.finance.domain.fiscal_year import OpenFiscalYear
from jxc.finance.domain.period import ClosePeriod, ReopenPeriod
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRouter

AccountType = Literal["asset", "liability", "equity", "income", "expense"]
PeriodPath = Annotated[str, Path(pattern=PERIOD_PATTERN, description="a month: YYYY-MM")]
MAX_PAGE = 500


class AccountBody(Body):
    code: Code
    name: Text
    account_type: AccountType
    parent: Code | None = None
    active: bool = True


class CostCentreBody(Body):
    code: Code
    name: Text
    kind: Literal["warehouse", "department"]
    active: bool = True


class FiscalYearBody(Body):
    year: Annotated[int, Field(ge=1900, le=9999)]
    first_period: Annotated[str, Field(pattern=PERIOD_PATTERN, description="YYYY-MM")]


class ReopenBody(Body):
    reason: Reason


def setup_router(setup: LedgerSetup) -> CommandRouter:
    router = CommandRouter(tags=["ledger set-up"])

    @router.command("/accounts", role=Role.ADMIN)
    async def define_account(body: AccountBody, cmd: Command) -> dict[str, Any]:
        """Add an account to the chart, or rename, move or (de)activate one."""
        command = DefineAccount(body.code, body.name, body.account_type, body.parent, body.active)
        return cmd.answer(await setup.define_account(command, cmd.meta, **cmd.idempotency))

    @router.command("/cost-centres", role=Role.ADMIN)
    async def define_cost_centre(body: CostCentreBody, cmd: Command) -> dict[str, Any]:
        command = DefineCostCentre(body.code, body.name, body.kind, body.active)
        return cmd.answer(await setup.define_cost_centre(command, cmd.meta, **cmd.idempotency))

    @router.command("/fiscal-years", role=Role.ADMIN, status_code=201)
    async def open_fiscal_year(body: FiscalYearBody, cmd: Command) -> dict[str, Any]:
        command = OpenFiscalYear(body.year, body.first_period)
        return cmd.answer(await setup.open_fiscal_year(command, cmd.meta, **cmd.idempotency))

    @router.command("/periods/{period}/close", role=Role.ADMIN)
    async def close_period(period: PeriodPath, cmd: Command) -> dict[str, Any]:
        """No posting dated in the period is accepted any more: late ones post in the next
        open period, their own date kept."""
        command = ClosePeriod(period, cmd.user.name)
        return cmd.answer(await setup.close_or_reopen(command, cmd.meta, **cmd.idempotency))

    @router.command("/periods/{period}/reopen", role=Role.ADMIN)
    async def reopen_period(period: PeriodPath, body: ReopenBody, cmd: Command) -> dict[str, Any]:
        command = ReopenPeriod(period, cmd.user.name, body.reason)
        return cmd.answer(await setup.close_or_reopen(command, cmd.meta, **cmd.idempotency))

    @router.get("/accounts", **needs(Role.ACCOUNTANT))
    async def list_accounts(
        account_type: AccountType | None = None,
        after: Annotated[str | None, Query(max_length=64, description="codes after it")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 200,
    ) -> dict[str, Any]:
        rows = await setup.accounts(account_type, after, limit + 1)
        page = rows[:limit]
        return {"items": page, "next": page[-1]["code"] if len(rows) > limit else None}

    @router.get("/cost-centres", **needs(Role.ACCOUNTANT))
    async def list_cost_centres(
        kind: Literal["warehouse", "department"] | None = None,
    ) -> list[dict[str, Any]]:
        return await setup.cost_centres(kind)

    @router.get("/fiscal-years", **needs(Role.ACCOUNTANT))
    async def list_fiscal_years() -> list[dict[str, Any]]:
        return await setup.fiscal_years()

    @router.get("/periods/closed", **needs(Role.ACCOUNTANT))
    async def list_closed_periods() -> list[dict[str, Any]]:
        return await setup.closed_periods()

    return router
