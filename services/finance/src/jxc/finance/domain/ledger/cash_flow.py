"""The cash flow statement, direct method: what came in from customers and went out to
suppliers through the bank and cash accounts (from the payments and receipts), transfers
between the company's own accounts netting to nothing, and anything else posted to them."""

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
    other: Decimal

    @property
    def net(self) -> Decimal:
        return self.received_from_customers - self.paid_to_suppliers + self.transfers + self.other

    @property
    def closing(self) -> Decimal:
        return self.opening + self.net


def cash_flow(opening: Decimal, moves: Sequence[tuple[str, Decimal, Decimal]]) -> CashFlow:
    """`moves`: (source event type, debits, credits) on the cash accounts."""
    received = paid = transfers = other = ZERO
    for source, debit, credit in moves:
        if source == "finance.PaymentRecorded":
            received += debit
            paid += credit
        elif source == "finance.CashTransferred":
            transfers += debit - credit
        else:
            other += debit - credit
    return CashFlow(opening, received, paid, transfers, other)
