"""A customer's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import (
    Address,
    Contact,
    CreditLimitChanged,
    CustomerRegistered,
    CustomerUpdated,
)


@dataclass(frozen=True, slots=True)
class CustomerState:
    exists: bool = False
    code: str = ""
    name: str = ""
    customer_group: str = ""
    tags: tuple[str, ...] = ()
    sales_owner: str | None = None
    currency: str = ""
    contacts: tuple[Contact, ...] = ()
    addresses: tuple[Address, ...] = ()
    credit_limit: Decimal = Decimal(0)  # in `currency`


def evolve(state: CustomerState, event: DomainEvent) -> CustomerState:
    match event:
        case CustomerRegistered():
            return CustomerState(
                exists=True,
                code=event.code,
                name=event.name,
                customer_group=event.customer_group,
                tags=tuple(event.tags),
                sales_owner=event.sales_owner,
                currency=event.currency,
                contacts=tuple(event.contacts),
                addresses=tuple(event.addresses),
            )
        case CustomerUpdated():
            return replace(
                state,
                name=event.name,
                customer_group=event.customer_group,
                tags=tuple(event.tags),
                sales_owner=event.sales_owner,
                contacts=tuple(event.contacts),
                addresses=tuple(event.addresses),
            )
        case CreditLimitChanged():
            return replace(state, credit_limit=event.credit_limit.amount)
    return state
