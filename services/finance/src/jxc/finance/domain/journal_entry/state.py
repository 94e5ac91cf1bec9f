"""An entry: not yet posted, posted (its date, currency and lines), or reversed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import JournalEntryPosted, JournalEntryReversed, JournalLine


@dataclass(frozen=True, slots=True)
class JournalEntryState:
    posted_on: date | None = None
    currency: str = ""
    lines: tuple[JournalLine, ...] = ()
    reversed_on: date | None = None


def evolve(state: JournalEntryState, event: DomainEvent) -> JournalEntryState:
    if isinstance(event, JournalEntryPosted):
        return JournalEntryState(event.posted_on, event.currency, event.lines)
    if isinstance(event, JournalEntryReversed):
        return JournalEntryState(state.posted_on, state.currency, state.lines, event.reversed_on)
    return state
