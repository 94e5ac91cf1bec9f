"""Exchange rates over HTTP (role accountant): record the rate of a currency for a day (one
unit in the company's currency); the rates recorded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import Field

from jxc.events import limits
from jxc.finance.api.common import PERIOD_PATTERN, Text, amount, needs
from jxc.finance.app.exchange_rates import ExchangeRates
from jxc.finance.domain.exchange_rate import RecordRate
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRouter


class RateBody(Body):
    currency: limits.Currency
    on: date
    rate: Annotated[Decimal, Field(gt=0, allow_inf_nan=False, decimal_places=8, max_digits=20)]
    source: Text | None = Field(None, description="where the rate comes from, e.g. PBOC")


PeriodPath = Annotated[str, Path(pattern=PERIOD_PATTERN, description="a month: YYYY-MM")]


def exchange_rates_router(rates: ExchangeRates, company_currency: str) -> CommandRouter:
    router = CommandRouter(tags=["foreign currency"])

    @router.command("/exchange-rates", role=Role.ACCOUNTANT)
    async def record_rate(body: RateBody, cmd: Command) -> dict[str, Any]:
        command = RecordRate(body.currency, body.on, body.rate, company_currency, body.source)
        return cmd.answer(await rates.record(command, cmd.meta, **cmd.idempotency))

    @router.command("/periods/{period}/revalue", role=Role.ACCOUNTANT)
    async def revalue(period: PeriodPath, cmd: Command) -> dict[str, Any]:
        """Post the unrealised exchange differences of the open foreign invoices at the rate of
        the period's last day, reversed on the first day of the next period; once a period."""
        return cmd.answer(
            await rates.revalue(period, company_currency, cmd.meta, **cmd.idempotency)
        )

    @router.get("/exchange-rates", **needs(Role.ACCOUNTANT))
    async def list_rates(
        currency: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> list[dict[str, Any]]:
        return [{**r, "rate": amount(r["rate"])} for r in await rates.rates(currency, limit)]

    return router
