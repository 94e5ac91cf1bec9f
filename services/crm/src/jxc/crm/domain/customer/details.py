"""Registering a customer and changing its profile."""

from __future__ import annotations

from uuid import UUID

from jxc.crm.domain.customer import profile
from jxc.crm.domain.customer.commands import RegisterCustomer, UpdateCustomer
from jxc.crm.domain.customer.state import CustomerState
from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import CustomerRegistered, CustomerUpdated
from jxc.platform.decider import NotFound, StateConflict
from jxc.platform.value_checks import check_code, check_currency


def register(command: RegisterCustomer, state: CustomerState) -> list[DomainEvent]:
    if state.exists:
        raise StateConflict(
            f"customer {command.customer_id} is already registered (as {state.code}, {state.name})",
            fields=("customer_id",),
        )
    return [
        CustomerRegistered(
            customer_id=command.customer_id,
            code=check_code(command.code, "code", "customer code"),
            name=profile.name(command.name),
            customer_group=profile.group(command.customer_group),
            tags=list(profile.tags(command.tags)),
            sales_owner=profile.owner(command.sales_owner),
            currency=check_currency(command.currency, "currency"),
            contacts=list(profile.contacts(command.contacts)),
            addresses=list(profile.addresses(command.addresses)),
        )
    ]


def update(command: UpdateCustomer, state: CustomerState) -> list[DomainEvent]:
    existing(state, command.customer_id)
    c = command
    now = (
        state.name if c.name is None else profile.name(c.name),
        state.customer_group if c.customer_group is None else profile.group(c.customer_group),
        state.tags if c.tags is None else profile.tags(c.tags),
        state.sales_owner if c.sales_owner is None else profile.owner(c.sales_owner),
        state.contacts if c.contacts is None else profile.contacts(c.contacts),
        state.addresses if c.addresses is None else profile.addresses(c.addresses),
    )
    before = (
        state.name,
        state.customer_group,
        state.tags,
        state.sales_owner,
        state.contacts,
        state.addresses,
    )
    if now == before:
        return []  # nothing changes: nothing to record
    name, group, tags, owner, contacts, addresses = now
    return [
        CustomerUpdated(
            customer_id=c.customer_id,
            name=name,
            customer_group=group,
            tags=list(tags),
            sales_owner=owner,
            contacts=list(contacts),
            addresses=list(addresses),
        )
    ]


def existing(state: CustomerState, customer: UUID) -> None:
    if not state.exists:
        raise NotFound(f"there is no customer {customer}", fields=("customer_id",))
