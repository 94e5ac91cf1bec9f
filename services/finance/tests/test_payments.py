"""Issue 9, items 3 and 4: payments and receipts allocated to invoices (partial and over-
payment allowed, the rest unallocated), what they post, aging buckets, the VAT return, and
the receivables reported to sales."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from uuid import UUID

import pytest

from jxc.events.base import Money
from jxc.events.contracts.finance import Allocation, PaymentRecorded, ReceivablesChanged
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.aging import Item, age, bucket_of, vat_return
from jxc.finance.domain.ledger.rules import entry_for
from jxc.finance.domain.payment import OpenItem, RecordPayment, payment_decider
from jxc.finance.domain.receivables import ReportReceivables, receivables_decider
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.testing import given

PAYMENT = UUID(int=100)
CUSTOMER = UUID(int=1)
SUPPLIER = UUID(int=2)
INV_1, INV_2, BILL = UUID(int=11), UUID(int=12), UUID(int=21)
ON = date(2026, 12, 10)
ITEMS = {
    INV_1: OpenItem(CUSTOMER, "receivable", "SI-1", D(904), "CNY"),
    INV_2: OpenItem(CUSTOMER, "receivable", "SI-2", D(100), "CNY"),
    BILL: OpenItem(SUPPLIER, "payable", "INV-88", D("1423.80"), "CNY"),
}
CASH = frozenset({a.BANK, a.CASH})


def receipt(amount: str, *allocations: tuple[UUID, str], **more: object) -> RecordPayment:
    values: dict[str, object] = {
        "payment_id": PAYMENT,
        "direction": "incoming",
        "party_id": CUSTOMER,
        "amount": D(amount),
        "currency": "CNY",
        "paid_on": ON,
        "cash_account": a.BANK,
        "allocations": tuple((i, D(x)) for i, x in allocations),
        "open_items": ITEMS,
        "cash_accounts": CASH,
    }
    values.update(more)
    return RecordPayment(**values)  # type: ignore[arg-type]


def cny(x: str) -> Money:
    return Money(amount=D(x), currency="CNY")


def test_an_over_payment_settles_the_invoices_and_keeps_the_rest_unallocated() -> None:
    recorded = PaymentRecorded(
        payment_id=PAYMENT,
        direction="incoming",
        party_id=CUSTOMER,
        amount=cny("1100"),
        paid_on=ON,
        cash_account=a.BANK,
        allocations=[
            Allocation(invoice_id=INV_1, amount=cny("904")),
            Allocation(invoice_id=INV_2, amount=cny("60")),
        ],
        unallocated=cny("136"),
    )
    given(payment_decider).when(receipt("1100", (INV_1, "904"), (INV_2, "60"))).then(recorded)
    given(payment_decider, recorded).when(receipt("1")).raises(StateConflict, "recorded already")


@pytest.mark.parametrize(
    ("command", "match", "field"),
    [
        (receipt("100", (INV_1, "905")), "904 open, less than the 905", "allocations[0].amount"),
        (receipt("100", (BILL, "5")), "no open receivable invoice", "allocations[0].invoice_id"),
        (
            receipt("100", (INV_1, "5"), party_id=SUPPLIER),
            "no open receivable",
            "allocations[0].invoice_id",
        ),
        (receipt("100", (INV_1, "60"), (INV_2, "60")), "more than the 100 paid", "allocations"),
        (
            receipt("100", (INV_1, "5"), (INV_1, "5")),
            "allocated twice",
            "allocations[1].invoice_id",
        ),
        (receipt("100", cash_account=a.INVENTORY), "not a bank or cash account", "cash_account"),
        (receipt("0"), "positive amount", "amount"),
    ],
)
def test_a_payment_that_cannot_be(command: RecordPayment, match: str, field: str) -> None:
    given(payment_decider).when(command).raises(DomainError, match, fields=(field,))


def test_a_receipt_posts_bank_against_receivables_and_customer_advances() -> None:
    [event] = given(payment_decider).when(receipt("1100", (INV_1, "904"))).decided()
    made = entry_for(event, date(2026, 12, 31))
    assert made is not None and made.posted_on == ON
    assert [(x.account, x.amount) for x in made.lines] == [
        (a.BANK, D(1100)),
        (a.RECEIVABLES, D(-904)),
        (a.CUSTOMER_ADVANCES, D(-196)),
    ]


def test_a_payment_to_a_supplier_posts_payables_and_advances_against_the_bank() -> None:
    command = receipt(
        "1000", (BILL, "1000"), direction="outgoing", party_id=SUPPLIER, cash_account=a.CASH
    )
    [event] = given(payment_decider).when(command).decided()
    made = entry_for(event, ON)
    assert made is not None
    assert [(x.account, x.amount) for x in made.lines] == [
        (a.PAYABLES, D(1000)),
        (a.CASH, D(-1000)),
    ]


def test_aging_buckets_by_days_past_due() -> None:
    as_of = date(2026, 12, 31)
    assert [bucket_of(date(2026, 12, d), as_of) for d in (31, 30, 1)] == ["current", "1-30", "1-30"]
    assert bucket_of(date(2026, 11, 30), as_of) == "31-60"
    assert bucket_of(date(2026, 10, 15), as_of) == "61-90"
    assert bucket_of(date(2026, 1, 1), as_of) == "90+"
    aged = age(
        [
            Item(INV_1, CUSTOMER, date(2027, 1, 5), D(100)),
            Item(INV_2, CUSTOMER, date(2026, 12, 1), D(40)),
            Item(BILL, SUPPLIER, date(2026, 6, 1), D(7)),
            Item(UUID(int=9), SUPPLIER, date(2026, 6, 1), D(0)),
        ],
        as_of,
    )
    assert [(x.party_id, x.total, x.overdue, x.buckets["1-30"]) for x in aged] == [
        (CUSTOMER, D(140), D(40), D(40)),
        (SUPPLIER, D(7), D(7), D(0)),
    ]


def test_the_vat_return_is_output_less_input_per_rate() -> None:
    moved = [
        ("2221.02.13", D(-104)),
        ("2221.02.13", D(13)),
        ("2221.01.13", D("163.80")),
        ("2221.02.6", D(-3)),
        (a.BANK, D(5)),
    ]
    rates = vat_return(moved)
    assert [(r.rate, r.output, r.input) for r in rates] == [
        ("6", D(3), D(0)),
        ("13", D(91), D("163.80")),
    ]


def test_receivables_are_reported_when_they_change_only() -> None:
    report = ReportReceivables(CUSTOMER, D(904), D(0), "CNY", ON)
    changed = ReceivablesChanged(
        customer_id=CUSTOMER, open_receivables=cny("904"), overdue=cny("0"), as_of=ON
    )
    given(receivables_decider).when(report).then(changed)
    given(receivables_decider, changed).when(report).then()
