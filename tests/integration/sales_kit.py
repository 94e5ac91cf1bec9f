"""For sales' integration tests: what crm and inventory would have published (a customer
with a credit limit, items and warehouses), published on their topics, and waiting until
sales' copies have them; and the logistics steps a test goes through (our own fleet as a
carrier, a shipment picked, packed and dispatched, the invoices that follow)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx
import psycopg

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.crm import Address, CreditLimitChanged, CustomerRegistered
from jxc.events.contracts.inventory import ItemRegistered, WarehouseRegistered
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish

SALES = bearer("wang.fang", ["sales"])
CREDIT = bearer("zhou.li", ["credit_controller"])
YARD = bearer("sun.r", ["warehouse"], ["WH-A", "WH-B"])
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


async def ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    """The answer's body, once it is the status expected."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


async def own_fleet(
    client: httpx.AsyncClient, sales: str, code: str, headers: dict[str, str] = SALES
) -> str:
    """Our own vehicles as a carrier (service VAN, no rate card): its id."""
    made = await ok(
        await client.post(
            f"{sales}/carriers",
            json={
                "code": f"OWN-{code}",
                "name": "Our fleet",
                "currency": "CNY",
                "own_fleet": True,
                "services": [{"code": "VAN", "name": "Van"}],
            },
            headers=headers,
        ),
        201,
    )
    return str(made["id"])


async def ship(
    client: httpx.AsyncClient,
    sales: str,
    warehouse: str,
    order_id: UUID | str,
    carrier: str,
    lines: list[dict[str, Any]] | None = None,
    headers: dict[str, str] = YARD,
    parcel: tuple[str, str] = ("2", "0.1"),
) -> str:
    """A shipment of the order from `warehouse` (its `lines`, or all it holds reserved there)
    picked, packed in one `parcel` (kg, m³) and dispatched with `carrier`'s VAN: its id."""
    body: dict[str, Any] = {"order_id": str(order_id)}
    if lines is not None:
        body["lines"] = lines
    made = await ok(
        await client.post(f"{sales}/warehouses/{warehouse}/shipments", json=body, headers=headers),
        201,
    )
    shipment = str(made["id"])
    await ok(await client.post(f"{sales}/shipments/{shipment}/pick", headers=headers))
    await ok(
        await client.post(
            f"{sales}/shipments/{shipment}/pack",
            json={"parcels": [{"weight_kg": parcel[0], "volume_m3": parcel[1]}]},
            headers=headers,
        )
    )
    await ok(
        await client.post(
            f"{sales}/shipments/{shipment}/dispatch",
            json={"carrier_id": carrier, "service": "VAN"},
            headers=headers,
        )
    )
    return shipment


async def invoices_of(
    client: httpx.AsyncClient, sales: str, order_id: UUID | str, count: int
) -> list[Any]:
    """The order's invoices, once there are `count` of them."""

    async def listed() -> list[Any] | None:
        found = await ok(
            await client.get(f"{sales}/invoices", params={"order_id": str(order_id)}, headers=SALES)
        )
        return found["items"] if len(found["items"]) >= count else None

    items: list[Any] = await eventually(listed)
    return items


async def recorded(stack: Stack, service: str, event_type: str) -> list[dict[str, Any]]:
    """The payloads (with the actor) of the `event_type` events `service` recorded, in the
    order its event store recorded them."""
    async with await psycopg.AsyncConnection.connect(stack.database(service)) as conn:
        cur = await conn.execute(
            "SELECT payload, actor FROM events WHERE event_type = %s ORDER BY global_position",
            (event_type,),
        )
        return [{**payload, "actor": actor} for payload, actor in await cur.fetchall()]
