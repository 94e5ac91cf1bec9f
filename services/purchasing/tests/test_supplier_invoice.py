"""Supplier invoices: recorded and matched three ways, held with the reason per line, re-matched
after more goods arrive, or released by a person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal as D
from typing import Any
from uuid import UUID

import pytest
from pydantic import TypeAdapter

from jxc.events.contracts.purchasing import (
    HeldLine,
    InvoicedLine,
    MatchedLine,
    SupplierInvoiceHeld,
    SupplierInvoiceMatched,
    SupplierInvoiceRecorded,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.purchasing.domain.supplier_invoice import (
    InvoiceLine,
    InvoiceStatus,
    MatchSupplierInvoice,
    OrderFacts,
    OrderLineFacts,
    RecordSupplierInvoice,
    ReleaseSupplierInvoice,
    SupplierInvoiceState,
    Tolerances,
    supplier_invoice_decider,
)
from services.purchasing.tests.builders import PO, SUPPLIER, eur

Given = Callable[..., Any]
INVOICE = UUID("0190a000-0000-7000-8000-0000000000e1")
ISSUED = date(2026, 12, 5)
DUE = date(2027, 1, 19)  # 45 days later
DEFAULT = Tolerances(quantity_percent=D("0"), price_percent=D("2"))


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return supplier_invoice_decider


def order(
    bolts: str = "100", grease: str = "10", *, status: str = "received", **more: Any
) -> OrderFacts:
    """The PO of the builders (100 BOLT-M8 at 0.25, 10 kg GREASE at 12.50) with what was
    received so far, and what other matched invoices took (`bolts_before`, `grease_before`)."""
    return OrderFacts(
        purchase_order_id=PO,
        supplier_id=more.get("supplier_id", SUPPLIER),
        currency="EUR",
        status=status,
        lines={
            1: OrderLineFacts(
                1, "BOLT-M8", "pcs", D("0.25"), D(bolts), D(more.get("bolts_before", "0"))
            ),
            2: OrderLineFacts(
                2, "GREASE", "kg", D("12.50"), D(grease), D(more.get("grease_before", "0"))
            ),
        },
    )


def record(
    *lines: InvoiceLine, facts: OrderFacts | None = None, **changes: Any
) -> RecordSupplierInvoice:
    values: dict[str, Any] = {
        "invoice_id": INVOICE,
        "supplier_id": SUPPLIER,
        "invoice_number": "INV-7",
        "invoice_date": ISSUED,
        "lines": list(lines)
        or [InvoiceLine(1, D("100"), D("0.25")), InvoiceLine(2, D("10"), D("12.50"))],
        "order": facts or order(),
        "tolerances": DEFAULT,
        "payment_terms_days": 45,
    }
    values.update(changes)
    return RecordSupplierInvoice(**values)


def invoiced(line_no: int, quantity: str, price: str) -> InvoicedLine:
    sku, unit, po_price = {1: ("BOLT-M8", "pcs", "0.25"), 2: ("GREASE", "kg", "12.50")}[line_no]
    return InvoicedLine(
        line_no=line_no,
        sku=sku,
        quantity=D(quantity),
        unit=unit,
        unit_price=eur(price),
        amount=eur(str(D(quantity) * D(price))),
        po_unit_price=eur(po_price),
    )


def recorded(*lines: InvoicedLine) -> SupplierInvoiceRecorded:
    lines = lines or (invoiced(1, "100", "0.25"), invoiced(2, "10", "12.50"))
    return SupplierInvoiceRecorded(
        invoice_id=INVOICE,
        supplier_id=SUPPLIER,
        purchase_order_id=PO,
        invoice_number="INV-7",
        invoice_date=ISSUED,
        due_date=DUE,
        currency="EUR",
        lines=list(lines),
        total=eur(str(sum(line.amount.amount for line in lines))),
    )


def held(*reasons: tuple[int, str]) -> SupplierInvoiceHeld:
    return SupplierInvoiceHeld(
        invoice_id=INVOICE,
        supplier_id=SUPPLIER,
        purchase_order_id=PO,
        invoice_number="INV-7",
        lines=[HeldLine(line_no=n, reason=r) for n, r in reasons],
        reason="; ".join(r for _, r in reasons),
    )


def events_of(scenario: Any) -> list[Any]:
    return list(scenario.decided())


# --- recording and matching ----------------------------------------------------------------


def test_an_invoice_that_agrees_with_the_order_and_the_receipts_is_matched(given: Given) -> None:
    state = (
        given()
        .when(record())
        .then(
            recorded(),
            SupplierInvoiceMatched(
                invoice_id=INVOICE,
                supplier_id=SUPPLIER,
                purchase_order_id=PO,
                invoice_number="INV-7",
                due_date=DUE,
                lines=[
                    MatchedLine(
                        line_no=1,
                        sku="BOLT-M8",
                        unit="pcs",
                        quantity_invoiced=D("100"),
                        quantity_received=D("100"),
                        unit_price_invoiced=eur("0.25"),
                        unit_price_po=eur("0.25"),
                        amount_invoiced=eur("25"),
                        amount_at_po_price=eur("25"),
                    ),
                    MatchedLine(
                        line_no=2,
                        sku="GREASE",
                        unit="kg",
                        quantity_invoiced=D("10"),
                        quantity_received=D("10"),
                        unit_price_invoiced=eur("12.50"),
                        unit_price_po=eur("12.50"),
                        amount_invoiced=eur("125"),
                        amount_at_po_price=eur("125"),
                    ),
                ],
                total=eur("150"),
                total_at_po_price=eur("150"),
                price_variance=eur("0"),
            ),
        )
    )
    assert state.status is InvoiceStatus.MATCHED


def test_invoicing_more_than_was_received_holds_the_invoice_with_the_reason(given: Given) -> None:
    state = (
        given()
        .when(record(InvoiceLine(2, D("10"), D("12.50")), facts=order(grease="8")))
        .then(
            recorded(invoiced(2, "10", "12.50")),
            held((2, "line 2 (GREASE): invoiced 10 but received 8")),
        )
    )
    assert state.status is InvoiceStatus.HELD


def test_invoicing_what_other_invoices_already_took_is_held(given: Given) -> None:
    [_, outcome] = events_of(
        given().when(record(InvoiceLine(1, D("60"), D("0.25")), facts=order(bolts_before="50")))
    )
    assert (
        outcome.reason
        == "line 1 (BOLT-M8): invoiced 60 but received 100, of which 50 already invoiced"
    )


def test_a_partial_invoice_of_what_was_received_is_matched(given: Given) -> None:
    [_, outcome] = events_of(
        given().when(
            record(InvoiceLine(1, D("50"), D("0.25")), facts=order(bolts="60", bolts_before="10"))
        )
    )
    assert isinstance(outcome, SupplierInvoiceMatched)


def test_the_quantity_tolerance_allows_a_little_more(given: Given) -> None:
    lines = InvoiceLine(1, D("105"), D("0.25"))
    tolerant = Tolerances(quantity_percent=D("5"), price_percent=D("2"))
    [_, outcome] = events_of(given().when(record(lines, tolerances=tolerant)))
    assert isinstance(outcome, SupplierInvoiceMatched)
    [_, outcome] = events_of(
        given().when(record(InvoiceLine(1, D("105.1"), D("0.25")), tolerances=tolerant))
    )
    assert (
        outcome.reason
        == "line 1 (BOLT-M8): invoiced 105.1 but received 100 (quantity tolerance 5 %)"
    )


@pytest.mark.parametrize(
    ("price", "matched"), [("12.75", True), ("12.25", True), ("12.76", False), ("12.24", False)]
)
def test_the_price_may_be_two_percent_off_the_po_either_way(
    given: Given, price: str, matched: bool
) -> None:
    [_, outcome] = events_of(given().when(record(InvoiceLine(2, D("10"), D(price)))))
    assert isinstance(outcome, SupplierInvoiceMatched) is matched


def test_a_price_beyond_tolerance_says_how_far_off_it_is(given: Given) -> None:
    [_, outcome] = events_of(given().when(record(InvoiceLine(2, D("10"), D("13.00")))))
    assert outcome.reason == (
        "line 2 (GREASE): invoiced at 13 but the PO price is 12.5 (+4.00 %, price tolerance 2 %)"
    )


def test_every_line_beyond_tolerance_is_named(given: Given) -> None:
    [_, outcome] = events_of(
        given().when(
            record(InvoiceLine(1, D("101"), D("0.30")), InvoiceLine(2, D("11"), D("12.50")))
        )
    )
    assert [line.line_no for line in outcome.lines] == [1, 2]
    assert outcome.lines[0].reason == (
        "line 1 (BOLT-M8): invoiced 101 but received 100; invoiced at 0.3 but the PO price is "
        "0.25 (+20.00 %, price tolerance 2 %)"
    )


def test_the_due_date_follows_the_suppliers_payment_terms(given: Given) -> None:
    [event, _] = events_of(given().when(record(payment_terms_days=0)))
    assert event.due_date == ISSUED


# --- what is refused at recording ----------------------------------------------------------


def test_an_invoice_number_is_used_once_per_supplier(given: Given) -> None:
    given().when(record(number_taken=True)).raises(
        StateConflict, match="already has an invoice numbered INV-7", fields=("invoice_number",)
    )


def test_an_invoice_is_recorded_once(given: Given) -> None:
    given(recorded()).when(record()).raises(
        StateConflict, match="already recorded", fields=("invoice_id",)
    )


@pytest.mark.parametrize("status", ["draft", "submitted", "cancelled"])
def test_an_order_not_approved_takes_no_invoice(given: Given, status: str) -> None:
    given().when(record(facts=order(status=status))).raises(
        StateConflict, match=f"is {status}; invoices are recorded against approved orders only"
    )


def test_the_order_must_be_the_suppliers(given: Given) -> None:
    other = UUID("0190a000-0000-7000-8000-000000000002")
    given().when(record(facts=order(supplier_id=other))).raises(
        DomainError, match="placed with another supplier", fields=("purchase_order_id",)
    )


def test_the_invoice_must_be_in_the_orders_currency(given: Given) -> None:
    given().when(record(currency="USD")).raises(
        DomainError, match="in USD but purchase order", fields=("currency",)
    )


@pytest.mark.parametrize(
    ("line", "field", "match"),
    [
        (
            InvoiceLine(3, D("1"), D("1")),
            "lines.0.line_no",
            r"has no line 3 \(its lines are 1, 2\)",
        ),
        (InvoiceLine(1, D("0"), D("1")), "lines.0.quantity", "must be more than 0"),
        (InvoiceLine(1, D("1"), D("-1")), "lines.0.unit_price", "must not be negative"),
    ],
)
def test_invoice_lines_are_checked(given: Given, line: InvoiceLine, field: str, match: str) -> None:
    given().when(record(line)).raises(DomainError, match=match, fields=(field,))


def test_a_po_line_is_invoiced_on_one_line(given: Given) -> None:
    given().when(
        record(InvoiceLine(1, D("1"), D("0.25")), InvoiceLine(1, D("1"), D("0.25")))
    ).raises(DomainError, match="PO line 1 is invoiced twice", fields=("lines.1.line_no",))


def test_an_invoice_needs_a_line(given: Given) -> None:
    given().when(record(lines=[])).raises(DomainError, match="at least one line", fields=("lines",))


# --- re-matching and releasing -----------------------------------------------------------


SHORT = (
    recorded(invoiced(2, "10", "12.50")),
    held((2, "line 2 (GREASE): invoiced 10 but received 8")),
)


def test_a_held_invoice_matches_once_the_rest_of_the_goods_arrived(given: Given) -> None:
    [event] = events_of(
        given(*SHORT).when(MatchSupplierInvoice(INVOICE, order(grease="10"), DEFAULT))
    )
    assert isinstance(event, SupplierInvoiceMatched)
    assert event.overridden_by is None


def test_re_matching_with_nothing_changed_says_why_it_is_still_held(given: Given) -> None:
    given(*SHORT).when(MatchSupplierInvoice(INVOICE, order(grease="8"), DEFAULT)).raises(
        StateConflict, match="INV-7 is still held: line 2 \\(GREASE\\): invoiced 10 but received 8"
    )


def test_re_matching_with_new_reasons_holds_it_again(given: Given) -> None:
    given(*SHORT).when(MatchSupplierInvoice(INVOICE, order(grease="9"), DEFAULT)).then(
        held((2, "line 2 (GREASE): invoiced 10 but received 9"))
    )


def test_a_person_releases_a_held_invoice_with_a_reason(given: Given) -> None:
    state = (
        given(*SHORT)
        .when(
            ReleaseSupplierInvoice(
                INVOICE, "li.wei", "2 kg short, credited on the next invoice", order(grease="8")
            )
        )
        .then(
            SupplierInvoiceMatched(
                invoice_id=INVOICE,
                supplier_id=SUPPLIER,
                purchase_order_id=PO,
                invoice_number="INV-7",
                due_date=DUE,
                lines=[
                    MatchedLine(
                        line_no=2,
                        sku="GREASE",
                        unit="kg",
                        quantity_invoiced=D("10"),
                        quantity_received=D("8"),
                        unit_price_invoiced=eur("12.50"),
                        unit_price_po=eur("12.50"),
                        amount_invoiced=eur("125"),
                        amount_at_po_price=eur("125"),
                    )
                ],
                total=eur("125"),
                total_at_po_price=eur("125"),
                price_variance=eur("0"),
                overridden_by="li.wei",
                override_reason="2 kg short, credited on the next invoice",
            )
        )
    )
    assert (state.status, state.overridden_by) == (InvoiceStatus.MATCHED, "li.wei")


def test_a_release_needs_a_reason(given: Given) -> None:
    given(*SHORT).when(ReleaseSupplierInvoice(INVOICE, "li.wei", " ", order())).raises(
        DomainError, match="say why", fields=("reason",)
    )


def test_a_matched_invoice_is_neither_re_matched_nor_released(given: Given) -> None:
    [_, matched] = events_of(given().when(record()))
    given(recorded(), matched).when(MatchSupplierInvoice(INVOICE, order(), DEFAULT)).raises(
        StateConflict, match="INV-7 is already matched"
    )
    given(recorded(), matched).when(ReleaseSupplierInvoice(INVOICE, "x", "y", order())).raises(
        StateConflict, match="already matched"
    )


def test_an_unknown_invoice_is_not_found(given: Given) -> None:
    given().when(MatchSupplierInvoice(INVOICE, order(), DEFAULT)).raises(
        NotFound, match="no supplier invoice"
    )


def test_state_survives_a_snapshot_round_trip() -> None:
    state = supplier_invoice_decider.fold(SHORT)
    adapter = TypeAdapter(SupplierInvoiceState)
    assert adapter.validate_json(adapter.dump_json(state)) == state
    assert supplier_invoice_decider.stream_id(INVOICE) == f"supplier-invoice-{INVOICE}"


# --- VAT (issue 9: finance posts input VAT from the matched invoice) ------------------------


def test_vat_stated_per_line_is_totalled_per_rate_and_carried_to_the_match(given: Given) -> None:
    lines = [
        InvoiceLine(1, D("100"), D("0.25"), D("0.13")),  # 25.00 at 13 %: 3.25
        InvoiceLine(2, D("10"), D("12.50"), D("0.09")),  # 125.00 at 9 %: 11.25
    ]
    first, matched = events_of(given().when(record(*lines)))
    assert [(t.tax_rate, t.net_amount, t.tax_amount) for t in first.taxes] == [
        (D("0.09"), D("125.00"), D("11.25")),
        (D("0.13"), D("25.00"), D("3.25")),
    ]
    assert first.tax_total == eur("14.50") and first.total == eur("150.00")
    assert isinstance(matched, SupplierInvoiceMatched)
    assert matched.taxes == first.taxes and matched.tax_total == eur("14.50")


def test_an_invoice_without_vat_carries_none(given: Given) -> None:
    first, matched = events_of(given().when(record()))
    assert (first.taxes, first.tax_total, matched.taxes, matched.tax_total) == ([], None, [], None)


def test_vat_is_stated_on_every_line_or_none(given: Given) -> None:
    lines = [InvoiceLine(1, D("100"), D("0.25"), D("0.13")), InvoiceLine(2, D("10"), D("12.50"))]
    given().when(record(*lines)).raises(DomainError, "every line", fields=("lines",))
    given().when(record(InvoiceLine(1, D("100"), D("0.25"), D("1.3")))).raises(
        DomainError, "VAT rate is a fraction", fields=("lines.0.tax_rate",)
    )
