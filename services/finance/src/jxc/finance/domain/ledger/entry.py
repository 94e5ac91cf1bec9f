"""A journal entry as the posting rules make it: lines with signed amounts (a debit is
positive, a credit negative) that add up to zero."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

ZERO = Decimal(0)


class UnbalancedEntry(ValueError):
    """Debits and credits of an entry differ: the event it came from does not add up."""


@dataclass(frozen=True, slots=True)
class Line:
    account: str
    amount: Decimal  # debit positive, credit negative
    cost_centre: str | None = None
    party_id: UUID | None = None  # the supplier or customer
    sku: str | None = None

    @property
    def debit(self) -> Decimal:
        return self.amount if self.amount > 0 else ZERO

    @property
    def credit(self) -> Decimal:
        return -self.amount if self.amount < 0 else ZERO


@dataclass(frozen=True, slots=True)
class Entry:
    """What one event posts: dated `posted_on` (the document's date), in `currency`."""

    posted_on: date
    description: str
    currency: str
    lines: tuple[Line, ...] = field(default_factory=tuple)

    @property
    def debits(self) -> Decimal:
        return sum((line.debit for line in self.lines), ZERO)

    @property
    def credits(self) -> Decimal:
        return sum((line.credit for line in self.lines), ZERO)


def entry(posted_on: date, description: str, currency: str, *lines: Line) -> Entry | None:
    """An entry of the lines that move something (zero lines dropped), None when none does;
    refused when its debits and credits differ."""
    moving = tuple(line for line in lines if line.amount != 0)
    if not moving:
        return None
    made = Entry(posted_on, description, currency, moving)
    if made.debits != made.credits:
        raise UnbalancedEntry(
            f"{description}: debits {made.debits} and credits {made.credits} differ"
        )
    return made
