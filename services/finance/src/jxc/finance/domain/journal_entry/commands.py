"""Posting an entry by hand and reversing it (role accountant)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID


@dataclass(frozen=True, slots=True)
class Chart:
    """What the ledger knows when an entry is posted: the active accounts and cost centres,
    the closed periods and the company's currency."""

    accounts: frozenset[str] = frozenset()
    cost_centres: frozenset[str] = frozenset()
    closed_periods: frozenset[str] = frozenset()
    currency: str = "CNY"


@dataclass(frozen=True, slots=True)
class EntryLine:
    account: str
    debit: Decimal = Decimal(0)
    credit: Decimal = Decimal(0)
    cost_centre: str | None = None
    memo: str | None = None


@dataclass(frozen=True, slots=True)
class PostJournalEntry:
    entry_id: UUID
    posted_on: date
    description: str
    currency: str
    lines: tuple[EntryLine, ...]
    reference: str | None = None
    chart: Chart = field(default_factory=Chart)


@dataclass(frozen=True, slots=True)
class ReverseJournalEntry:
    entry_id: UUID
    reversed_on: date
    reason: str
    closed_periods: frozenset[str] = frozenset()


JournalEntryCommand = PostJournalEntry | ReverseJournalEntry
