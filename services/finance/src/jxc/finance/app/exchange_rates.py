"""Exchange rates: recorded (or imported) per currency and day, kept as a table in the
command's transaction, for the ledger to post foreign documents at."""

from __future__ import annotations

from typing import Any

from jxc.finance.adapters import fx_tables
from jxc.finance.domain.exchange_rate import RateState, RecordRate, exchange_rate_decider
from jxc.finance.domain.revaluation import OpenForeign, Revalue, last_day, revaluation_decider
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata


class ExchangeRates:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def record(
        self, command: RecordRate, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def save(conn: Conn, appended: Appended[RateState]) -> None:
            assert appended.state.rate is not None
            await fx_tables.save(conn, command.currency, command.on, appended.state.rate)

        return await self.commands.handle(
            exchange_rate_decider,
            exchange_rate_decider.stream_id(f"{command.currency}@{command.on.isoformat()}"),
            command,
            meta,
            name="record-exchange-rate",
            after_append=save,
            **idempotency,
        )

    async def revalue(
        self, period: str, company_currency: str, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        """Revalue the open foreign invoices at the rates of the period's last day."""

        async def build(conn: Conn) -> Revalue:
            items = [OpenForeign(*row) for row in await fx_tables.open_foreign(conn)]
            end = last_day(period)
            rates = {}
            for currency in sorted({i.currency for i in items}):
                rate = await fx_tables.rate_on(conn, currency, end)
                if rate is not None:
                    rates[currency] = rate
            return Revalue(period, company_currency, items, rates)

        return await self.commands.handle(
            revaluation_decider,
            revaluation_decider.stream_id(period),
            build,
            meta,
            name="revalue-period",
            **idempotency,
        )

    async def rates(self, currency: str | None, limit: int) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await fx_tables.rates(conn, currency, limit)
