"""Reversing an entry by hand: once, on or after the day it was posted, in an open period;
the ledger posts its lines the other way."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import JournalEntryReversed
from jxc.events.limits import MAX_REASON
from jxc.finance.domain.journal_entry.commands import ReverseJournalEntry
from jxc.finance.domain.journal_entry.state import JournalEntryState
from jxc.finance.domain.ledger.periods import period_of
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_text


def reverse(command: ReverseJournalEntry, state: JournalEntryState) -> list[DomainEvent]:
    if state.posted_on is None:
        raise NotFound(f"there is no journal entry {command.entry_id}")
    if state.reversed_on is not None:
        raise StateConflict(
            f"journal entry {command.entry_id} was reversed on {state.reversed_on} already"
        )
    if command.reversed_on < state.posted_on:
        raise DomainError(
            f"the entry was posted on {state.posted_on}; reverse it on that day or later",
            fields=("reversed_on",),
        )
    period = period_of(command.reversed_on)
    if period in command.closed_periods:
        raise DomainError(
            f"period {period} is closed; reverse the entry in an open period",
            fields=("reversed_on",),
        )
    reason = check_text(command.reason, "reason", "the reason", max_length=MAX_REASON)
    return [
        JournalEntryReversed(
            entry_id=command.entry_id,
            reversed_on=command.reversed_on,
            reason=reason,
            currency=state.currency,
            lines=state.lines,
        )
    ]
