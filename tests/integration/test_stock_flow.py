"""Issue 3: receipt → stock → reservation → shipment → stock, over Kafka as the other contexts
publish, and 50 concurrent one-unit reservations against 10 available. Since issue 8 (item 2),
a line that cannot be reserved waits as a backorder instead of being rejected, and is reserved
when stock is released or arrives."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from uuid import uuid4

import httpx
import psycopg

from jxc.events.base import Money
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.sales import (
    OrderCancelled,
    OrderLine,
    OrderPlaced,
    OrderShipped,
    ShippedLine,
)
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, read_all, receipt
from tests.integration.registering import register


def placed(order_id: object, sku: str, quantity: str, warehouse: str = "WH-A") -> OrderPlaced:
    return OrderPlaced(
        order_id=order_id,
        customer_id=uuid4(),
        lines=[
            OrderLine(
                line_no=1,
                sku=sku,
                warehouse=warehouse,
                quantity=Decimal(quantity),
                unit="pcs",
                unit_price=Money(amount=Decimal("9.99"), currency="CNY"),
            )
        ],
    )


async def test_receipt_reservation_shipment_and_cancellation(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    purchasing_topic = topic_of("purchasing", stack.namespace)
    sales_topic = topic_of("sales", stack.namespace)
    sku = f"TEA-{uuid4().hex[:6]}"
    received = envelope_of(receipt([(sku, "WH-A", Decimal(100))]), "purchase-order-1")
    await publish(purchasing_topic, [received])
    async with httpx.AsyncClient(
        headers=bearer(), timeout=30
    ) as client:  # topics are not ordered among themselves
        url = f"{inventory}/stock/{sku}/WH-A"
        await client.get(url, params={"wait_for_event": str(received.event_id)})

    shipped_order, cancelled_order, too_big = uuid4(), uuid4(), uuid4()
    sales = [
        envelope_of(placed(shipped_order, sku, "30"), f"order-{shipped_order}"),
        envelope_of(placed(cancelled_order, sku, "50"), f"order-{cancelled_order}"),
    ]
    await publish(sales_topic, sales)
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        url = f"{inventory}/stock/{sku}/WH-A"
        for placed_event in sales:  # orders have their own keys: any order of arrival
            await client.get(url, params={"wait_for_event": str(placed_event.event_id)})
        sales.append(envelope_of(placed(too_big, sku, "21"), f"order-{too_big}"))  # 20 left
        await publish(sales_topic, sales[-1:])
        level = (await client.get(url, params={"wait_for_event": str(sales[-1].event_id)})).json()
        assert Decimal(level["on_hand"]) == 100
        assert Decimal(level["reserved"]) == 80
        assert Decimal(level["available"]) == 20

        shipment = OrderShipped(
            order_id=shipped_order,
            shipment_id=uuid4(),
            customer_id=uuid4(),
            lines=[
                ShippedLine(line_no=1, sku=sku, warehouse="WH-A", quantity=Decimal(30), unit="pcs")
            ],
        )
        cancel = OrderCancelled(order_id=cancelled_order, reason="customer changed their mind")
        later = [
            envelope_of(shipment, f"order-{shipped_order}", 2),
            envelope_of(cancel, f"order-{cancelled_order}", 2),
        ]
        await publish(sales_topic, later)
        for event in later:  # two orders, two keys: any order of arrival
            await client.get(url, params={"wait_for_event": str(event.event_id)})
        level = (await client.get(url)).json()
        assert Decimal(level["on_hand"]) == 70
        # the cancelled 50 came back: the 21 that waited as a backorder took them
        assert Decimal(level["reserved"]) == 21
        assert Decimal(level["available"]) == 49
        assert Decimal(level["value"]) == Decimal("175.00")  # 70 x 2.50

        ledger = (await client.get(f"{url}/ledger")).json()
        assert [(line["movement"], Decimal(line["quantity"])) for line in ledger] == [
            ("receipt", 100),
            ("issue", -30),
        ]
        assert ledger[1]["order_id"] == str(shipped_order)
        assert Decimal(ledger[1]["value_change"]) == Decimal("-75.00")

    records = await read_all(topic_of("inventory", stack.namespace), expect=7)
    events = [registry.decode(from_kafka(r.value, r.headers)) for r in records]  # type: ignore[attr-defined]
    kinds = sorted(e.event_type for e in events)
    assert kinds == sorted(
        [
            "inventory.StockReceived",
            "inventory.StockReserved",
            "inventory.StockReserved",
            "inventory.ReservationBackordered",
            "inventory.StockIssued",
            "inventory.ReservationReleased",
            "inventory.StockReserved",
        ]
    )
    [waited] = [e for e in events if e.event_type == "inventory.ReservationBackordered"]
    assert (waited.available, waited.position) == (20, 1)  # type: ignore[attr-defined]
    [filled] = [e for e in events if getattr(e, "from_backorder", False)]
    assert (filled.order_id, filled.quantity) == (too_big, 21)  # type: ignore[attr-defined]
    [issued] = [e for e in events if e.event_type == "inventory.StockIssued"]
    assert issued.total_cost.amount == Decimal("75.00")  # type: ignore[attr-defined]
    streams = {r.key for r in records}  # type: ignore[attr-defined]
    assert streams == {f"stock-{sku}@WH-A".encode()}  # one stream, one partition, in order


async def test_fifty_concurrent_one_unit_reservations_against_ten(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    sku = f"CUP-{uuid4().hex[:6]}"
    received = envelope_of(receipt([(sku, "WH-B", Decimal(10))]), "purchase-order-9")
    await publish(topic_of("purchasing", stack.namespace), [received])
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await register(client, inventory, [sku], ["WH-B"])
        url = f"{inventory}/stock/{sku}/WH-B"
        await client.get(url, params={"wait_for_event": str(received.event_id)})

        async def reserve() -> httpx.Response:
            return await client.post(
                f"{inventory}/reservations",
                json={
                    "order_id": str(uuid4()),
                    "lines": [
                        {
                            "line_no": 1,
                            "sku": sku,
                            "warehouse": "WH-B",
                            "quantity": "1",
                            "unit": "pcs",
                        }
                    ],
                },
            )

        answers = await asyncio.gather(*(reserve() for _ in range(50)))
        assert all(a.status_code == 200 for a in answers), [
            a.text for a in answers if a.status_code != 200
        ]
        lines = [a.json()["lines"][0] for a in answers]
        statuses = [line["status"] for line in lines]
        assert statuses.count("reserved") == 10
        assert statuses.count("backordered") == 40  # waiting, one behind the other
        places = sorted(line["position"] for line in lines if line["status"] == "backordered")
        assert places == list(range(1, 41))
        level = (await client.get(url)).json()
        assert Decimal(level["reserved"]) == 10
        assert Decimal(level["available"]) == 0
        detail = (await client.get(f"{url}/detail")).json()
        assert len(detail["reservations"]) == 10
        assert len(detail["backorders"]) == 40


async def test_a_shipment_beyond_stock_is_dead_lettered_not_applied(stack: Stack) -> None:
    stack.migrate("inventory")
    stack.start("inventory", "project", "stock-keeper")
    sku = f"PEN-{uuid4().hex[:6]}"
    order = uuid4()
    shipment = OrderShipped(
        order_id=order,
        shipment_id=uuid4(),
        customer_id=uuid4(),
        lines=[ShippedLine(line_no=1, sku=sku, warehouse="WH-C", quantity=Decimal(5), unit="pcs")],
    )
    good = envelope_of(receipt([(sku, "WH-C", Decimal(2))]), "purchase-order-3")
    await publish(topic_of("purchasing", stack.namespace), [good])

    async def on_hand() -> object:
        async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
            row = await (
                await conn.execute("SELECT on_hand FROM stock_positions WHERE sku = %s", (sku,))
            ).fetchone()
        return row and row[0] == 2

    await eventually(on_hand, timeout=30)
    await publish(topic_of("sales", stack.namespace), [envelope_of(shipment, f"order-{order}")])
    dead = await read_all(f"{stack.namespace}.dlq.inventory.stock-keeper", expect=1, timeout=60)
    assert len(dead) == 1
    reason = dict(dead[0].headers)["jxc_dlq_reason"].decode()  # type: ignore[attr-defined]
    assert "cannot issue 5 pcs" in reason and "2 available" in reason
    assert await on_hand()  # nothing was taken
