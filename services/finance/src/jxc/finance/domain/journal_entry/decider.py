"""The journal entry's decider."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.events.base import DomainEvent
from jxc.finance.domain.journal_entry.commands import JournalEntryCommand, PostJournalEntry
from jxc.finance.domain.journal_entry.posting import post
from jxc.finance.domain.journal_entry.reversing import reverse
from jxc.finance.domain.journal_entry.state import JournalEntryState, evolve
from jxc.platform.decider import Decider


def decide(command: JournalEntryCommand, state: JournalEntryState) -> Sequence[DomainEvent]:
    if isinstance(command, PostJournalEntry):
        return post(command, state)
    return reverse(command, state)


journal_entry_decider: Decider[JournalEntryCommand, JournalEntryState] = Decider(
    stream_prefix="journal-entry",
    initial_state=JournalEntryState(),
    decide=decide,
    evolve=evolve,
    state_type=JournalEntryState,
)
