"""Issuing an invoice, with what it bills (the lines, each with its net amount and its item's
category) and the VAT rates, gathered by the application."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from jxc.sales.domain.vat_rates import VatRatesState


@dataclass(frozen=True, slots=True)
class BilledLine:
    line_no: int
    sku: str
    quantity: Decimal
    unit: str
    net_amount: Decimal  # the order's or the shipment's line value (billed in cents)
    category: str | None


@dataclass(frozen=True, slots=True)
class IssueInvoice:
    """Bill a shipment (`shipment_id` set) or a whole order (None)."""

    invoice_id: UUID
    invoice_no: str
    order_id: UUID
    shipment_id: UUID | None
    customer_id: UUID
    currency: str
    lines: tuple[BilledLine, ...]
    rates: VatRatesState
    issued_on: date
    due_on: date
