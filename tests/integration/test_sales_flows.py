"""Issue 8's sales flows end to end through the REAL sales and inventory services (Kafka and
PostgreSQL real too): (a) a quotation accepted and converted into an order that inventory
reserves, shipped in two parts from two warehouses, each part invoiced (sales.InvoiceIssued),
the order shown shipped; (b) three orders for one SKU backordered by inventory, then filled by
two receipts strictly in placement order, as sales' order book shows."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.cloudevents import from_kafka
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, read_all, receipt
from tests.integration.registering import register
from tests.integration.sales_kit import (
    SALES,
    customer,
    invoices_of,
    known_to_sales,
    ok,
    order_in,
    own_fleet,
    recorded,
    ship,
)

D = Decimal
ADMIN = bearer()


async def stocked(
    client: httpx.AsyncClient, stack: Stack, inventory: str, lines: list[tuple[str, str, D]]
) -> None:
    """Goods received (as purchasing publishes them), once inventory has booked them."""
    received = envelope_of(receipt(lines), f"purchase-order-{uuid4()}")
    await publish(topic_of("purchasing", stack.namespace), [received])
    for sku, warehouse, _ in lines:
        booked = await client.get(
            f"{inventory}/stock/{sku}/{warehouse}",
            params={"wait_for_event": str(received.event_id), "wait_seconds": 30},
            headers=ADMIN,
        )
        assert booked.status_code == 200, booked.text


def quantities(level: dict[str, Any]) -> tuple[D, D, D]:
    """Reserved, available and backordered of a stock level."""
    return D(level["reserved"]), D(level["available"]), D(level["backordered"])


async def test_a_quotation_becomes_an_order_shipped_from_two_warehouses_and_invoiced_twice(
    stack: Stack,
) -> None:
    _, inventory = stack.serve("inventory")
    _, sales = stack.serve("sales")
    tag = uuid4().hex[:6]
    tea, pot = f"TEA-{tag}", f"POT-{tag}"
    async with httpx.AsyncClient(headers=ADMIN, timeout=30) as client:
        await register(client, inventory, [tea, pot], ["WH-A", "WH-B"])
        await stocked(client, stack, inventory, [(tea, "WH-A", D(50)), (pot, "WH-B", D(5))])
    hx = await customer(stack, f"HX-{tag}", "100000")
    today = datetime.now(UTC).date()
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "100000")], [tea, pot])
        quote = await ok(
            await client.post(
                f"{sales}/quotations",
                json={
                    "customer_id": str(hx),
                    "lines": [
                        {"sku": tea, "warehouse": "WH-A", "quantity": "10", "unit_price": "12"},
                        {"sku": pot, "warehouse": "WH-B", "quantity": "2", "unit_price": "40"},
                    ],
                    "valid_until": str(today + timedelta(days=7)),
                },
            ),
            201,
        )
        quotation = f"{sales}/quotations/{quote['id']}"
        await ok(await client.post(f"{quotation}/accept"))
        await ok(await client.post(f"{quotation}/convert", json={"ship_to": "shop"}))
        order_id = (await ok(await client.get(quotation)))["order_id"]

        # inventory reserves both lines from sales.OrderPlaced; the order follows
        view = await order_in(client, sales, order_id, "reserved")
        assert [(x["sku"], x["status"]) for x in view["lines"]] == [
            (tea, "reserved"),
            (pot, "reserved"),
        ]
        assert view["quotation_id"] == quote["id"]

        async def ready_to_ship() -> bool:
            got = await client.get(f"{sales}/shipping-orders/{order_id}")
            if got.status_code != 200:
                return False
            body = got.json()
            lines = body["lines"]
            return bool(body["destination"]) and all(
                D(x["reserved"]) == D(x["quantity"]) for x in lines
            )

        await eventually(ready_to_ship)
        fleet = await own_fleet(client, sales, tag)
        part_a = await ship(client, sales, "WH-A", order_id, fleet)
        await order_in(client, sales, order_id, "partially_shipped")
        part_b = await ship(client, sales, "WH-B", order_id, fleet)
        shipped = await order_in(client, sales, order_id, "shipped")
        assert [D(x["shipped"]) for x in shipped["lines"]] == [10, 2]

        # one invoice per shipment, VAT 13 % (no category rate)
        listed = await invoices_of(client, sales, order_id, 2)
        by_shipment = {row["shipment_id"]: row for row in listed}
        assert set(by_shipment) == {part_a, part_b}
        assert [
            (
                by_shipment[s]["net_total"],
                by_shipment[s]["tax_total"],
                by_shipment[s]["gross_total"],
            )
            for s in (part_a, part_b)
        ] == [("120.00", "15.60", "135.60"), ("80.00", "10.40", "90.40")]

        # inventory really issued what left each warehouse
        async def issued() -> bool:
            levels = [
                (await client.get(f"{inventory}/stock/{sku}/{wh}", headers=ADMIN)).json()
                for sku, wh in ((tea, "WH-A"), (pot, "WH-B"))
            ]
            return [(D(x["on_hand"]), D(x["reserved"])) for x in levels] == [
                (D(40), D(0)),
                (D(3), D(0)),
            ]

        await eventually(issued)

    async def invoices_published() -> list[dict[str, Any]] | None:
        records = await read_all(topic_of("sales", stack.namespace), expect=10_000, timeout=3)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        issued = [
            json.loads(e.payload)
            for e in found
            if e.event_type == "sales.InvoiceIssued"
            and json.loads(e.payload)["order_id"] == order_id
        ]
        return issued if len(issued) >= 2 else None

    published = await eventually(invoices_published, timeout=60)
    assert sorted(e["shipment_id"] for e in published) == sorted([part_a, part_b])
    assert sorted(D(e["gross_total"]) for e in published) == [D("90.40"), D("135.60")]


async def test_three_backordered_orders_are_filled_in_placement_order(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    _, sales = stack.serve("sales")
    tag = uuid4().hex[:6]
    rice = f"RICE-{tag}"
    async with httpx.AsyncClient(headers=ADMIN, timeout=30) as client:
        await register(client, inventory, [rice], ["WH-A"])
    hx = await customer(stack, f"HX-{tag}", "100000")
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "100000")], [rice])
        orders: list[str] = []
        # 4, 5 and 2 wanted with nothing in stock: each waits, in the order placed (each one
        # is placed once inventory has queued the one before)
        for position, quantity in enumerate(("4", "5", "2"), start=1):
            line = {"sku": rice, "warehouse": "WH-A", "quantity": quantity, "unit_price": "3"}
            made = await ok(
                await client.post(
                    f"{sales}/orders", json={"customer_id": str(hx), "lines": [line]}
                ),
                201,
            )
            orders.append(made["id"])
            view = await order_in(client, sales, made["id"], "partly_backordered")
            assert (view["lines"][0]["status"], view["lines"][0]["backorder_position"]) == (
                "backordered",
                position,
            )
        waiting = await ok(await client.get(f"{sales}/backorders", params={"sku": rice}))
        assert [(x["order_id"], x["position"]) for x in waiting["items"]] == [
            (orders[0], 1),
            (orders[1], 2),
            (orders[2], 3),
        ]

        # 6 arrive: the first order (4) is reserved; 2 are left, which the third order (2)
        # could take, but the second (5) is ahead of it: nobody overtakes
        await stocked(client, stack, inventory, [(rice, "WH-A", D(6))])
        await order_in(client, sales, orders[0], "reserved")
        level = await ok(await client.get(f"{inventory}/stock/{rice}/WH-A", headers=ADMIN))
        assert quantities(level) == (D(4), D(2), D(7))
        for later in orders[1:]:
            view = await ok(await client.get(f"{sales}/orders/{later}"))
            assert view["status"] == "partly_backordered"

        # 5 more: 7 available, the second (5) then the third (2)
        await stocked(client, stack, inventory, [(rice, "WH-A", D(5))])
        for order_id in orders[1:]:
            await order_in(client, sales, order_id, "reserved")
        book = await ok(await client.get(f"{sales}/orders", params={"sku": rice}))
        assert [(x["order_id"], x["status"]) for x in book["items"]] == [
            (o, "reserved") for o in orders
        ]
        left = await ok(await client.get(f"{sales}/backorders", params={"sku": rice}))
        assert left["items"] == []
        level = await ok(await client.get(f"{inventory}/stock/{rice}/WH-A", headers=ADMIN))
        assert quantities(level) == (D(11), D(0), D(0))

    # sales recorded the reservations in placement order, each from the backorder queue
    reserved = await recorded(stack, "sales", "sales.OrderLineReserved")
    assert [(r["order_id"], r["from_backorder"]) for r in reserved] == [(o, True) for o in orders]
