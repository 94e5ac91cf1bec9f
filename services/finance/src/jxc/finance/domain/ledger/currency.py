"""Foreign currency: an entry in another currency posted in the company's at the day's rate,
to the cent, still balanced (what rounding leaves goes to the entry's largest line); a payment
of foreign invoices settles them at the rate they were booked at, the difference to the rate
of the payment day being the realised exchange difference."""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_EVEN, Decimal
from uuid import UUID

from jxc.events.contracts.finance import PaymentRecorded
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.entry import Entry, Line, entry

CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_EVEN)


def converted(made: Entry, rate: Decimal, company: str) -> Entry:
    """`made` in the company's currency at `rate`, balanced."""
    lines = [replace(line, amount=cents(line.amount * rate)) for line in made.lines]
    off = sum((line.amount for line in lines), Decimal(0))
    if off:
        largest = max(range(len(lines)), key=lambda i: abs(lines[i].amount))
        lines[largest] = replace(lines[largest], amount=lines[largest].amount - off)
    result = entry(
        made.posted_on,
        f"{made.description} ({made.currency} at {rate.normalize()})",
        company,
        *lines,
    )
    assert result is not None
    return result


def payment_converted(
    event: PaymentRecorded, rate: Decimal, booked: dict[UUID, Decimal], company: str
) -> Entry:
    """A foreign payment: cash and the unallocated rest at the day's `rate`, each settled
    invoice at the rate it was `booked` at; the difference is the realised exchange gain or
    loss (6603: a debit is a loss)."""
    party = event.party_id
    incoming = event.direction == "incoming"
    sign = Decimal(1) if incoming else Decimal(-1)
    cash = cents(event.amount.amount * rate)
    rest = cents(event.unallocated.amount * rate)
    settled = [cents(x.amount.amount * booked.get(x.invoice_id, rate)) for x in event.allocations]
    counter = a.RECEIVABLES if incoming else a.PAYABLES
    advance = a.CUSTOMER_ADVANCES if incoming else a.SUPPLIER_ADVANCES
    lines = [
        Line(event.cash_account, sign * cash, party_id=party),
        *(Line(counter, -sign * s, party_id=party) for s in settled),
        Line(advance, -sign * rest, party_id=party),
    ]
    difference = -sum((line.amount for line in lines), Decimal(0))
    lines.append(Line(a.FX_DIFFERENCES, difference, party_id=party))
    made = entry(
        event.paid_on,
        f"{'receipt from customer' if incoming else 'payment to supplier'} {party} "
        f"({event.amount.currency} at {rate.normalize()})",
        company,
        *lines,
    )
    assert made is not None
    return made
