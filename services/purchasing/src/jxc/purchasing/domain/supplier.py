"""Supplier: the party purchase orders are placed with. Pure: no I/O, no clock, no ids made here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import SupplierRegistered
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.purchasing.domain._checks import check_currency, check_text

# --- commands ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegisterSupplier:
    supplier_id: UUID
    code: str
    name: str
    currency: str
    payment_terms_days: int = 30
    email: str | None = None


SupplierCommand = RegisterSupplier


# --- state -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SupplierState:
    exists: bool = False
    code: str = ""
    name: str = ""
    currency: str = ""
    blocked: bool = False


# --- decide ------------------------------------------------------------------------------


def decide(command: SupplierCommand, state: SupplierState) -> Sequence[DomainEvent]:
    return _register(command, state)


def _register(command: RegisterSupplier, state: SupplierState) -> list[DomainEvent]:
    if state.exists:
        raise StateConflict(
            f"supplier {command.supplier_id} is already registered (as {state.code}, {state.name})",
            fields=("supplier_id",),
        )
    code = check_text(command.code, "code", "supplier code")
    name = check_text(command.name, "name", "supplier name", max_length=200)
    currency = check_currency(command.currency, "currency")
    if command.payment_terms_days < 0:
        raise DomainError(
            f"payment terms must be 0 days or more, not {command.payment_terms_days}",
            fields=("payment_terms_days",),
        )
    email = command.email.strip() if command.email is not None else None
    if email == "":
        email = None
    if email is not None and "@" not in email:
        raise DomainError(f"{email!r} is not an email address", fields=("email",))
    return [
        SupplierRegistered(
            supplier_id=command.supplier_id,
            code=code,
            name=name,
            currency=currency,
            payment_terms_days=command.payment_terms_days,
            email=email,
        )
    ]


# --- evolve ------------------------------------------------------------------------------


def evolve(state: SupplierState, event: DomainEvent) -> SupplierState:
    if isinstance(event, SupplierRegistered):
        return SupplierState(exists=True, code=event.code, name=event.name, currency=event.currency)
    return state


supplier_decider: Decider[SupplierCommand, SupplierState] = Decider(
    stream_prefix="supplier",
    initial_state=SupplierState(),
    decide=decide,
    evolve=evolve,
    state_type=SupplierState,
)
