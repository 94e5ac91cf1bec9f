"""What may be asked of a customer."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from jxc.events.base import Money


@dataclass(frozen=True, slots=True)
class ContactDetails:
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class AddressDetails:
    label: str
    street: str
    city: str
    country: str
    latitude: Decimal
    longitude: Decimal
    postal_code: str | None = None


@dataclass(frozen=True, slots=True)
class RegisterCustomer:
    customer_id: UUID
    code: str
    name: str
    customer_group: str
    currency: str
    tags: tuple[str, ...] = ()
    sales_owner: str | None = None
    contacts: tuple[ContactDetails, ...] = ()
    addresses: tuple[AddressDetails, ...] = ()


@dataclass(frozen=True, slots=True)
class UpdateCustomer:
    """Change what is given; None leaves it as it is. Tags, contacts and addresses given
    replace the customer's whole list; an empty sales owner removes it. Code and currency
    never change: orders and invoices refer to them."""

    customer_id: UUID
    name: str | None = None
    customer_group: str | None = None
    tags: tuple[str, ...] | None = None
    sales_owner: str | None = None
    contacts: tuple[ContactDetails, ...] | None = None
    addresses: tuple[AddressDetails, ...] | None = None


@dataclass(frozen=True, slots=True)
class ChangeCreditLimit:
    customer_id: UUID
    credit_limit: Money
    changed_by: str
    reason: str


CustomerCommand = RegisterCustomer | UpdateCustomer | ChangeCreditLimit
