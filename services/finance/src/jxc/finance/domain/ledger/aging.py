"""Open items and their aging: current (not yet due), 1-30, 31-60, 61-90 and over 90 days
past due, per supplier or customer; and the VAT return of a period."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from jxc.finance.domain.ledger import accounts as a

ZERO = Decimal(0)
BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")


def bucket_of(due_on: date, as_of: date) -> str:
    late = (as_of - due_on).days
    if late <= 0:
        return "current"
    if late <= 30:
        return "1-30"
    if late <= 60:
        return "31-60"
    if late <= 90:
        return "61-90"
    return "90+"


@dataclass(frozen=True, slots=True)
class Item:
    document_id: UUID
    party_id: UUID
    due_on: date
    open_amount: Decimal


@dataclass
class Aged:
    party_id: UUID
    buckets: dict[str, Decimal] = field(default_factory=lambda: dict.fromkeys(BUCKETS, ZERO))

    @property
    def total(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)

    @property
    def overdue(self) -> Decimal:
        return self.total - self.buckets["current"]


def age(items: Iterable[Item], as_of: date) -> list[Aged]:
    """Per party, its open amounts by how late they are on `as_of`."""
    parties: dict[UUID, Aged] = {}
    for item in items:
        if item.open_amount == 0:
            continue
        aged = parties.setdefault(item.party_id, Aged(item.party_id))
        aged.buckets[bucket_of(item.due_on, as_of)] += item.open_amount
    return [parties[k] for k in sorted(parties, key=str)]


@dataclass(frozen=True, slots=True)
class VatRate:
    rate: str  # the account's suffix: "13" is 13 %
    output: Decimal  # charged to customers (credit - debit)
    input: Decimal  # paid to suppliers (debit - credit)


def vat_return(moved: Sequence[tuple[str, Decimal]]) -> list[VatRate]:
    """From (account, debit - credit moved in the period) of the VAT accounts, per rate."""
    rates: dict[str, list[Decimal]] = {}
    for account, net in moved:
        for parent, side in ((a.OUTPUT_VAT, 0), (a.INPUT_VAT, 1)):
            if account.startswith(parent + "."):
                sums = rates.setdefault(account.removeprefix(parent + "."), [ZERO, ZERO])
                sums[side] += -net if side == 0 else net
    return [
        VatRate(rate, sums[0], sums[1])
        for rate, sums in sorted(rates.items(), key=lambda kv: Decimal(kv[0]))
    ]
