"""What matching an invoice needs to know from elsewhere, read by the command handler in the
command's transaction: the purchase order as it is now, and the tolerances in force."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from uuid import UUID

_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class OrderLineFacts:
    """`received`: accepted so far; `invoiced_before`: on the order's other matched invoices."""

    line_no: int
    sku: str
    unit: str
    unit_price: Decimal
    received: Decimal = _ZERO
    invoiced_before: Decimal = _ZERO


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """`status` is the order's status ("approved", "draft", ...)."""

    purchase_order_id: UUID
    supplier_id: UUID
    currency: str
    status: str
    lines: Mapping[int, OrderLineFacts] = field(default_factory=dict)

    @property
    def invoiceable(self) -> bool:
        return self.status not in ("draft", "submitted", "cancelled")


@dataclass(frozen=True, slots=True)
class Tolerances:
    """How far an invoice may go beyond the goods received and from the PO price, in %."""

    quantity_percent: Decimal = _ZERO
    price_percent: Decimal = Decimal(2)
