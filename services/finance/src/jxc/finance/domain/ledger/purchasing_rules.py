"""What purchasing's events post. Goods received post nothing here: inventory's
StockReceived of the receipt (its source event) posts Dr inventory / Cr goods received not
invoiced at the value inventory took the goods in at; likewise a purchase return from stock
posts from inventory's StockIssued (kind purchase_return)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxc.events.contracts.purchasing import SupplierInvoiceMatched
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.entry import Entry, Line, entry


def supplier_invoice_matched(event: SupplierInvoiceMatched, on: date) -> Entry | None:
    """Dr GRNI at the PO prices, Dr price variance, Dr input VAT per rate / Cr payable (the
    invoice's total with its VAT), the supplier named on every line."""
    supplier = event.supplier_id
    tax_total = sum((t.tax_amount for t in event.taxes), Decimal(0))
    if event.tax_total is not None and event.tax_total.amount != tax_total:
        raise ValueError(
            f"supplier invoice {event.invoice_number}: tax_total {event.tax_total.amount} is "
            f"not the sum of its taxes {tax_total}"
        )
    return entry(
        on,
        f"supplier invoice {event.invoice_number} matched",
        event.total.currency,
        Line(a.GRNI, event.total_at_po_price.amount, party_id=supplier),
        Line(a.PRICE_VARIANCE, event.price_variance.amount, party_id=supplier),
        *(Line(a.input_vat(t.tax_rate), t.tax_amount, party_id=supplier) for t in event.taxes),
        Line(a.PAYABLES, -(event.total.amount + tax_total), party_id=supplier),
    )
