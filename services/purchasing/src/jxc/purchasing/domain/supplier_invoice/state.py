"""A supplier invoice's state, folded from its events: recorded, then held or matched; a held
invoice is matched later (re-matched or released)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import (
    InvoiceTax,
    SupplierInvoiceHeld,
    SupplierInvoiceMatched,
    SupplierInvoiceRecorded,
)

_ZERO = Decimal(0)


class InvoiceStatus(StrEnum):
    RECORDED = "recorded"
    HELD = "held"
    MATCHED = "matched"


@dataclass(frozen=True, slots=True)
class InvoiceLineState:
    line_no: int
    sku: str
    unit: str
    quantity: Decimal
    unit_price: Decimal


@dataclass(frozen=True, slots=True)
class SupplierInvoiceState:
    """`held`: the reason per line while held; `overridden_by`: who released it, if anyone."""

    status: InvoiceStatus | None = None
    supplier_id: UUID | None = None
    purchase_order_id: UUID | None = None
    invoice_number: str = ""
    currency: str = ""
    invoice_date: date | None = None
    due_date: date | None = None
    total: Decimal = _ZERO
    lines: tuple[InvoiceLineState, ...] = ()
    held: tuple[tuple[int, str], ...] = ()
    overridden_by: str | None = None
    taxes: tuple[InvoiceTax, ...] = ()  # VAT per rate, on top of the total

    @property
    def hold_reason(self) -> str | None:
        """Why the invoice is held, the lines' reasons in one sentence; None when it is not."""
        return "; ".join(reason for _, reason in self.held) or None

    @property
    def exists(self) -> bool:
        return self.status is not None


def evolve(state: SupplierInvoiceState, event: DomainEvent) -> SupplierInvoiceState:
    match event:
        case SupplierInvoiceRecorded():
            return SupplierInvoiceState(
                status=InvoiceStatus.RECORDED,
                supplier_id=event.supplier_id,
                purchase_order_id=event.purchase_order_id,
                invoice_number=event.invoice_number,
                currency=event.currency,
                invoice_date=event.invoice_date,
                due_date=event.due_date,
                total=event.total.amount,
                lines=tuple(
                    InvoiceLineState(
                        line_no=line.line_no,
                        sku=line.sku,
                        unit=line.unit,
                        quantity=line.quantity,
                        unit_price=line.unit_price.amount,
                    )
                    for line in event.lines
                ),
                taxes=tuple(event.taxes),
            )
        case SupplierInvoiceHeld():
            held = tuple((line.line_no, line.reason) for line in event.lines)
            return replace(state, status=InvoiceStatus.HELD, held=held)
        case SupplierInvoiceMatched():
            return replace(
                state, status=InvoiceStatus.MATCHED, held=(), overridden_by=event.overridden_by
            )
    return state
