"""Events published by crm on jxc.crm.events: customers, so that sales keeps its own copy of
each customer's profile and credit limit."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import Code, Currency, DomainEvent, Money
from jxc.events.contracts.registry import registry
from jxc.events.limits import Name, Text

Latitude = Annotated[Decimal, Field(allow_inf_nan=False, ge=-90, le=90, decimal_places=7)]
Longitude = Annotated[Decimal, Field(allow_inf_nan=False, ge=-180, le=180, decimal_places=7)]


class Contact(BaseModel):
    """A person at the customer: at least a name; email and phone where known."""

    model_config = ConfigDict(frozen=True)

    name: Name
    role: Text | None = None
    email: Text | None = None
    phone: Text | None = None


class Address(BaseModel):
    """Where goods go (or invoices): `label` names it within the customer (e.g. "main
    warehouse"); the coordinates (WGS 84, decimal degrees) place it for delivery runs."""

    model_config = ConfigDict(frozen=True)

    label: Code
    street: Name
    city: Name
    postal_code: Text | None = None
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    latitude: Latitude
    longitude: Longitude


@registry.register
class CustomerRegistered(DomainEvent):
    """A new customer. Its credit limit starts at zero in its currency (CreditLimitChanged
    raises it)."""

    event_type = "crm.CustomerRegistered"

    customer_id: UUID
    code: Code
    name: Name
    customer_group: Code
    tags: list[Code] = Field(default_factory=list)
    sales_owner: Text | None = None
    currency: Currency
    contacts: list[Contact] = Field(default_factory=list)
    addresses: list[Address] = Field(default_factory=list)


@registry.register
class CustomerUpdated(DomainEvent):
    """The customer's changeable profile, all of it as it is now, contacts and addresses
    included (code and currency never change)."""

    event_type = "crm.CustomerUpdated"

    customer_id: UUID
    name: Name
    customer_group: Code
    tags: list[Code]
    sales_owner: Text | None = None
    contacts: list[Contact]
    addresses: list[Address]


@registry.register
class CreditLimitChanged(DomainEvent):
    """The most the customer may owe (open receivables and open orders), in its currency."""

    event_type = "crm.CreditLimitChanged"

    customer_id: UUID
    credit_limit: Money
    previous_limit: Money
    changed_by: Text
    reason: Text
