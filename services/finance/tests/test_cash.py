"""Issue 9, item 4b: transfers between bank and cash accounts, and the 13-week forecast."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D
from uuid import UUID

from jxc.events.base import Money
from jxc.events.contracts.finance import CashTransferred
from jxc.finance.domain.cash_transfer import TransferCash, cash_transfer_decider
from jxc.finance.domain.ledger.forecast import forecast
from jxc.finance.domain.ledger.rules import entry_for
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.testing import given

TODAY = date(2026, 12, 1)
CASH = frozenset({"1001", "1002", "1002.01"})


def move(frm: str, to: str, amount: str = "300") -> TransferCash:
    return TransferCash(
        UUID(int=1), frm, to, D(amount), "CNY", TODAY, "to the payroll account", CASH
    )


def test_a_transfer_between_two_cash_accounts_posts_one_against_the_other() -> None:
    [event] = given(cash_transfer_decider).when(move("1002", "1002.01")).decided()
    assert isinstance(event, CashTransferred)
    made = entry_for(event, TODAY)
    assert made is not None
    assert [(x.account, x.amount) for x in made.lines] == [("1002.01", D(300)), ("1002", D(-300))]
    given(cash_transfer_decider).when(move("1002", "1405")).raises(
        DomainError, "not a bank or cash account", fields=("to_account",)
    )
    given(cash_transfer_decider).when(move("1002", "1002")).raises(
        DomainError, "two different", fields=("to_account",)
    )
    given(cash_transfer_decider).when(move("1002", "1001", "0")).raises(
        DomainError, "positive", fields=("amount",)
    )
    recorded = CashTransferred(
        transfer_id=UUID(int=1),
        from_account="1002",
        to_account="1001",
        amount=Money(amount=D(1), currency="CNY"),
        transferred_on=TODAY,
    )
    assert (
        given(cash_transfer_decider, recorded)
        .when(move("1002", "1001"))
        .raises(StateConflict, "recorded already")
    )


def test_the_forecast_shows_the_week_cash_runs_short() -> None:
    weeks = forecast(
        D(1000),
        TODAY,
        receivables=[(TODAY - timedelta(days=5), D(100)), (TODAY + timedelta(days=15), D(2000))],
        payables=[(TODAY + timedelta(days=8), D(1500)), (TODAY + timedelta(days=200), D(9))],
    )
    assert len(weeks) == 13
    assert [(w.inflow, w.outflow, w.closing, w.shortfall) for w in weeks[:3]] == [
        (D(100), D(0), D(1100), False),  # overdue receivables count in the first week
        (D(0), D(1500), D(-400), True),
        (D(2000), D(0), D(1600), False),
    ]
    assert weeks[-1].closing == D(1600)  # beyond 13 weeks: not in the forecast


def test_the_cash_flow_statement_separates_customers_suppliers_and_own_transfers() -> None:
    from jxc.finance.domain.ledger.cash_flow import cash_flow

    flow = cash_flow(
        D(100),
        [
            ("finance.CashTransferred", False, D(300), D(300)),
            ("finance.PaymentRecorded", False, D(904), D("1423.80")),
        ],
    )
    assert (flow.received_from_customers, flow.paid_to_suppliers, flow.transfers) == (
        D(904),
        D("1423.80"),
        D(0),
    )
    assert flow.closing == D(100) + D(904) - D("1423.80")


def test_cash_the_owners_pay_in_by_hand_is_financing_anything_else_by_hand_is_other() -> None:
    from jxc.finance.domain.ledger.cash_flow import cash_flow

    flow = cash_flow(
        D(0),
        [
            ("finance.JournalEntryPosted", True, D(500000), D(0)),  # capital paid in
            ("finance.JournalEntryReversed", True, D(0), D(1000)),  # a capital entry undone
            ("finance.JournalEntryPosted", False, D(0), D(250)),  # bank charges by hand
            ("finance.CurrencyRevalued", True, D(7), D(0)),  # not by hand: never financing
        ],
    )
    assert (flow.financing, flow.other) == (D(499000), D(-243))
    assert flow.net == flow.closing == D(499000) - D(243)
