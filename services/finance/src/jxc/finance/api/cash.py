"""Cash over HTTP (role accountant): move money between bank and cash accounts; the cash
position; the 13-week forecast."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.finance.api.common import PERIOD_PATTERN, Code, Text, WaitFor, amount, needs
from jxc.finance.app.cash import Cash
from jxc.finance.app.ledger import Ledger
from jxc.finance.domain.cash_transfer import TransferCash
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Body, Command, CommandRouter


class CashTransferBody(Body):
    transfer_id: UUID | None = None
    from_account: Code
    to_account: Code
    amount: Annotated[limits.NonNegativeAmount, Field(gt=0)]
    currency: limits.Currency = "CNY"
    transferred_on: date
    reference: Text | None = None


def cash_router(cash: Cash, ledger: Ledger) -> CommandRouter:
    router = CommandRouter(tags=["cash"])
    accountant = needs(Role.ACCOUNTANT)

    @router.command("/cash-transfers", role=Role.ACCOUNTANT, status_code=201)
    async def transfer_cash(body: CashTransferBody, cmd: Command) -> dict[str, Any]:
        command = TransferCash(
            body.transfer_id or uuid7(),
            body.from_account,
            body.to_account,
            body.amount,
            body.currency,
            body.transferred_on,
            body.reference,
        )
        return cmd.answer(await cash.transfer(command, cmd.meta, **cmd.idempotency))

    @router.get("/cash/position", **accountant)
    async def position(wait_for_event: WaitFor = None) -> dict[str, Any]:
        await ledger.caught_up(wait_for_event)
        held = await cash.position()
        return {
            "accounts": [{"account": k, "balance": amount(v)} for k, v in sorted(held.items())],
            "total": amount(sum(held.values(), start=_zero())),
        }

    @router.get("/statements/cash-flow", **accountant)
    async def cash_flow(
        first: Annotated[str, Query(alias="from", pattern=PERIOD_PATTERN)],
        last: Annotated[str, Query(alias="to", pattern=PERIOD_PATTERN)],
        wait_for_event: WaitFor = None,
    ) -> dict[str, Any]:
        """Direct method, from the payments and receipts through the bank and cash accounts;
        `financing`: cash the owners paid in or took out (entries by hand against equity)."""
        await ledger.caught_up(wait_for_event)
        if first > last:
            raise DomainError(
                f"the first period {first} comes after the last {last}", fields=("from", "to")
            )
        flow = await cash.flow(first, last)
        return {
            "from": first,
            "to": last,
            "opening_cash": amount(flow.opening),
            "received_from_customers": amount(flow.received_from_customers),
            "paid_to_suppliers": amount(flow.paid_to_suppliers),
            "transfers_between_own_accounts": amount(flow.transfers),
            "financing": amount(flow.financing),
            "other": amount(flow.other),
            "net_change": amount(flow.net),
            "closing_cash": amount(flow.closing),
        }

    @router.get("/cash/forecast", **accountant)
    async def cash_forecast(
        as_of: date | None = None, wait_for_event: WaitFor = None
    ) -> dict[str, Any]:
        """13 weeks from `as_of` (today): open receivables in, open payables out, by due date
        (overdue ones in the first week), and open orders by when they are expected (a sales
        order's promised date, a purchase order's latest expected date); `shortfall` where the
        balance goes below zero."""
        await ledger.caught_up(wait_for_event)
        today = as_of or datetime.now(UTC).date()
        now, weeks = await cash.forecast(today)
        return {
            "as_of": today,
            "cash": amount(now),
            "weeks": [
                {
                    "starts_on": w.starts_on,
                    "inflow": amount(w.inflow),
                    "outflow": amount(w.outflow),
                    "closing": amount(w.closing),
                    "shortfall": w.shortfall,
                }
                for w in weeks
            ],
            "first_shortfall": next((w.starts_on for w in weeks if w.shortfall), None),
        }

    return router


def _zero() -> Decimal:
    return Decimal(0)
