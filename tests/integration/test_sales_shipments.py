"""Issue 8, item 5: shipments with carriers. An order placed (as the orders code publishes
sales.OrderPlaced) with lines in two warehouses is reserved by the real inventory service;
each warehouse ships its part (pick → pack → dispatch with the freight from the carrier's
rate card), inventory really issues the stock from sales.OrderShipped, the carrier's tracking
updates are recorded once each, proof of delivery publishes sales.OrderDelivered (the second
one fully delivered), and on-time delivery is measured per carrier and warehouse."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.base import Money
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.inventory import StockReserved
from jxc.events.contracts.sales import OrderCancelled, OrderLine, OrderPlaced
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, read_all, receipt
from tests.integration.sales_kit import customer, ok

SALES = bearer("li.na", ["sales"])
PICKER_A = bearer("zhao.a", ["warehouse"], ["WH-A"])
PICKER_B = bearer("qian.b", ["warehouse"], ["WH-B"])
TODAY = datetime.now(UTC).date()


def placed(order_id: Any, customer_id: Any, skus: dict[str, str], promised_on: date) -> OrderPlaced:
    def line(no: int, sku: str, warehouse: str, quantity: str, price: str, net: str) -> OrderLine:
        return OrderLine(
            line_no=no,
            sku=sku,
            warehouse=warehouse,
            quantity=Decimal(quantity),
            unit="pcs",
            unit_price=Money(amount=Decimal(price), currency="CNY"),
            net_amount=Money(amount=Decimal(net), currency="CNY"),
        )

    return OrderPlaced(
        order_id=order_id,
        customer_id=customer_id,
        order_no="SO-1",
        currency="CNY",
        lines=[
            line(1, skus["tea"], "WH-A", "10", "12.00", "108.00"),
            line(2, skus["cup"], "WH-A", "3", "5.00", "15.00"),
            line(3, skus["pot"], "WH-B", "2", "40.00", "80.00"),
        ],
        total=Money(amount=Decimal("203.00"), currency="CNY"),
        ship_to="shop",
        promised_on=promised_on,
    )


def decoded(records: list[Any]) -> list[Any]:
    return [registry.decode(from_kafka(r.value, r.headers)) for r in records]


async def test_an_order_from_two_warehouses_ships_in_two_parts_and_is_delivered(
    stack: Stack,
) -> None:
    _, inventory = stack.serve("inventory")
    _, sales = stack.serve("sales")
    ns = stack.namespace
    tag = uuid4().hex[:6]
    skus = {"tea": f"TEA-{tag}", "cup": f"CUP-{tag}", "pot": f"POT-{tag}"}
    stock = receipt(
        [
            (skus["tea"], "WH-A", Decimal(100)),
            (skus["cup"], "WH-A", Decimal(50)),
            (skus["pot"], "WH-B", Decimal(5)),
        ]
    )
    received = envelope_of(stock, "purchase-order-1")
    await publish(topic_of("purchasing", ns), [received])

    order_id = uuid4()
    customer_id = await customer(stack, f"C-{tag}", "100000")

    async with httpx.AsyncClient(timeout=30) as client:
        for sku, wh in ((skus["tea"], "WH-A"), (skus["pot"], "WH-B")):
            await client.get(
                f"{inventory}/stock/{sku}/{wh}",
                params={"wait_for_event": str(received.event_id)},
                headers=bearer(),
            )
        order = envelope_of(
            placed(order_id, customer_id, skus, TODAY + timedelta(days=2)), f"order-{order_id}"
        )
        await publish(topic_of("sales", ns), [order])

        # What sales learnt: the order (own topic), the address (crm), the reservations
        # (inventory's StockReserved): all three lines reserved in full.
        async def reserved() -> dict[str, Any] | None:
            answer = await client.get(
                f"{sales}/shipping-orders/{order_id}",
                params={"wait_for_event": str(order.event_id)},
                headers=SALES,
            )
            body = await ok(answer)
            full = all(Decimal(x["reserved"]) == Decimal(x["quantity"]) for x in body["lines"])
            return body if full and body["destination"] else None

        view = await eventually(reserved)
        assert view["destination"]["city"] == "Shanghai"

        # A carrier with a rate card: Shanghai is LOCAL, 12 up to 2 kg, 20 up to 10 kg.
        carrier = await ok(
            await client.post(
                f"{sales}/carriers",
                json={
                    "code": f"SF-{tag}",
                    "name": "SF Express",
                    "currency": "CNY",
                    "services": [{"code": "STD", "name": "Standard"}],
                },
                headers=SALES,
            ),
            201,
        )
        carrier_id = carrier["id"]
        not_sales = await client.post(
            f"{sales}/carriers/{carrier_id}/services/STD/rate-card",
            json={"zones": []},
            headers=PICKER_A,
        )
        assert not_sales.status_code == 403
        await ok(
            await client.post(
                f"{sales}/carriers/{carrier_id}/services/STD/rate-card",
                json={
                    "zones": [
                        {
                            "zone": "LOCAL",
                            "destinations": ["Shanghai"],
                            "brackets": [
                                {"up_to_kg": "2", "price": "12"},
                                {"up_to_kg": "10", "price": "20"},
                            ],
                        },
                        {
                            "zone": "REST",
                            "destinations": ["*"],
                            "brackets": [{"up_to_kg": "30", "price": "45"}],
                        },
                    ]
                },
                headers=SALES,
            )
        )

        # Warehouse A ships its two lines; warehouse B may not touch A's shipment.
        elsewhere = await client.post(
            f"{sales}/warehouses/WH-A/shipments",
            json={"order_id": str(order_id)},
            headers=PICKER_B,
        )
        assert elsewhere.status_code == 403
        made = await ok(
            await client.post(
                f"{sales}/warehouses/WH-A/shipments",
                json={"order_id": str(order_id)},
                headers=PICKER_A,
            ),
            201,
        )
        part_a = made["id"]
        again = await client.post(
            f"{sales}/warehouses/WH-A/shipments",
            json={"order_id": str(order_id)},
            headers=PICKER_A,
        )
        assert again.status_code == 409, again.text  # everything reserved there is on part A
        pick_list = await ok(
            await client.get(f"{sales}/shipments/{part_a}/pick-list", headers=PICKER_A)
        )
        assert sorted((x["sku"], x["quantity"]) for x in pick_list["lines"]) == sorted(
            [(skus["tea"], "10"), (skus["cup"], "3")]
        )
        assert (
            await client.post(f"{sales}/shipments/{part_a}/pick", headers=PICKER_B)
        ).status_code == 403
        await ok(await client.post(f"{sales}/shipments/{part_a}/pick", headers=PICKER_A))
        await ok(
            await client.post(
                f"{sales}/shipments/{part_a}/pack",
                json={
                    "parcels": [
                        {"weight_kg": "3.5", "volume_m3": "0.04"},
                        {"weight_kg": "1.0", "volume_m3": "0.01"},
                    ]
                },
                headers=PICKER_A,
            )
        )
        await ok(
            await client.post(
                f"{sales}/shipments/{part_a}/dispatch",
                json={"carrier_id": carrier_id, "service": "STD", "tracking_number": "SF0001"},
                headers=PICKER_A,
            )
        )

        # Warehouse B ships the pot, one of two first (a part line).
        part_b = (
            await ok(
                await client.post(
                    f"{sales}/warehouses/WH-B/shipments",
                    json={"order_id": str(order_id), "lines": [{"line_no": 3, "quantity": "2"}]},
                    headers=PICKER_B,
                ),
                201,
            )
        )["id"]
        await ok(await client.post(f"{sales}/shipments/{part_b}/pick", headers=PICKER_B))
        await ok(
            await client.post(
                f"{sales}/shipments/{part_b}/pack",
                json={"parcels": [{"weight_kg": "12", "volume_m3": "0.2"}]},
                headers=PICKER_B,
            )
        )
        no_price = await client.post(
            f"{sales}/shipments/{part_b}/dispatch",
            json={"carrier_id": carrier_id, "service": "STD", "tracking_number": "SF0002"},
            headers=PICKER_B,
        )
        assert no_price.status_code == 422, no_price.text  # 12 kg: above LOCAL's brackets
        assert no_price.json()["fields"] == ["freight_cost"]
        await ok(
            await client.post(
                f"{sales}/shipments/{part_b}/dispatch",
                json={
                    "carrier_id": carrier_id,
                    "service": "STD",
                    "tracking_number": "SF0002",
                    "freight_cost": "66.60",
                },
                headers=PICKER_B,
            )
        )

        # Inventory really issued the stock from sales.OrderShipped.
        async def issued() -> bool:
            levels = [
                (await client.get(f"{inventory}/stock/{sku}/{wh}", headers=bearer())).json()
                for sku, wh in ((skus["tea"], "WH-A"), (skus["cup"], "WH-A"), (skus["pot"], "WH-B"))
            ]
            return [Decimal(x["on_hand"]) for x in levels] == [90, 47, 3] and all(
                Decimal(x["reserved"]) == 0 for x in levels
            )

        await eventually(issued)

        # The carrier's tracking updates, the same event twice: recorded once.
        at = datetime.now(UTC).isoformat()
        update = {"carrier_event_id": "EV-1", "status": "in_transit", "at": at, "location": "Hub"}
        first = await ok(
            await client.post(f"{sales}/shipments/{part_a}/tracking", json=update, headers=PICKER_A)
        )
        second = await ok(
            await client.post(f"{sales}/shipments/{part_a}/tracking", json=update, headers=PICKER_A)
        )
        assert len(first["event_ids"]) == 1 and second["event_ids"] == []
        # The carrier's integration knows its tracking number, not our shipment id.
        by_number = {
            "tracking_number": "SF0001",
            "carrier_event_id": "EV-2",
            "status": "out_for_delivery",
            "at": at,
        }
        url = f"{sales}/carriers/{carrier_id}/tracking-updates"
        wrong = await client.post(url, json=by_number, headers=PICKER_B)
        assert wrong.status_code == 403, wrong.text
        await ok(await client.post(url, json=by_number, headers=PICKER_A))
        unknown = await client.post(
            url, json={**by_number, "tracking_number": "SF9999"}, headers=PICKER_A
        )
        assert unknown.status_code == 404 and unknown.json()["fields"] == ["tracking_number"]
        history = await ok(await client.get(f"{sales}/shipments/{part_a}/tracking", headers=SALES))
        assert [(x["carrier_event_id"], x["status"]) for x in history["items"]] == [
            ("EV-1", "in_transit"),
            ("EV-2", "out_for_delivery"),
        ]
        assert history["status"] == "out_for_delivery"

        # Proof of delivery: A on time, B late (after the promised date).
        await ok(
            await client.post(
                f"{sales}/shipments/{part_a}/deliver", json={"signed_by": "Chen"}, headers=PICKER_A
            )
        )
        late = (datetime.now(UTC) + timedelta(days=5)).isoformat()
        await ok(
            await client.post(
                f"{sales}/shipments/{part_b}/deliver",
                json={"signed_by": "Wu", "delivered_at": late},
                headers=PICKER_B,
            )
        )
        twice = await client.post(f"{sales}/shipments/{part_b}/deliver", json={}, headers=PICKER_B)
        assert twice.status_code == 409

        listed = await ok(
            await client.get(
                f"{sales}/shipments", params={"order_id": str(order_id)}, headers=SALES
            )
        )
        assert sorted(x["status"] for x in listed["items"]) == ["delivered", "delivered"]
        page = await ok(
            await client.get(
                f"{sales}/shipments", params={"order_id": str(order_id), "limit": 1}, headers=SALES
            )
        )
        rest = await ok(
            await client.get(
                f"{sales}/shipments",
                params={"order_id": str(order_id), "after": page["next"]},
                headers=SALES,
            )
        )
        assert len(page["items"]) == len(rest["items"]) == 1 and rest["next"] is None
        performance = await ok(
            await client.get(
                f"{sales}/delivery-performance", params={"carrier": f"SF-{tag}"}, headers=SALES
            )
        )
        by_warehouse = {x["warehouse"]: x for x in performance["items"]}
        assert by_warehouse["WH-A"]["on_time_percent"] == "100.0"
        assert by_warehouse["WH-B"]["on_time_percent"] == "0.0"
        assert by_warehouse["WH-B"]["late"] == 1

        # Each dispatched shipment was invoiced by the invoicing policy (13 %: no rates set).
        async def invoiced() -> list[Any] | None:
            found = await ok(
                await client.get(
                    f"{sales}/invoices", params={"order_id": str(order_id)}, headers=SALES
                )
            )
            return found["items"] if len(found["items"]) == 2 else None

        invoices = {x["shipment_id"]: x for x in await eventually(invoiced)}
        assert invoices[part_a]["gross_total"] == "138.99"  # 123.00 + 14.04 + 1.95
        assert invoices[part_b]["gross_total"] == "90.40"  # 80.00 + 10.40

    events = decoded(await read_all(topic_of("sales", ns), expect=22))
    shipped = [e for e in events if e.event_type == "sales.OrderShipped"]
    assert sorted(len(e.lines) for e in shipped) == [1, 2]
    freight = {
        str(e.shipment_id): e.freight_cost.amount
        for e in events
        if e.event_type == "sales.FreightCharged"
    }
    # 4.5 kg to Shanghai: LOCAL, above 2 kg: 20 from the rate card; B was given its cost
    assert freight == {part_a: Decimal(20), part_b: Decimal("66.60")}
    # (two shipments are two streams: their events may come in either order from the topic)
    delivered = {str(e.shipment_id): e for e in events if e.event_type == "sales.OrderDelivered"}
    assert {k: (e.value.amount, e.fully_delivered) for k, e in delivered.items()} == {
        part_a: (Decimal("123.00"), False),
        part_b: (Decimal("80.00"), True),
    }
    assert delivered[part_a].signed_by == "Chen"


async def test_concurrent_shipments_of_one_order_never_ship_more_than_is_reserved(
    stack: Stack,
) -> None:
    """Ten warehouse clerks ship 3 of the 10 reserved at the same moment: three succeed, the
    others are told only what is left can ship. Cancelling the order cancels them."""
    _, sales = stack.serve("sales")
    ns = stack.namespace
    order_id, customer_id = uuid4(), uuid4()
    line = OrderLine(
        line_no=1,
        sku="RICE",
        warehouse="WH-A",
        quantity=Decimal(10),
        unit="kg",
        unit_price=Money(amount=Decimal(4), currency="CNY"),
    )
    placed = OrderPlaced(order_id=order_id, customer_id=customer_id, lines=[line])
    reserved = StockReserved(
        sku="RICE",
        warehouse="WH-A",
        order_id=order_id,
        line_no=1,
        quantity=Decimal(10),
        unit="kg",
        available_after=Decimal(0),
    )
    await publish(topic_of("sales", ns), [envelope_of(placed, f"order-{order_id}")])
    await publish(topic_of("inventory", ns), [envelope_of(reserved, "stock-RICE@WH-A")])
    async with httpx.AsyncClient(timeout=60) as client:

        async def known() -> bool:
            view = await client.get(f"{sales}/shipping-orders/{order_id}", headers=SALES)
            return view.status_code == 200 and view.json()["lines"][0]["reserved"] == "10"

        await eventually(known)
        body = {"order_id": str(order_id), "lines": [{"line_no": 1, "quantity": "3"}]}
        answers = await asyncio.gather(
            *(
                client.post(f"{sales}/warehouses/WH-A/shipments", json=body, headers=PICKER_A)
                for _ in range(10)
            )
        )
        codes = sorted(a.status_code for a in answers)
        assert codes == [201] * 3 + [409] * 7, [a.text for a in answers]
        refused = next(a for a in answers if a.status_code == 409)
        assert "only 1 is reserved and not yet on a shipment" in refused.json()["detail"]
        view = await ok(await client.get(f"{sales}/shipping-orders/{order_id}", headers=SALES))
        assert view["lines"][0]["on_shipments"] == "9"

        # The order is cancelled: its shipments that have not left are cancelled with it.
        cancel = OrderCancelled(order_id=order_id, reason="customer changed their mind")
        await publish(topic_of("sales", ns), [envelope_of(cancel, f"order-{order_id}", 2)])

        async def all_cancelled() -> bool:
            listed = await ok(
                await client.get(
                    f"{sales}/shipments", params={"order_id": str(order_id)}, headers=SALES
                )
            )
            return [x["status"] for x in listed["items"]] == ["cancelled"] * 3

        await eventually(all_cancelled)
        view = await ok(await client.get(f"{sales}/shipping-orders/{order_id}", headers=SALES))
        assert view["cancelled"] and view["lines"][0]["on_shipments"] == "0"
