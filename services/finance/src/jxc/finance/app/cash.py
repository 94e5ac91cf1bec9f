"""Cash: transfers between the company's bank and cash accounts, the position today per
account, and the 13-week forecast from open receivables and payables by due date and from
open orders (sales not yet invoiced, purchases not yet matched) by when they are expected."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from jxc.finance.adapters import ledger_queries, open_items, order_tables
from jxc.finance.domain.cash_transfer import TransferCash, cash_transfer_decider
from jxc.finance.domain.ledger.cash_flow import CashFlow, cash_flow
from jxc.finance.domain.ledger.forecast import Week, forecast
from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata


class Cash:
    def __init__(self, commands: CommandHandler, currency: str = "CNY") -> None:
        self.commands = commands
        self.currency = currency

    async def transfer(
        self, command: TransferCash, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> TransferCash:
            return replace(command, cash_accounts=await open_items.cash_accounts(conn))

        return await self.commands.handle(
            cash_transfer_decider,
            cash_transfer_decider.stream_id(command.transfer_id),
            build,
            meta,
            name="transfer-cash",
            **idempotency,
        )

    async def position(self) -> dict[str, Decimal]:
        """Per bank or cash account, what the ledger holds on it now."""
        async with reading(self.commands.pool) as conn:
            accounts = sorted(await open_items.cash_accounts(conn))
            held = await ledger_queries.account_by_centre(conn, accounts)
        per: dict[str, Decimal] = defaultdict(Decimal)
        for code in accounts:
            per[code] = Decimal(0)
        for (_, code), amount in held.items():
            per[code] += amount
        return dict(per)

    async def flow(self, first: str, last: str) -> CashFlow:
        async with reading(self.commands.pool) as conn:
            accounts = sorted(await open_items.cash_accounts(conn))
            opening, moves = await ledger_queries.cash_moves(conn, accounts, first, last)
        return cash_flow(opening, moves)

    async def forecast(self, today: date) -> tuple[Decimal, list[Week]]:
        cash = sum((await self.position()).values(), Decimal(0))
        async with reading(self.commands.pool) as conn:
            receivable = await open_items.items(conn, "receivable", None)
            payable = await open_items.items(conn, "payable", None)
            orders = await order_tables.expected(conn, self.currency)
        weeks = forecast(
            cash,
            today,
            [(r["due_on"], _booked(r)) for r in receivable]
            + [(on, amount) for kind, on, amount in orders if kind == "sales"],
            [(r["due_on"], _booked(r)) for r in payable]
            + [(on, amount) for kind, on, amount in orders if kind == "purchase"],
        )
        return cash, weeks


def _booked(item: dict[str, Any]) -> Decimal:
    """An open item in the company's currency (a foreign one at the rate it was booked at)."""
    amount: Decimal = item["open_amount"] * (item["booked_rate"] or 1)
    return amount
