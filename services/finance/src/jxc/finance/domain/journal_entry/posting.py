"""Posting an entry by hand: at least two lines, each a positive debit or a positive credit
(not both), debits equal to credits, in the company's currency, dated in an open period, on
active accounts of the chart. The accounts a sub-ledger keeps are refused: their
balance must stay the sum of the documents behind it (open invoices, stock), so they move only
by those documents."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import JournalEntryPosted, JournalLine
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.finance.domain.journal_entry.commands import EntryLine, PostJournalEntry
from jxc.finance.domain.journal_entry.state import JournalEntryState
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.periods import period_of
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_text

ZERO = Decimal(0)
MAX_LINES = 200

#: Accounts kept by a sub-ledger, and what moves them instead.
SUB_LEDGER = {
    a.RECEIVABLES: "customer invoices, credit notes and receipts",
    a.CUSTOMER_ADVANCES: "receipts from customers",
    a.PAYABLES: "supplier invoices and payments",
    a.SUPPLIER_ADVANCES: "payments to suppliers",
    a.INVENTORY: "stock movements (receipts, issues, counts, cost adjustments)",
    a.GOODS_IN_TRANSIT: "transfers between warehouses",
    a.GRNI: "receipts and matched supplier invoices",
    a.CURRENT_YEAR_RESULT: "the income and expense accounts (it is their balance)",
}


def post(command: PostJournalEntry, state: JournalEntryState) -> list[DomainEvent]:
    if state.posted_on is not None:
        raise StateConflict(f"journal entry {command.entry_id} is posted already")
    chart = command.chart
    if command.currency != chart.currency:
        raise DomainError(
            f"an entry by hand is in the company's currency {chart.currency}, not "
            f"{command.currency}",
            fields=("currency",),
        )
    period = period_of(command.posted_on)
    if period in chart.closed_periods:
        raise DomainError(
            f"period {period} is closed; date the entry in an open period or have an admin "
            "reopen it",
            fields=("posted_on",),
        )
    description = check_text(
        command.description, "description", "the description", max_length=MAX_REASON
    )
    reference = command.reference
    if reference is not None:
        reference = check_text(reference, "reference", "the reference", max_length=MAX_NAME)
    if len(command.lines) < 2:
        raise DomainError(
            "an entry has at least two lines, a debit and a credit", fields=("lines",)
        )
    if len(command.lines) > MAX_LINES:
        raise DomainError(f"an entry has at most {MAX_LINES} lines", fields=("lines",))
    lines = tuple(_line(i, line, command) for i, line in enumerate(command.lines))
    debits = sum((line.debit for line in lines), ZERO)
    credits = sum((line.credit for line in lines), ZERO)
    if debits != credits:
        raise DomainError(
            f"debits {debits} and credits {credits} differ by {debits - credits}; an entry "
            "balances",
            fields=("lines",),
            debits=str(debits),
            credits=str(credits),
        )
    return [
        JournalEntryPosted(
            entry_id=command.entry_id,
            posted_on=command.posted_on,
            description=description,
            currency=command.currency,
            lines=lines,
            reference=reference,
        )
    ]


def _line(i: int, line: EntryLine, command: PostJournalEntry) -> JournalLine:
    at = f"lines.{i}"
    chart = command.chart
    if line.account in SUB_LEDGER:
        raise DomainError(
            f"account {line.account} is kept by its sub-ledger; it moves by "
            f"{SUB_LEDGER[line.account]}, not by an entry by hand",
            fields=(f"{at}.account",),
        )
    if line.account not in chart.accounts:
        raise DomainError(
            f"account {line.account} is not an active account of the chart",
            fields=(f"{at}.account",),
        )
    if line.cost_centre is not None and line.cost_centre not in chart.cost_centres:
        raise DomainError(
            f"cost centre {line.cost_centre} is not an active cost centre",
            fields=(f"{at}.cost_centre",),
        )
    if line.debit < 0 or line.credit < 0:
        raise DomainError(
            "a line's debit and credit are not negative; put the amount on the other side",
            fields=(f"{at}.debit" if line.debit < 0 else f"{at}.credit",),
        )
    if (line.debit > 0) == (line.credit > 0):
        raise DomainError(
            "a line is a debit or a credit: one of them positive, the other zero",
            fields=(f"{at}.debit", f"{at}.credit"),
        )
    memo = line.memo
    if memo is not None:
        memo = check_text(memo, f"{at}.memo", "the memo", max_length=MAX_NAME)
    return JournalLine(
        account=line.account,
        debit=line.debit,
        credit=line.credit,
        cost_centre=line.cost_centre,
        memo=memo,
    )
