"""Entries by hand: balanced, in the company's currency, in an open period, on active accounts
that no sub-ledger keeps; reversed once, the other way."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from uuid import UUID

from jxc.events.contracts.finance import JournalEntryPosted, JournalEntryReversed, JournalLine
from jxc.finance.domain.journal_entry import (
    Chart,
    PostJournalEntry,
    ReverseJournalEntry,
    journal_entry_decider,
)
from jxc.finance.domain.journal_entry.commands import EntryLine
from jxc.finance.domain.ledger.rules import entry_for
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.testing import given

ON = date(2026, 11, 2)
ID = UUID(int=7)
CHART = Chart(
    accounts=frozenset({"1001", "1002", "4001", "6602", "2221.01", "1122"}),
    cost_centres=frozenset({"ADMIN"}),
    closed_periods=frozenset({"2026-10"}),
    currency="CNY",
)
CAPITAL = (EntryLine("1002", debit=D("1000000")), EntryLine("4001", credit=D("1000000")))


def posting(*lines: EntryLine, on: date = ON, currency: str = "CNY") -> PostJournalEntry:
    return PostJournalEntry(ID, on, "capital paid in", currency, lines or CAPITAL, "SH-1", CHART)


def posted() -> JournalEntryPosted:
    [event] = given(journal_entry_decider).when(posting()).decided()
    assert isinstance(event, JournalEntryPosted)
    return event


def test_capital_paid_in_posts_bank_against_paid_in_capital() -> None:
    event = posted()
    made = entry_for(event, ON)
    assert made is not None
    assert made.posted_on == ON
    assert made.description == "capital paid in (SH-1)"
    assert [(x.account, x.amount) for x in made.lines] == [
        ("1002", D(1000000)),
        ("4001", D(-1000000)),
    ]


def test_several_lines_with_a_cost_centre_balance_to_the_cent() -> None:
    lines = (
        EntryLine("6602", debit=D("100.10"), cost_centre="ADMIN", memo="office rent"),
        EntryLine("6602", debit=D("0.02")),
        EntryLine("1001", credit=D("100.12")),
    )
    [event] = given(journal_entry_decider).when(posting(*lines)).decided()
    made = entry_for(event, ON)
    assert made is not None
    assert made.lines[0].cost_centre == "ADMIN"
    assert made.debits == made.credits == D("100.12")


def test_an_unbalanced_entry_is_refused_with_the_difference() -> None:
    lines = (EntryLine("1002", debit=D("100")), EntryLine("4001", credit=D("99.99")))
    given(journal_entry_decider).when(posting(*lines)).raises(
        DomainError, "differ by 0.01", fields=("lines",)
    )


def test_each_line_is_a_debit_or_a_credit() -> None:
    both = (EntryLine("1002", debit=D(1), credit=D(1)), EntryLine("4001", credit=D(0)))
    given(journal_entry_decider).when(posting(*both)).raises(
        DomainError, "a debit or a credit", fields=("lines.0.debit", "lines.0.credit")
    )
    negative = (EntryLine("1002", debit=D(-5)), EntryLine("4001", credit=D(-5)))
    given(journal_entry_decider).when(posting(*negative)).raises(
        DomainError, "not negative", fields=("lines.0.debit",)
    )
    given(journal_entry_decider).when(posting(CAPITAL[0])).raises(
        DomainError, "at least two lines", fields=("lines",)
    )


def test_sub_ledger_parent_and_unknown_accounts_are_refused_at_the_line() -> None:
    receivable = (EntryLine("1002", debit=D(5)), EntryLine("1122", credit=D(5)))
    given(journal_entry_decider).when(posting(*receivable)).raises(
        DomainError, "kept by its sub-ledger", fields=("lines.1.account",)
    )
    unknown = (EntryLine("1002", debit=D(5)), EntryLine("9999", credit=D(5)))
    given(journal_entry_decider).when(posting(*unknown)).raises(
        DomainError, "not an active account", fields=("lines.1.account",)
    )
    centre = (EntryLine("6602", debit=D(5), cost_centre="NOPE"), EntryLine("1001", credit=D(5)))
    given(journal_entry_decider).when(posting(*centre)).raises(
        DomainError, "cost centre NOPE", fields=("lines.0.cost_centre",)
    )


def test_a_closed_period_or_a_foreign_currency_is_refused() -> None:
    given(journal_entry_decider).when(posting(on=date(2026, 10, 31))).raises(
        DomainError, "period 2026-10 is closed", fields=("posted_on",)
    )
    given(journal_entry_decider).when(posting(currency="USD")).raises(
        DomainError, "company's currency CNY", fields=("currency",)
    )


def test_an_entry_is_posted_once() -> None:
    given(journal_entry_decider, posted()).when(posting()).raises(StateConflict, "posted already")


def test_a_reversal_posts_the_lines_the_other_way_once() -> None:
    reversal = ReverseJournalEntry(ID, date(2026, 11, 30), "posted to the wrong bank account")
    [event] = given(journal_entry_decider, posted()).when(reversal).decided()
    assert isinstance(event, JournalEntryReversed)
    made = entry_for(event, ON)
    assert made is not None
    assert made.posted_on == date(2026, 11, 30)
    assert [(x.account, x.amount) for x in made.lines] == [
        ("1002", D(-1000000)),
        ("4001", D(1000000)),
    ]
    given(journal_entry_decider, posted(), event).when(reversal).raises(
        StateConflict, "reversed on 2026-11-30 already"
    )


def test_a_reversal_needs_the_entry_an_open_period_and_a_day_not_before_it() -> None:
    given(journal_entry_decider).when(ReverseJournalEntry(ID, ON, "x")).raises(
        NotFound, "no journal entry"
    )
    early = ReverseJournalEntry(ID, date(2026, 11, 1), "x")
    given(journal_entry_decider, posted()).when(early).raises(
        DomainError, "posted on 2026-11-02", fields=("reversed_on",)
    )
    closed = ReverseJournalEntry(ID, ON, "x", closed_periods=frozenset({"2026-11"}))
    given(journal_entry_decider, posted()).when(closed).raises(
        DomainError, "period 2026-11 is closed", fields=("reversed_on",)
    )


def test_the_event_keeps_lines_as_given() -> None:
    assert posted().lines == (
        JournalLine(account="1002", debit=D(1000000), credit=D(0)),
        JournalLine(account="4001", debit=D(0), credit=D(1000000)),
    )
