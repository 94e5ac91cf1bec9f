"""Reporting a customer's receivables to sales (finance.ReceivablesChanged), in the caller's
transaction: after the ledger posted its invoices or credit notes, or a receipt settled them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from uuid import UUID

from jxc.finance.adapters import open_items
from jxc.finance.domain.receivables import ReportReceivables, receivables_decider
from jxc.platform.commands import CommandHandler
from jxc.platform.store import Conn, Metadata


async def report(
    commands: CommandHandler,
    conn: Conn,
    customers: Iterable[UUID],
    as_of: date,
    meta: Metadata,
    currency: str,
) -> None:
    wanted = sorted(set(customers), key=str)  # one order: streams locked without deadlocks
    if not wanted:
        return
    totals = await open_items.receivable_totals(conn, wanted, as_of)
    for customer in wanted:
        open_amount, overdue, _ = totals.get(customer, (_zero(), _zero(), currency))
        command = ReportReceivables(customer, open_amount, overdue, currency, as_of)
        await commands.execute_in(
            conn, receivables_decider, receivables_decider.stream_id(customer), command, meta
        )


def _zero() -> Decimal:
    return Decimal(0)
