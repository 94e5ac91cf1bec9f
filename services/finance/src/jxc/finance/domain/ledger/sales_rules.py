"""What sales' events post: invoices and credit notes (receivable, revenue per line, output
VAT per rate) and freight. Shipments and customer returns post from inventory's StockIssued
and StockReceived (cost of goods sold at the cost inventory gave them)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxc.events.contracts.sales import CreditNoteIssued, FreightCharged, InvoiceIssued
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.entry import Entry, Line, entry


def _check_totals(event: InvoiceIssued | CreditNoteIssued, what: str) -> None:
    net = sum((line.net_amount for line in event.lines), Decimal(0))
    tax = sum((t.tax_amount for t in event.taxes), Decimal(0))
    if net != event.net_total or tax != event.tax_total:
        raise ValueError(
            f"{what}: lines add up to {net} net and taxes to {tax}, but it says "
            f"{event.net_total} net and {event.tax_total} tax"
        )
    if event.net_total + event.tax_total != event.gross_total:
        raise ValueError(f"{what}: gross {event.gross_total} is not net + tax")


def invoice_issued(event: InvoiceIssued, on: date) -> Entry | None:
    """Dr receivable (gross) / Cr revenue per line (net), Cr output VAT per rate."""
    what = f"invoice {event.invoice_no}"
    _check_totals(event, what)
    customer = event.customer_id
    return entry(
        event.issued_on,
        what,
        event.currency,
        Line(a.RECEIVABLES, event.gross_total, party_id=customer),
        *(Line(a.REVENUE, -x.net_amount, party_id=customer, sku=x.sku) for x in event.lines),
        *(Line(a.output_vat(t.tax_rate), -t.tax_amount, party_id=customer) for t in event.taxes),
    )


def credit_note_issued(event: CreditNoteIssued, on: date) -> Entry | None:
    """The invoice's posting reversed for the note's lines."""
    what = f"credit note {event.credit_note_no}"
    _check_totals(event, what)
    customer = event.customer_id
    return entry(
        event.issued_on,
        what,
        event.currency,
        Line(a.RECEIVABLES, -event.gross_total, party_id=customer),
        *(Line(a.REVENUE, x.net_amount, party_id=customer, sku=x.sku) for x in event.lines),
        *(Line(a.output_vat(t.tax_rate), t.tax_amount, party_id=customer) for t in event.taxes),
    )


def freight_charged(event: FreightCharged, on: date) -> Entry | None:
    wh = event.warehouse
    return entry(
        event.dispatched_on,
        f"freight of shipment {event.shipment_id} by {event.carrier}",
        event.freight_cost.currency,
        Line(a.FREIGHT_OUT, event.freight_cost.amount, wh),
        Line(a.ACCRUED_FREIGHT, -event.freight_cost.amount, wh),
    )
