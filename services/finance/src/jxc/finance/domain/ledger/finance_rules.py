"""What finance's own events post: a receipt from a customer (Dr bank or cash / Cr the
receivables it settles, Cr advances from customers for the rest) and a payment to a supplier
(Dr the payables it settles, Dr advances to suppliers for the rest / Cr bank or cash)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxc.events.contracts.finance import (
    CashTransferred,
    FxRevaluationReversed,
    FxRevalued,
    JournalEntryPosted,
    JournalEntryReversed,
    JournalLine,
    PaymentRecorded,
)
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.entry import Entry, Line, entry


def payment_recorded(event: PaymentRecorded, on: date) -> Entry | None:
    party = event.party_id
    amount = event.amount.amount
    allocated = sum((x.amount.amount for x in event.allocations), Decimal(0))
    rest = event.unallocated.amount
    if allocated + rest != amount:
        raise ValueError(
            f"payment {event.payment_id}: {allocated} allocated and {rest} unallocated are not "
            f"the {amount} paid"
        )
    if event.direction == "incoming":
        lines = (
            Line(event.cash_account, amount, party_id=party),
            Line(a.RECEIVABLES, -allocated, party_id=party),
            Line(a.CUSTOMER_ADVANCES, -rest, party_id=party),
        )
        what = f"receipt from customer {party}"
    else:
        lines = (
            Line(a.PAYABLES, allocated, party_id=party),
            Line(a.SUPPLIER_ADVANCES, rest, party_id=party),
            Line(event.cash_account, -amount, party_id=party),
        )
        what = f"payment to supplier {party}"
    reference = f" ({event.reference})" if event.reference else ""
    return entry(event.paid_on, what + reference, event.amount.currency, *lines)


def cash_transferred(event: CashTransferred, on: date) -> Entry | None:
    amount = event.amount.amount
    return entry(
        event.transferred_on,
        f"cash moved from {event.from_account} to {event.to_account}",
        event.amount.currency,
        Line(event.to_account, amount),
        Line(event.from_account, -amount),
    )


def journal_entry_posted(event: JournalEntryPosted, on: date) -> Entry | None:
    reference = f" ({event.reference})" if event.reference else ""
    return entry(
        event.posted_on,
        event.description + reference,
        event.currency,
        *_by_hand(event.lines, 1),
    )


def journal_entry_reversed(event: JournalEntryReversed, on: date) -> Entry | None:
    return entry(
        event.reversed_on,
        f"entry {event.entry_id} reversed: {event.reason}",
        event.currency,
        *_by_hand(event.lines, -1),
    )


def _by_hand(lines: tuple[JournalLine, ...], sign: int) -> tuple[Line, ...]:
    return tuple(
        Line(line.account, sign * (line.debit - line.credit), cost_centre=line.cost_centre)
        for line in lines
    )


def fx_revalued(event: FxRevalued, on: date) -> Entry | None:
    """A payable worth more (the rate rose) is a loss, a receivable worth more a gain."""
    return _revaluation(event, 1, f"unrealised exchange differences at the end of {event.period}")


def fx_revaluation_reversed(event: FxRevaluationReversed, on: date) -> Entry | None:
    return _revaluation(event, -1, f"exchange revaluation of {event.period} reversed")


def _revaluation(event: FxRevalued | FxRevaluationReversed, sign: int, what: str) -> Entry | None:
    lines: list[Line] = []
    for item in event.items:
        change = sign * item.difference
        if item.kind == "payable":
            lines += [
                Line(a.FX_DIFFERENCES, change, party_id=item.party_id),
                Line(a.PAYABLES, -change, party_id=item.party_id),
            ]
        else:
            lines += [
                Line(a.RECEIVABLES, change, party_id=item.party_id),
                Line(a.FX_DIFFERENCES, -change, party_id=item.party_id),
            ]
    return entry(event.on, what, event.company_currency, *lines)
