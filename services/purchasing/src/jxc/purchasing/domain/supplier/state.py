"""A supplier's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import (
    SupplierBlocked,
    SupplierRegistered,
    SupplierUnblocked,
    SupplierUpdated,
)


@dataclass(frozen=True, slots=True)
class SupplierState:
    exists: bool = False
    code: str = ""
    name: str = ""
    currency: str = ""
    payment_terms_days: int = 30
    email: str | None = None
    blocked: bool = False
    blocked_reason: str | None = None


def evolve(state: SupplierState, event: DomainEvent) -> SupplierState:
    match event:
        case SupplierRegistered():
            return SupplierState(
                exists=True,
                code=event.code,
                name=event.name,
                currency=event.currency,
                payment_terms_days=event.payment_terms_days,
                email=event.email,
            )
        case SupplierUpdated():
            return replace(
                state,
                name=event.name,
                payment_terms_days=event.payment_terms_days,
                email=event.email,
            )
        case SupplierBlocked():
            return replace(state, blocked=True, blocked_reason=event.reason)
        case SupplierUnblocked():
            return replace(state, blocked=False, blocked_reason=None)
    return state
