"""What may be asked of a supplier."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True, slots=True)
class RegisterSupplier:
    supplier_id: UUID
    code: str
    name: str
    currency: str
    payment_terms_days: int = 30
    email: str | None = None


@dataclass(frozen=True, slots=True)
class UpdateSupplier:
    """Change the details given; None leaves one as it is, an empty email removes it.
    Code and currency never change: orders and invoices refer to them."""

    supplier_id: UUID
    name: str | None = None
    payment_terms_days: int | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class BlockSupplier:
    supplier_id: UUID
    blocked_by: str
    reason: str


@dataclass(frozen=True, slots=True)
class UnblockSupplier:
    supplier_id: UUID
    unblocked_by: str
    reason: str


SupplierCommand = RegisterSupplier | UpdateSupplier | BlockSupplier | UnblockSupplier
