"""Customers over HTTP: register and update (role crm), change the credit limit (role
credit_controller: it decides how much a customer may owe, as it releases orders held on
credit); the customer, and the list with filters and keyset paging."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.crm.adapters.customer_list import CUSTOMERS, Filters
from jxc.crm.api.common import READERS
from jxc.crm.app.customers import Customers
from jxc.crm.domain.customer import (
    AddressDetails,
    ChangeCreditLimit,
    ContactDetails,
    CustomerCommand,
    CustomerState,
    RegisterCustomer,
    UpdateCustomer,
)
from jxc.events import limits
from jxc.events.base import Money
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import MAX_CURSOR, SortOrder

Text = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
OptionalText = Annotated[limits.Text, Field(max_length=limits.MAX_NAME)]
Reason = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_REASON)]
Code = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_CODE)]
Currency = Annotated[limits.Currency, Field(description="ISO 4217, e.g. CNY")]
Tags = Annotated[list[Code], Field(max_length=50)]
Latitude = Annotated[Decimal, Field(ge=-90, le=90, allow_inf_nan=False, description="degrees")]
Longitude = Annotated[Decimal, Field(ge=-180, le=180, allow_inf_nan=False, description="degrees")]
MAX_PAGE = 200


class ContactBody(Body):
    name: Text
    role: OptionalText | None = None
    email: OptionalText | None = None
    phone: Annotated[limits.Text, Field(max_length=limits.MAX_CODE)] | None = None

    def details(self) -> ContactDetails:
        return ContactDetails(self.name, self.role, self.email, self.phone)


class AddressBody(Body):
    label: Code
    street: Text
    city: Text
    postal_code: Annotated[limits.Text, Field(max_length=limits.MAX_CODE)] | None = None
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166, e.g. CN")]
    latitude: Latitude
    longitude: Longitude

    def details(self) -> AddressDetails:
        return AddressDetails(
            self.label,
            self.street,
            self.city,
            self.country,
            self.latitude,
            self.longitude,
            self.postal_code,
        )


Contacts = Annotated[list[ContactBody], Field(max_length=50)]
Addresses = Annotated[list[AddressBody], Field(max_length=50)]


class RegisterCustomerBody(Body):
    customer_id: UUID | None = None
    code: Code
    name: Text
    customer_group: Code
    currency: Currency
    tags: Tags = Field(default_factory=list)
    sales_owner: OptionalText | None = None
    contacts: Contacts = Field(default_factory=list)
    addresses: Addresses = Field(default_factory=list)


class UpdateCustomerBody(Body):
    """Only what is sent changes; tags, contacts and addresses sent replace the whole list;
    an empty sales owner removes it."""

    name: Text | None = None
    customer_group: Code | None = None
    tags: Tags | None = None
    sales_owner: OptionalText | None = None
    contacts: Contacts | None = None
    addresses: Addresses | None = None


class CreditLimitBody(Body):
    amount: limits.NonNegativeAmount
    currency: Currency
    reason: Reason


def customers_router(customers: Customers) -> CommandRouter:
    router = CommandRouter(tags=["customers"], readers=READERS)

    async def run(command: CustomerCommand, name: str, cmd: CommandRequest) -> dict[str, Any]:
        return cmd.answer(await customers.handle(command, cmd.meta, name, **cmd.idempotency))

    @router.command("/customers", role=Role.CRM, status_code=201)
    async def register_customer(body: RegisterCustomerBody, cmd: Command) -> dict[str, Any]:
        command = RegisterCustomer(
            customer_id=body.customer_id or uuid7(),
            code=body.code,
            name=body.name,
            customer_group=body.customer_group,
            currency=body.currency,
            tags=tuple(body.tags),
            sales_owner=body.sales_owner,
            contacts=tuple(c.details() for c in body.contacts),
            addresses=tuple(a.details() for a in body.addresses),
        )
        return await run(command, "register-customer", cmd)

    @router.command("/customers/{customer_id}/update", role=Role.CRM)
    async def update_customer(
        customer_id: UUID, body: UpdateCustomerBody, cmd: Command
    ) -> dict[str, Any]:
        command = UpdateCustomer(
            customer_id,
            name=body.name,
            customer_group=body.customer_group,
            tags=None if body.tags is None else tuple(body.tags),
            sales_owner=body.sales_owner,
            contacts=None if body.contacts is None else tuple(c.details() for c in body.contacts),
            addresses=(
                None if body.addresses is None else tuple(a.details() for a in body.addresses)
            ),
        )
        return await run(command, "update-customer", cmd)

    @router.command("/customers/{customer_id}/credit-limit", role=Role.CREDIT_CONTROLLER)
    async def change_credit_limit(
        customer_id: UUID, body: CreditLimitBody, cmd: Command
    ) -> dict[str, Any]:
        limit = Money(amount=body.amount, currency=body.currency)
        command = ChangeCreditLimit(customer_id, limit, cmd.user.name, body.reason)
        return await run(command, "change-credit-limit", cmd)

    @router.get("/customers/{customer_id}")
    async def get_customer(customer_id: UUID) -> dict[str, Any]:
        state, version = await customers.get(customer_id)
        return {"customer_id": customer_id, "version": version, **_profile(state)}

    @router.get("/customers")
    async def list_customers(
        group: Annotated[Code | None, Query(description="customer group")] = None,
        tag: Annotated[Code | None, Query(description="customers with this tag")] = None,
        owner: Annotated[OptionalText | None, Query(description="sales owner")] = None,
        q: Annotated[
            OptionalText | None, Query(description="in the name or code, any case")
        ] = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description="the `next` of the page before: codes after it (with `sort` or "
                "`order`: a cursor of that sort)",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        sort: Annotated[str | None, CUSTOMERS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """Customers by code; with `sort` (and `order`) in the order asked, the `next` of each
        page then a cursor of that sort to pass back as `after` with it."""
        if sort is not None or order is not None:
            filters = Filters(group=group, tag=tag, owner=owner, text=q or None)
            found, cursor = await customers.sorted_page(filters, sort, order, after, limit)
            return {"items": [_listed(row) for row in found], "next": cursor}
        # One more than asked tells whether another page follows.
        rows = await customers.search(
            after, limit + 1, group=group, tag=tag, owner=owner, text=q or None
        )
        page = rows[:limit]
        more = len(rows) > limit
        return {
            "items": [_listed(row) for row in page],
            "next": page[-1]["code"] if more else None,
        }

    return router


def _profile(state: CustomerState) -> dict[str, Any]:
    return {
        "code": state.code,
        "name": state.name,
        "customer_group": state.customer_group,
        "tags": list(state.tags),
        "sales_owner": state.sales_owner,
        "currency": state.currency,
        "credit_limit": {"amount": str(state.credit_limit), "currency": state.currency},
        "contacts": [c.model_dump(mode="json") for c in state.contacts],
        "addresses": [a.model_dump(mode="json") for a in state.addresses],
    }


def _listed(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "customer_id": row["customer_id"],
        "code": row["code"],
        "name": row["name"],
        "customer_group": row["customer_group"],
        "tags": row["tags"],
        "sales_owner": row["sales_owner"],
        "credit_limit": {"amount": str(row["credit_limit"]), "currency": row["currency"]},
        "version": row["version"],
    }
