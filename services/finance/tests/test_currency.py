"""Issue 9, item 5: foreign documents posted in the company's currency at the day's rate,
balanced to the cent; a foreign payment settles invoices at their booked rates, the
difference being the realised exchange gain or loss."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from uuid import UUID

from jxc.events.base import Money
from jxc.events.contracts.finance import Allocation, ExchangeRateRecorded, PaymentRecorded
from jxc.finance.domain.exchange_rate import RecordRate, exchange_rate_decider
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.currency import converted, payment_converted
from jxc.finance.domain.ledger.entry import Line, entry
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.testing import given

ON = date(2026, 12, 10)
BILL = UUID(int=5)


def usd(x: str) -> Money:
    return Money(amount=D(x), currency="USD")


def test_an_entry_in_dollars_is_posted_in_yuan_to_the_cent_and_balanced() -> None:
    made = entry(
        ON,
        "invoice",
        "USD",
        Line(a.GRNI, D("33.33")),
        Line(a.GRNI, D("33.33")),
        Line(a.PRICE_VARIANCE, D("33.34")),
        Line(a.PAYABLES, D("-100")),
    )
    assert made is not None
    yuan = converted(made, D("7.1234"), "CNY")
    assert yuan.currency == "CNY" and yuan.debits == yuan.credits == D("712.33")
    # 33.33 x 7.1234 = 237.42 (rounded) twice, 33.34 x 7.1234 = 237.49: 712.33, one cent short,
    # which the largest line (the payable) takes
    assert [x.amount for x in yuan.lines] == [D("237.42"), D("237.42"), D("237.49"), D("-712.33")]


def test_a_dollar_invoice_paid_at_a_higher_rate_realises_an_exchange_loss() -> None:
    paid = PaymentRecorded(
        payment_id=UUID(int=1),
        direction="outgoing",
        party_id=UUID(int=2),
        amount=usd("1100"),
        paid_on=ON,
        cash_account=a.BANK,
        allocations=[Allocation(invoice_id=BILL, amount=usd("1000"))],
        unallocated=usd("100"),
    )
    made = payment_converted(paid, D("7.25"), {BILL: D("7.10")}, "CNY")
    assert [(x.account, x.amount) for x in made.lines] == [
        (a.BANK, D("-7975.00")),
        (a.PAYABLES, D("7100.00")),
        (a.SUPPLIER_ADVANCES, D("725.00")),
        (a.FX_DIFFERENCES, D("150.00")),  # 1000 x (7.25 - 7.10): a loss
    ]


def test_a_receipt_at_a_higher_rate_realises_a_gain() -> None:
    got = PaymentRecorded(
        payment_id=UUID(int=1),
        direction="incoming",
        party_id=UUID(int=3),
        amount=usd("500"),
        paid_on=ON,
        cash_account=a.BANK,
        allocations=[Allocation(invoice_id=BILL, amount=usd("500"))],
        unallocated=usd("0"),
    )
    made = payment_converted(got, D("7.30"), {BILL: D("7.10")}, "CNY")
    assert [(x.account, x.amount) for x in made.lines] == [
        (a.BANK, D("3650.00")),
        (a.RECEIVABLES, D("-3550.00")),
        (a.FX_DIFFERENCES, D("-100.00")),  # a credit: a gain
    ]


def test_rates_are_recorded_per_currency_and_day() -> None:
    recorded = ExchangeRateRecorded(currency="USD", on=ON, rate=D("7.1"), source="PBOC")
    given(exchange_rate_decider).when(RecordRate("USD", ON, D("7.1"), "CNY", "PBOC")).then(recorded)
    given(exchange_rate_decider, recorded).when(RecordRate("USD", ON, D("7.1"), "CNY")).then()
    given(exchange_rate_decider).when(RecordRate("CNY", ON, D("1"), "CNY")).raises(
        DomainError, "own currency", fields=("currency",)
    )


def test_open_foreign_invoices_are_revalued_at_the_period_end_and_reversed_next_day() -> None:
    from jxc.events.contracts.finance import FxRevaluationReversed, FxRevalued
    from jxc.finance.domain.ledger.rules import entry_for
    from jxc.finance.domain.revaluation import OpenForeign, Revalue, revaluation_decider

    items = [
        OpenForeign(UUID(int=1), "payable", UUID(int=2), "USD", D(1000), D("7.10")),
        OpenForeign(UUID(int=3), "receivable", UUID(int=4), "USD", D(200), D("7.30")),
    ]
    command = Revalue("2026-11", "CNY", items, {"USD": D("7.20")})
    revalued, reversed_ = given(revaluation_decider).when(command).decided()
    assert isinstance(revalued, FxRevalued) and isinstance(reversed_, FxRevaluationReversed)
    assert (revalued.on, reversed_.on) == (date(2026, 11, 30), date(2026, 12, 1))
    made = entry_for(revalued, ON)
    assert made is not None
    assert [(x.account, x.amount) for x in made.lines] == [
        (a.FX_DIFFERENCES, D("100.00")),  # the dollar payable costs 100 more: a loss
        (a.PAYABLES, D("-100.00")),
        (a.RECEIVABLES, D("-20.00")),  # the receivable is worth 20 less: a loss too
        (a.FX_DIFFERENCES, D("20.00")),
    ]
    back = entry_for(reversed_, ON)
    assert back is not None and back.debits == made.debits
    given(revaluation_decider, revalued).when(command).raises(StateConflict, "revalued already")
    given(revaluation_decider).when(Revalue("2026-11", "CNY", items, {})).raises(
        DomainError, "no exchange rate of USD"
    )
