"""An accountant's journal entry (stream journal-entry-<id>): posted once, reversed at most
once."""

from jxc.finance.domain.journal_entry.commands import (
    Chart,
    JournalEntryCommand,
    PostJournalEntry,
    ReverseJournalEntry,
)
from jxc.finance.domain.journal_entry.decider import journal_entry_decider
from jxc.finance.domain.journal_entry.state import JournalEntryState

__all__ = [
    "Chart",
    "JournalEntryCommand",
    "JournalEntryState",
    "PostJournalEntry",
    "ReverseJournalEntry",
    "journal_entry_decider",
]
