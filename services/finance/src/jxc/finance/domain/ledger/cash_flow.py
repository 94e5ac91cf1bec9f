"""The cash flow statement, direct method: what came in from customers and went out to
suppliers through the bank and cash accounts (from the payments and receipts), transfers
between the company's own accounts netting to nothing, financing (cash the owners paid in or
took out: entries by hand, and their reversals, against an equity account), and anything else
posted to them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class CashFlow:
    opening: Decimal
    received_from_customers: Decimal
    paid_to_suppliers: Decimal
    transfers: Decimal
    financing: Decimal
    other: Decimal

    @property
    def net(self) -> Decimal:
        return (
            self.received_from_customers
            - self.paid_to_suppliers
            + self.transfers
            + self.financing
            + self.other
        )

    @property
    def closing(self) -> Decimal:
        return self.opening + self.net


BY_HAND = frozenset({"finance.JournalEntryPosted", "finance.JournalEntryReversed"})


def cash_flow(opening: Decimal, moves: Sequence[tuple[str, bool, Decimal, Decimal]]) -> CashFlow:
    """`moves`: (source event type, whether the entry has a line on an equity account,
    debits, credits) on the cash accounts."""
    received = paid = transfers = financing = other = ZERO
    for source, against_equity, debit, credit in moves:
        if source == "finance.PaymentRecorded":
            received += debit
            paid += credit
        elif source == "finance.CashTransferred":
            transfers += debit - credit
        elif source in BY_HAND and against_equity:
            financing += debit - credit
        else:
            other += debit - credit
    return CashFlow(opening, received, paid, transfers, financing, other)
