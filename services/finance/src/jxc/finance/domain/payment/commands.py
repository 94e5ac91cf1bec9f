"""Recording a payment to a supplier or a receipt from a customer (role accountant)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID


@dataclass(frozen=True, slots=True)
class OpenItem:
    """An invoice as the ledger knows it: whose, which kind, and what of it is still open."""

    party_id: UUID
    kind: str  # receivable or payable
    document_no: str
    open_amount: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class RecordPayment:
    """Cash `incoming` from a customer or `outgoing` to a supplier through `cash_account`,
    settling the invoices of `allocations` (invoice id, amount); the rest stays unallocated.
    `open_items` and `cash_accounts` are what the ledger knows when it is recorded."""

    payment_id: UUID
    direction: str
    party_id: UUID
    amount: Decimal
    currency: str
    paid_on: date
    cash_account: str
    allocations: tuple[tuple[UUID, Decimal], ...] = ()
    reference: str | None = None
    open_items: Mapping[UUID, OpenItem] = field(default_factory=dict)
    cash_accounts: frozenset[str] = frozenset()


PaymentCommand = RecordPayment
