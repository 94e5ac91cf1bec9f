"""What may be asked of a supplier invoice. The order's facts and the tolerances come in with
each command that matches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from jxc.purchasing.domain.supplier_invoice.facts import OrderFacts, Tolerances


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    line_no: int  # the purchase order line invoiced
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal | None = None  # the VAT rate the invoice states for the line (0.13)


@dataclass(frozen=True, slots=True)
class RecordSupplierInvoice:
    """Record and match at once. `number_taken`: the supplier already has an invoice with this
    number (invoice numbers are unique per supplier); `payment_terms_days` are the supplier's;
    `currency`, when sent, must be the order's."""

    invoice_id: UUID
    supplier_id: UUID
    invoice_number: str
    invoice_date: date
    lines: Sequence[InvoiceLine]
    order: OrderFacts
    tolerances: Tolerances
    payment_terms_days: int
    number_taken: bool = False
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class MatchSupplierInvoice:
    """Match a held invoice again, e.g. after more goods arrived."""

    invoice_id: UUID
    order: OrderFacts
    tolerances: Tolerances


@dataclass(frozen=True, slots=True)
class ReleaseSupplierInvoice:
    """Accept a held invoice as it is, with a reason: matched, with who overrode it."""

    invoice_id: UUID
    released_by: str
    reason: str
    order: OrderFacts


SupplierInvoiceCommand = RecordSupplierInvoice | MatchSupplierInvoice | ReleaseSupplierInvoice
