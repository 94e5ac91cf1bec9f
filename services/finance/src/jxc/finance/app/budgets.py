"""Budgets: set by an accountant; held against the actual in the ledger (budget vs actual,
variance, % used); an alert (finance.BudgetThresholdPassed) the first time an expense
account's actual passes the budget's threshold, raised by the ledger as it posts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from jxc.finance.adapters import budget_tables, ledger_queries, setup_tables
from jxc.finance.domain.budget import (
    BudgetState,
    CheckBudget,
    SetBudget,
    budget_decider,
    stream_key,
)
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata


@dataclass(frozen=True, slots=True)
class BudgetLine:
    account: str
    name: str
    account_type: str
    budget: Decimal
    actual: Decimal
    currency: str

    @property
    def variance(self) -> Decimal:
        return self.budget - self.actual

    @property
    def used(self) -> Decimal:
        return (self.actual / self.budget * 100).quantize(Decimal("0.01"))


class Budgets:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def set(self, command: SetBudget, meta: Metadata, **idempotency: Any) -> CommandResult:
        async def build(conn: Conn) -> SetBudget:
            kind = await setup_tables.account_type(conn, command.account)
            return replace(command, account_type=kind)

        async def save(conn: Conn, appended: Appended[BudgetState]) -> None:
            state = appended.state
            await budget_tables.save(
                conn,
                {
                    "period": state.period,
                    "account": state.account,
                    "cost_centre": state.cost_centre or "",
                    "account_type": command.account_type or (await _type(conn, state.account)),
                    "amount": state.amount,
                    "currency": state.currency,
                    "threshold": state.threshold,
                },
            )

        key = stream_key(command.period, command.account, command.cost_centre)
        return await self.commands.handle(
            budget_decider,
            budget_decider.stream_id(key),
            build,
            meta,
            name="set-budget",
            after_append=save,
            **idempotency,
        )

    async def against_actual(self, period: str, centre: str | None) -> list[BudgetLine]:
        async with reading(self.commands.pool) as conn:
            rows = await budget_tables.of_period(conn, period, centre)
            balances = await ledger_queries.balances(conn, period, period, period, centre)
        moved = {b.account: (b.name, b.debit - b.credit) for b in balances}
        lines = []
        for r in rows:
            name, net = moved.get(r["account"], (r["account"], Decimal(0)))
            actual = net if r["account_type"] == "expense" else -net
            lines.append(
                BudgetLine(
                    r["account"], name, r["account_type"], r["amount"], actual, r["currency"]
                )
            )
        return lines


async def _type(conn: Conn, account: str) -> str:
    return await setup_tables.account_type(conn, account) or "expense"


async def check(
    commands: CommandHandler, conn: Conn, touched: Iterable[tuple[str, str]], meta: Metadata
) -> None:
    """After postings to these (period, account) pairs: alert the expense budgets whose
    actual passed their threshold (once each)."""
    found = await budget_tables.touched(conn, touched)
    for budget in sorted(found, key=lambda b: (b["period"], b["account"], b["cost_centre"])):
        if budget["account_type"] != "expense":
            continue
        actual = await budget_tables.debit_less_credit(
            conn, budget["period"], budget["account"], budget["cost_centre"]
        )
        key = stream_key(budget["period"], budget["account"], budget["cost_centre"] or None)
        await commands.execute_in(
            conn, budget_decider, budget_decider.stream_id(key), CheckBudget(actual), meta
        )
