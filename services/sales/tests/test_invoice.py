"""Invoices: VAT per item category (13 % by default, rates set by an admin), tax rounded half
up per line, net + tax = gross exactly; one invoice per shipment or order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import uuid4

import pytest

from jxc.events.contracts.logistics import VatRateSet
from jxc.events.contracts.sales import InvoiceIssued, TaxTotal
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.platform.testing import given as scenario
from jxc.sales.domain.invoice import (
    BilledLine,
    IssueInvoice,
    invoice_decider,
    invoice_id_of,
    tax_of,
)
from jxc.sales.domain.vat_rates import SetVatRate, VatRatesState, vat_rates_decider

Given = Callable[..., Any]
D = Decimal
ORDER, SHIPMENT, CUSTOMER = uuid4(), uuid4(), uuid4()
INVOICE = invoice_id_of("shipment", SHIPMENT)
ISSUED, DUE = date(2026, 12, 1), date(2026, 12, 31)
RATES = VatRatesState(by_category={"food": D("0.09"), "books": D(0)})


@pytest.fixture
def decider() -> Decider[object, object]:
    return invoice_decider  # type: ignore[return-value]


def issue(*lines: BilledLine, rates: VatRatesState = RATES) -> IssueInvoice:
    return IssueInvoice(
        INVOICE, "INV-1", ORDER, SHIPMENT, CUSTOMER, "CNY", lines, rates, ISSUED, DUE
    )


TEA = BilledLine(1, "TEA", D(3), "box", D("33.33"), "food")
CUP = BilledLine(2, "CUP", D(1), "pcs", D("10.05"), "kitchen")  # no rate of its own: 13 %
POT = BilledLine(3, "POT", D(1), "pcs", D("0.05"), None)


def test_each_line_is_taxed_at_its_categorys_rate_rounded_half_up(given: Given) -> None:
    [event] = given().when(issue(TEA, CUP, POT)).decided()
    assert isinstance(event, InvoiceIssued)
    assert [(x.tax_rate, x.tax_amount) for x in event.lines] == [
        (D("0.09"), D("3.00")),  # 2.9997
        (D("0.13"), D("1.31")),  # 1.3065: half up
        (D("0.13"), D("0.01")),  # 0.0065
    ]
    assert event.taxes == [
        TaxTotal(tax_rate=D("0.09"), net_amount=D("33.33"), tax_amount=D("3.00")),
        TaxTotal(tax_rate=D("0.13"), net_amount=D("10.10"), tax_amount=D("1.32")),
    ]
    assert (event.net_total, event.tax_total, event.gross_total) == (
        D("43.43"),
        D("4.32"),
        D("47.75"),
    )
    assert event.net_total + event.tax_total == event.gross_total


def test_net_plus_tax_is_gross_exactly_on_many_lines() -> None:
    import random

    rng = random.Random(7)
    for _ in range(200):
        lines = tuple(
            BilledLine(
                i,
                f"S{i}",
                D(1),
                "pcs",
                D(rng.randint(1, 10**7)) / 100,
                rng.choice(["food", "books", None, "x"]),
            )
            for i in range(1, rng.randint(2, 12))
        )
        [event] = scenario(invoice_decider).when(issue(*lines)).decided()
        assert isinstance(event, InvoiceIssued)
        assert event.net_total + event.tax_total == event.gross_total
        assert event.tax_total == sum(t.tax_amount for t in event.taxes)
        assert event.net_total == sum(line.net_amount for line in event.lines)
        assert all(
            line.tax_amount == tax_of(line.net_amount, line.tax_rate) for line in event.lines
        )


def test_an_invoice_is_issued_once(given: Given) -> None:
    first = given().when(issue(TEA)).decided()
    given(*first).when(issue(TEA)).raises(StateConflict, "issued already for this shipment")


def test_nothing_to_invoice_is_refused(given: Given) -> None:
    given().when(issue()).raises(DomainError, "nothing to invoice")


def test_one_invoice_id_per_shipment_or_order() -> None:
    assert invoice_id_of("shipment", SHIPMENT) == INVOICE
    assert invoice_id_of("order", SHIPMENT) != INVOICE


def test_the_default_is_13_percent_until_an_admin_sets_rates() -> None:
    assert VatRatesState().rate_of("food") == D("0.13")
    scenario(vat_rates_decider).when(SetVatRate("food", D("0.09"))).then(
        VatRateSet(category="food", rate=D("0.09"))
    )
    state = (
        scenario(vat_rates_decider)
        .when(SetVatRate(None, D("0.06")))
        .then(VatRateSet(category=None, rate=D("0.06")))
    )
    assert state.rate_of("anything") == D("0.06")
    scenario(vat_rates_decider).when(SetVatRate(None, D("0.13"))).then()  # as it is
    scenario(vat_rates_decider).when(SetVatRate("food", D(13))).raises(
        DomainError, "fraction", fields=("rate",)
    )
    scenario(vat_rates_decider).when(SetVatRate("food", D("0.1234567"))).raises(
        DomainError, "6 decimal places", fields=("rate",)
    )
