"""For sales' integration tests: what crm and inventory would have published (a customer
with a credit limit, items and warehouses), published on their topics, and waiting until
sales' copies have them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.crm import Address, CreditLimitChanged, CustomerRegistered
from jxc.events.contracts.inventory import ItemRegistered, WarehouseRegistered
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish

SALES = bearer("wang.fang", ["sales"])
CREDIT = bearer("zhou.li", ["credit_controller"])
SHOP = Address(
    label="shop",
    street="88 Nanjing Road",
    city="Shanghai",
    country="CN",
    latitude=Decimal("31.2354"),
    longitude=Decimal("121.4737"),
)


async def publish_as(stack: Stack, context: str, stream: str, *events: DomainEvent) -> None:
    envelopes = [envelope_of(e, stream, version=i) for i, e in enumerate(events, start=1)]
    await publish(topic_of(context, stack.namespace), envelopes)


async def catalog(stack: Stack, skus: dict[str, str], warehouses: list[str]) -> None:
    """Items (sku -> unit) and warehouses registered, as inventory publishes them."""
    for sku, unit in skus.items():
        await publish_as(
            stack, "inventory", f"item-{sku}", ItemRegistered(sku=sku, name=sku, unit=unit)
        )
    for code in warehouses:
        await publish_as(
            stack,
            "inventory",
            f"warehouse-{code}",
            WarehouseRegistered(warehouse=code, name=code),
        )


async def customer(stack: Stack, code: str, limit: str, currency: str = "CNY") -> UUID:
    """A customer registered in crm with `limit` of credit."""
    customer_id = uuid4()
    registered = CustomerRegistered(
        customer_id=customer_id,
        code=code,
        name=f"Customer {code}",
        customer_group="retail",
        currency=currency,
        addresses=[SHOP],
    )
    limited = CreditLimitChanged(
        customer_id=customer_id,
        credit_limit=Money(amount=Decimal(limit), currency=currency),
        previous_limit=Money(amount=Decimal(0), currency=currency),
        changed_by="zhou.li",
        reason="opening",
    )
    await publish_as(stack, "crm", f"customer-{customer_id}", registered, limited)
    return customer_id


async def known_to_sales(
    client: httpx.AsyncClient, sales: str, customers: list[tuple[UUID, str]], skus: list[str]
) -> None:
    """Wait until sales' copies have the customers (with their limits) and the items."""

    async def seen() -> bool:
        for customer_id, limit in customers:
            got = await client.get(f"{sales}/customers/{customer_id}", headers=SALES)
            if got.status_code != 200:
                return False
            if Decimal(got.json()["credit_limit"]["amount"]) != Decimal(limit):
                return False
        for sku in skus:
            if (await client.get(f"{sales}/catalog/items/{sku}", headers=SALES)).status_code != 200:
                return False
        return True

    await eventually(seen)


async def order_in(
    client: httpx.AsyncClient, sales: str, order_id: str, status: str
) -> dict[str, Any]:
    async def reached() -> dict[str, Any] | None:
        got = await client.get(f"{sales}/orders/{order_id}", headers=SALES)
        assert got.status_code == 200, got.text
        body: dict[str, Any] = got.json()
        return body if body["status"] == status else None

    found: dict[str, Any] = await eventually(reached)
    return found
