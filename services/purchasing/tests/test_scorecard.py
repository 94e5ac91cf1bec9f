"""Supplier scorecard figures, from the facts each event adds to a supplier's day."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from jxc.events.contracts.purchasing import InvoicedLine, SupplierInvoiceRecorded
from jxc.purchasing.domain.percent import percent
from jxc.purchasing.domain.scorecard import ScorecardFacts, invoice_facts, receipt_facts
from services.purchasing.tests.builders import DUE, PO, SUPPLIER, bolts, eur, grease, received


def test_a_receipt_counts_its_lines_due_and_on_time_and_its_quantities() -> None:
    late = bolts("90", "10", rejection_reason="rusty", expected_date=DUE - timedelta(days=1))
    undated = grease("5", expected_date=None)
    facts = receipt_facts(received(late, grease("4", "1", rejection_reason="x"), undated), DUE)
    assert facts == ScorecardFacts(lines_due=2, lines_on_time=1, accepted=D("99"), rejected=D("11"))


def test_a_receipt_on_the_expected_day_is_on_time() -> None:
    assert receipt_facts(received(bolts("1")), DUE).lines_on_time == 1
    assert receipt_facts(received(bolts("1")), DUE + timedelta(days=1)).lines_on_time == 0


def test_facts_add_up_field_by_field() -> None:
    one = ScorecardFacts(1, 1, D("10"), D("0"), D("100"), D("98"))
    two = ScorecardFacts(2, 0, D("5"), D("5"), D("0"), D("0"))
    assert one + two == ScorecardFacts(3, 1, D("15"), D("5"), D("100"), D("98"))


def test_the_figures_of_a_period() -> None:
    facts = ScorecardFacts(
        lines_due=3,
        lines_on_time=2,
        accepted=D("190"),
        rejected=D("10"),
        invoiced=D("1020"),
        invoiced_at_po_price=D("1000"),
    )
    assert facts.on_time_percent == D("66.67")
    assert facts.reject_percent == D("5.00")
    assert facts.price_variance == D("20")
    assert facts.price_variance_percent == D("2.00")


def test_a_supplier_invoicing_below_the_po_has_a_negative_variance() -> None:
    facts = ScorecardFacts(invoiced=D("95"), invoiced_at_po_price=D("100"))
    assert (facts.price_variance, facts.price_variance_percent) == (D("-5"), D("-5.00"))


def test_with_nothing_to_measure_the_figures_are_none() -> None:
    facts = ScorecardFacts()
    assert facts.on_time_percent is None
    assert facts.reject_percent is None
    assert facts.price_variance_percent is None


def test_percent_rounds_half_to_even_to_two_places() -> None:
    assert percent(D("1"), D("8")) == D("12.50")
    assert percent(D("1"), D("3")) == D("33.33")
    assert percent(D("0.000125"), D("1")) == D("0.01")  # 0.0125 -> 0.01 (half to even)
    assert percent(D("1"), D("0")) is None


def test_dates_are_compared_as_days() -> None:
    assert receipt_facts(
        received(bolts("1", expected_date=date(2026, 1, 31))), date(2026, 2, 1)
    ) == (ScorecardFacts(lines_due=1, lines_on_time=0, accepted=D("1")))


def test_an_invoice_adds_what_was_invoiced_and_its_worth_at_po_prices() -> None:
    line = InvoicedLine(
        line_no=2,
        sku="GREASE",
        quantity=D("10"),
        unit="kg",
        unit_price=eur("12.75"),
        amount=eur("127.50"),
        po_unit_price=eur("12.50"),
    )
    event = SupplierInvoiceRecorded(
        invoice_id=PO,
        supplier_id=SUPPLIER,
        purchase_order_id=PO,
        invoice_number="INV-1",
        invoice_date=DUE,
        due_date=DUE,
        currency="EUR",
        lines=[line],
        total=eur("127.50"),
    )
    facts = invoice_facts(event)
    assert (facts.invoiced, facts.invoiced_at_po_price) == (D("127.50"), D("125"))
    assert facts.price_variance_percent == D("2.00")
