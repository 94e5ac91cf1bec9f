"""Registering a supplier and changing its details."""

from __future__ import annotations

from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import SupplierRegistered, SupplierUpdated
from jxc.events.limits import MAX_CODE, MAX_NAME
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_currency, check_text
from jxc.purchasing.domain.supplier.commands import RegisterSupplier, UpdateSupplier
from jxc.purchasing.domain.supplier.state import SupplierState


def register(command: RegisterSupplier, state: SupplierState) -> list[DomainEvent]:
    if state.exists:
        raise StateConflict(
            f"supplier {command.supplier_id} is already registered (as {state.code}, {state.name})",
            fields=("supplier_id",),
        )
    return [
        SupplierRegistered(
            supplier_id=command.supplier_id,
            code=check_text(command.code, "code", "supplier code", max_length=MAX_CODE),
            name=_name(command.name),
            currency=check_currency(command.currency, "currency"),
            payment_terms_days=_terms(command.payment_terms_days),
            email=_email(command.email),
        )
    ]


def update(command: UpdateSupplier, state: SupplierState) -> list[DomainEvent]:
    supplier = command.supplier_id
    existing(state, supplier)
    name = state.name if command.name is None else _name(command.name)
    terms = (
        state.payment_terms_days
        if command.payment_terms_days is None
        else _terms(command.payment_terms_days)
    )
    email = state.email if command.email is None else _email(command.email)
    if (name, terms, email) == (state.name, state.payment_terms_days, state.email):
        return []  # nothing changes: nothing to record
    return [SupplierUpdated(supplier_id=supplier, name=name, payment_terms_days=terms, email=email)]


def existing(state: SupplierState, supplier: UUID) -> None:
    if not state.exists:
        raise NotFound(f"there is no supplier {supplier}", fields=("supplier_id",))


def _name(value: str) -> str:
    return check_text(value, "name", "supplier name", max_length=MAX_NAME)


def _terms(days: int) -> int:
    if not 0 <= days <= 365:
        raise DomainError(
            f"payment terms must be 0 to 365 days, not {days}", fields=("payment_terms_days",)
        )
    return days


def _email(value: str | None) -> str | None:
    email = (value or "").strip() or None
    if email is not None and "@" not in email:
        raise DomainError(f"{email!r} is not an email address", fields=("email",))
    return email
