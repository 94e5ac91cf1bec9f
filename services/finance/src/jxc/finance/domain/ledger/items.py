"""What the documents of sales and purchasing open or settle: a sales invoice is a receivable
of its customer (gross, due on its due date), a credit note credits the invoice it names (or,
naming none, is a credit of the customer's), a matched supplier invoice a payable (its total
with VAT)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import SupplierInvoiceMatched
from jxc.events.contracts.sales import CreditNoteIssued, InvoiceIssued


@dataclass
class ItemChanges:
    opened: list[dict[str, Any]] = field(default_factory=list)
    credited: list[tuple[UUID, Decimal]] = field(default_factory=list)
    customers: set[UUID] = field(default_factory=set)

    def add(self, event: DomainEvent, occurred_on: Any) -> None:
        match event:
            case InvoiceIssued():
                self.opened.append(
                    _item(
                        event.invoice_id,
                        "receivable",
                        event.customer_id,
                        event.invoice_no,
                        event.issued_on,
                        event.due_on,
                        event.currency,
                        event.gross_total,
                    )
                )
                self.customers.add(event.customer_id)
            case CreditNoteIssued():
                if event.invoice_id is not None:
                    self.credited.append((event.invoice_id, event.gross_total))
                else:
                    self.opened.append(
                        _item(
                            event.credit_note_id,
                            "receivable",
                            event.customer_id,
                            event.credit_note_no,
                            event.issued_on,
                            event.issued_on,
                            event.currency,
                            -event.gross_total,
                        )
                    )
                self.customers.add(event.customer_id)
            case SupplierInvoiceMatched():
                tax = sum((t.tax_amount for t in event.taxes), Decimal(0))
                self.opened.append(
                    _item(
                        event.invoice_id,
                        "payable",
                        event.supplier_id,
                        event.invoice_number,
                        occurred_on,
                        event.due_date,
                        event.total.currency,
                        event.total.amount + tax,
                    )
                )


def _item(
    document_id: UUID,
    kind: str,
    party: UUID,
    number: str,
    issued_on: Any,
    due_on: Any,
    currency: str,
    amount: Decimal,
) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "kind": kind,
        "party_id": party,
        "document_no": number,
        "issued_on": issued_on,
        "due_on": due_on,
        "currency": currency,
        "amount": amount,
        "credited": Decimal(0),
        "allocated": Decimal(0),
    }
