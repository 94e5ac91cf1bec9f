"""Issue 8, item 6, on real Kafka and PostgreSQL: customer returns. Inventory restocks what a
return puts back on the shelf at the cost it left with for that order (never today's average);
scrapped goods stay out. Sales' events are published as sales would."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx

from jxc.events.base import Money
from jxc.events.contracts.purchasing import GoodsReceived, ReceivedLine
from jxc.events.contracts.sales import (
    OrderDelivered,
    OrderLine,
    OrderPlaced,
    OrderShipped,
    ReturnedLine,
    ReturnReceived,
    ShippedLine,
)
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, read_all
from tests.integration.registering import register
from tests.integration.sales_kit import catalog, customer, known_to_sales, recorded

D = Decimal
WH = "WH-RT"


def goods(sku: str, quantity: str, unit_cost: str) -> GoodsReceived:
    return GoodsReceived(
        receipt_id=uuid4(),
        purchase_order_id=uuid4(),
        supplier_id=uuid4(),
        lines=[
            ReceivedLine(
                line_no=1,
                sku=sku,
                warehouse=WH,
                unit="pcs",
                quantity_accepted=D(quantity),
                quantity_rejected=D(0),
                unit_cost=Money(amount=D(unit_cost), currency="CNY"),
            )
        ],
    )


def sold(order_id: UUID, customer_id: UUID, sku: str, quantity: str) -> OrderPlaced:
    return OrderPlaced(
        order_id=order_id,
        customer_id=customer_id,
        currency="CNY",
        lines=[
            OrderLine(
                line_no=1,
                sku=sku,
                warehouse=WH,
                quantity=D(quantity),
                unit="pcs",
                unit_price=Money(amount=D("25.00"), currency="CNY"),
                net_amount=Money(amount=D(quantity) * D("22.50"), currency="CNY"),
            )
        ],
    )


def shipped(order_id: UUID, customer_id: UUID, sku: str, quantity: str) -> OrderShipped:
    return OrderShipped(
        order_id=order_id,
        shipment_id=uuid4(),
        customer_id=customer_id,
        lines=[ShippedLine(line_no=1, sku=sku, warehouse=WH, quantity=D(quantity), unit="pcs")],
    )


def sold_and_shipped(
    order_id: UUID, customer_id: UUID, sku: str, ordered: str, shipped_quantity: str | None = None
) -> list[Envelope]:
    """The order's OrderPlaced and OrderShipped (all of it unless said), as sales records them."""
    stream = f"sales-order-{order_id}"
    return [
        envelope_of(sold(order_id, customer_id, sku, ordered), stream, 1),
        envelope_of(shipped(order_id, customer_id, sku, shipped_quantity or ordered), stream, 2),
    ]


async def _consumed(client: httpx.AsyncClient, url: str, *envelopes: Envelope) -> None:
    for envelope in envelopes:
        answer = await client.get(f"{url}/stock", params={"wait_for_event": str(envelope.event_id)})
        assert answer.status_code == 200, answer.text


async def _ledger(client: httpx.AsyncClient, url: str, sku: str) -> list[dict[str, Any]]:
    answer = await client.get(f"{url}/stock/{sku}/{WH}/ledger")
    assert answer.status_code == 200, answer.text
    lines: list[dict[str, Any]] = answer.json()
    return lines


async def test_inventory_restocks_a_return_at_the_cost_the_goods_left_with(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sales, purchasing = topic_of("sales", stack.namespace), topic_of("purchasing", stack.namespace)
    sku = f"RT-{uuid4().hex[:6]}"
    order_id, customer_id = uuid4(), uuid4()
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], [WH])
        first = envelope_of(goods(sku, "10", "4.00"), "po-1")
        await publish(purchasing, [first])
        await _consumed(client, url, first)
        order = sold_and_shipped(order_id, customer_id, sku, "6")
        await publish(sales, order)
        await _consumed(client, url, *order)
        # later goods cost more: today's cost is no longer what the shipped goods cost
        dearer = envelope_of(goods(sku, "4", "9.00"), "po-2")
        await publish(purchasing, [dearer])
        await _consumed(client, url, dearer)
        # another customer wants 9 of the 8 available: the line waits for stock
        waiting_id = uuid4()
        waiting = envelope_of(sold(waiting_id, uuid4(), sku, "9"), f"sales-order-{waiting_id}")
        await publish(sales, [waiting])
        await _consumed(client, url, waiting)
        assert D((await client.get(f"{url}/stock/{sku}/{WH}")).json()["backordered"]) == 9
        back = ReturnReceived(
            return_id=uuid4(),
            order_id=order_id,
            customer_id=customer_id,
            lines=[
                ReturnedLine(
                    line_no=1,
                    sku=sku,
                    warehouse=WH,
                    quantity=D(2),
                    unit="pcs",
                    disposition="restock",
                    unit_price=Money(amount=D("22.50"), currency="CNY"),
                ),
                ReturnedLine(
                    line_no=1,
                    sku=sku,
                    warehouse=WH,
                    quantity=D(1),
                    unit="pcs",
                    disposition="scrap",
                    unit_price=Money(amount=D("22.50"), currency="CNY"),
                ),
            ],
            value=Money(amount=D("67.50"), currency="CNY"),
        )
        returned = envelope_of(back, f"customer-return-{back.return_id}")
        await publish(sales, [returned])
        await _consumed(client, url, returned)
        ledger = await _ledger(client, url, sku)
        level = (await client.get(f"{url}/stock/{sku}/{WH}")).json()
    [issue] = [line for line in ledger if line["movement"] == "issue"]
    assert D(issue["unit_cost"]) == D(4)
    restocked = ledger[-1]
    assert (restocked["movement"], restocked["reason"]) == ("receipt", "customer_return")
    assert D(restocked["quantity"]) == 2  # the scrapped one stays out
    assert D(restocked["unit_cost"]) == D(4)  # as it left, not today's 6.50 (4 x 4 + 4 x 9)
    assert D(restocked["value_change"]) == D(8)
    assert restocked["document_id"] == str(back.return_id)
    # 10 x 4 - 6 x 4 + 4 x 9 + 2 x 4 = 60 for 10 on hand
    assert (D(level["on_hand"]), D(level["value"])) == (10, 60)
    # the 2 restocked made 10 available: the waiting line of 9 is reserved
    assert (D(level["reserved"]), D(level["backordered"]), D(level["available"])) == (9, 0, 1)


SALES = bearer("wang.fang", ["sales"])
IN_WH = bearer("zhao.lei", ["warehouse"], [WH])
ELSEWHERE = bearer("zhao.lei", ["warehouse"], ["WH-ELSEWHERE"])


async def test_order_shipped_then_returned_restocks_at_the_issue_cost_and_is_refunded(
    stack: Stack,
) -> None:
    (_, inventory), (_, sales_url) = stack.serve("inventory"), stack.serve("sales")
    sales, purchasing = topic_of("sales", stack.namespace), topic_of("purchasing", stack.namespace)
    sku = f"RF-{uuid4().hex[:6]}"
    order_id, customer_id = uuid4(), uuid4()
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, inventory, [sku], [WH])
        first = envelope_of(goods(sku, "10", "4.00"), "po-1")
        await publish(purchasing, [first])
        await _consumed(client, inventory, first)
        order = sold_and_shipped(order_id, customer_id, sku, "6")
        await publish(sales, order)
        await _consumed(client, inventory, *order)
        dearer = envelope_of(goods(sku, "4", "9.00"), "po-2")
        await publish(purchasing, [dearer])
        await _consumed(client, inventory, dearer)

        # sales knows what was shipped, at the price paid (22.50 net of the discount)
        returnable = await client.get(
            f"{sales_url}/returnable-lines",
            params={"order_id": str(order_id), "wait_for_event": str(order[1].event_id)},
        )
        assert returnable.status_code == 200, returnable.text
        [line] = returnable.json()
        assert (D(line["shipped"]), D(line["returnable"]), D(line["unit_price"])) == (6, 6, 22.5)

        ask = {"order_id": str(order_id), "reason": "two arrived scratched, one broken"}
        too_many = await client.post(
            f"{sales_url}/customer-returns",
            json=ask | {"lines": [{"line_no": 1, "quantity": "7"}]},
            headers=SALES,
        )
        assert too_many.status_code == 422, too_many.text
        assert "only 6" in too_many.json()["detail"]
        nothing_shipped = await client.post(
            f"{sales_url}/customer-returns",
            json=ask | {"order_id": str(uuid4()), "lines": [{"line_no": 1, "quantity": "1"}]},
            headers=SALES,
        )
        assert nothing_shipped.status_code == 404, nothing_shipped.text

        made = await client.post(
            f"{sales_url}/customer-returns",
            json=ask | {"lines": [{"line_no": 1, "quantity": "3"}]},
            headers=SALES,
        )
        assert made.status_code == 201, made.text
        rma = f"{sales_url}/customer-returns/{made.json()['id']}"
        assert (await client.post(f"{rma}/approve", json={}, headers=SALES)).status_code == 200
        inspection = {
            "lines": [
                {"line_no": 1, "quantity": "2", "disposition": "restock"},
                {"line_no": 1, "quantity": "1", "disposition": "scrap"},
            ]
        }
        outside = await client.post(f"{rma}/receive", json=inspection, headers=ELSEWHERE)
        assert outside.status_code == 403, outside.text
        received = await client.post(f"{rma}/receive", json=inspection, headers=IN_WH)
        assert received.status_code == 200, received.text
        [return_received] = received.json()["event_ids"]

        # inventory hears sales.ReturnReceived from sales' outbox, over Kafka
        answer = await client.get(
            f"{inventory}/stock/{sku}/{WH}/ledger",
            params={"wait_for_event": return_received, "wait_seconds": 30},
        )
        assert answer.status_code == 200, answer.text
        restocked = answer.json()[-1]
        assert (restocked["movement"], restocked["reason"]) == ("receipt", "customer_return")
        assert (D(restocked["quantity"]), D(restocked["unit_cost"])) == (2, 4)  # as it left
        level = (await client.get(f"{inventory}/stock/{sku}/{WH}")).json()
        assert (D(level["on_hand"]), D(level["value"])) == (10, 60)

        refunded = await client.post(f"{rma}/refund", json={}, headers=SALES)
        assert refunded.status_code == 200, refunded.text
        twice = await client.post(f"{rma}/refund", json={}, headers=SALES)
        assert twice.status_code == 409, twice.text  # and it takes no number from the series
        shown = (await client.get(rma)).json()
        assert shown["status"] == "refunded"
        listed = await client.get(
            f"{sales_url}/customer-returns", params={"order_id": str(order_id)}
        )
        assert [r["status"] for r in listed.json()["items"]] == ["refunded"]
        left = await client.get(f"{sales_url}/returnable-lines", params={"order_id": str(order_id)})
        assert D(left.json()[0]["returnable"]) == 3  # 6 shipped, 3 returned

    [note] = await recorded(stack, "sales", "sales.CreditNoteIssued")
    assert note["return_id"] == made.json()["id"] and note["order_id"] == str(order_id)
    assert note["credit_note_no"] == f"CN-{note['issued_on'][:4]}-000001"  # the year's first
    assert [(D(x["quantity"]), D(x["net_amount"]), D(x["tax_amount"])) for x in note["lines"]] == [
        (3, D("67.50"), D("8.78"))  # 3 x 22.50 at 13 %: every unit that came back
    ]
    assert (D(note["net_total"]), D(note["tax_total"]), D(note["gross_total"])) == (
        D("67.50"),
        D("8.78"),
        D("76.28"),
    )
    assert note["actor"] == "wang.fang"
    [came_back] = await recorded(stack, "sales", "sales.ReturnReceived")
    assert came_back["actor"] == "zhao.lei"


async def test_two_returns_at_once_never_take_back_more_than_was_shipped(stack: Stack) -> None:
    _, sales_url = stack.serve("sales")
    sales = topic_of("sales", stack.namespace)
    order_id, customer_id = uuid4(), uuid4()
    order = sold_and_shipped(order_id, customer_id, "TEA", "5", "3")
    await publish(sales, order)
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        seen = await client.get(
            f"{sales_url}/returnable-lines",
            params={"order_id": str(order_id), "wait_for_event": str(order[1].event_id)},
        )
        assert D(seen.json()[0]["returnable"]) == 3  # 5 ordered, 3 shipped

        async def ask() -> httpx.Response:
            return await client.post(
                f"{sales_url}/customer-returns",
                json={
                    "order_id": str(order_id),
                    "reason": "not needed",
                    "lines": [{"line_no": 1, "quantity": "2"}],
                },
            )

        answers = await asyncio.gather(*(ask() for _ in range(4)))
        assert sorted(a.status_code for a in answers) == [201, 422, 422, 422]
        [made] = [a for a in answers if a.status_code == 201]
        refused = await client.post(
            f"{sales_url}/customer-returns/{made.json()['id']}/refuse",
            json={"reason": "bought on sale: no returns"},
        )
        assert refused.status_code == 200, refused.text
        again = await ask()  # a refused return gives back what it claimed
        assert again.status_code == 201, again.text


async def test_a_return_of_goods_inventory_never_issued_is_dead_lettered_not_guessed(
    stack: Stack,
) -> None:
    """Without an issue of the order to take the cost from, inventory does not restock at a
    guessed cost (today's average): the event goes to the dead letters with the reason."""
    _, url = stack.serve("inventory")
    sku = f"RX-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], [WH])
        stocked = envelope_of(goods(sku, "5", "4.00"), "po-1")
        await publish(topic_of("purchasing", stack.namespace), [stocked])
        await _consumed(client, url, stocked)
        stranger = ReturnReceived(
            return_id=uuid4(),
            order_id=uuid4(),
            customer_id=uuid4(),
            lines=[
                ReturnedLine(
                    line_no=1,
                    sku=sku,
                    warehouse=WH,
                    quantity=D(1),
                    unit="pcs",
                    disposition="restock",
                    unit_price=Money(amount=D("22.50"), currency="CNY"),
                )
            ],
            value=Money(amount=D("22.50"), currency="CNY"),
        )
        await publish(
            topic_of("sales", stack.namespace),
            [envelope_of(stranger, f"customer-return-{stranger.return_id}")],
        )
        dead = await read_all(f"{stack.namespace}.dlq.inventory.stock-keeper", expect=1)
        assert len(dead) == 1
        reason = dict(dead[0].headers)["jxc_dlq_reason"].decode()  # type: ignore[attr-defined]
        assert "cannot be restocked at the cost it left with" in reason
        level = (await client.get(f"{url}/stock/{sku}/{WH}")).json()
        assert D(level["on_hand"]) == 5  # nothing came in


async def test_an_exchange_places_one_replacement_order_at_no_charge(stack: Stack) -> None:
    """Exchanged instead of refunded: the policy places the replacement order through the
    orders' service, once: the same customer, the exchanged lines from the same warehouse, at
    price 0 (the goods were paid for on the original order), the id the return recorded."""
    _, sales_url = stack.serve("sales")
    sku = f"EX-{uuid4().hex[:6]}"
    await catalog(stack, {sku: "pcs"}, [WH])
    customer_id = await customer(stack, f"EX-{uuid4().hex[:6]}", "1000")
    order_id, replacement = uuid4(), uuid4()
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales_url, [(customer_id, "1000")], [sku])
        order = sold_and_shipped(order_id, customer_id, sku, "4")
        await publish(topic_of("sales", stack.namespace), order)
        seen = await client.get(
            f"{sales_url}/returnable-lines",
            params={"order_id": str(order_id), "wait_for_event": str(order[1].event_id)},
        )
        assert seen.status_code == 200, seen.text
        made = await client.post(
            f"{sales_url}/customer-returns",
            json={
                "order_id": str(order_id),
                "reason": "wrong colour",
                "lines": [{"line_no": 1, "quantity": "3"}],
            },
        )
        assert made.status_code == 201, made.text
        rma = f"{sales_url}/customer-returns/{made.json()['id']}"
        assert (await client.post(f"{rma}/approve", json={})).status_code == 200
        inspection = {"lines": [{"line_no": 1, "quantity": "3", "disposition": "restock"}]}
        received = await client.post(f"{rma}/receive", json=inspection, headers=IN_WH)
        assert received.status_code == 200, received.text
        body = {"replacement_order_id": str(replacement)}
        exchanged = await client.post(f"{rma}/exchange", json=body)
        assert exchanged.status_code == 200, exchanged.text
        again = await client.post(f"{rma}/exchange", json=body)
        assert again.status_code in {200, 409}, again.text
        assert again.status_code == 409 or again.json()["event_ids"] == []

        async def placed() -> dict[str, Any] | None:
            got = await client.get(f"{sales_url}/orders/{replacement}")
            if got.status_code == 404:
                return None
            assert got.status_code == 200, got.text
            view: dict[str, Any] = got.json()
            return view

        view = await eventually(placed)
    assert view["customer_id"] == str(customer_id)
    assert view["status"] == "placed"  # no credit hold; inventory (not running) has not answered
    assert D(view["total"]) == 0
    [line] = view["lines"]
    assert (line["sku"], line["warehouse"], D(line["quantity"]), D(line["unit_price"])) == (
        sku,
        WH,
        D(3),
        D(0),
    )
    assert line["pricing"]["price_source"] == (
        f"replacement for return {made.json()['id']}: no charge"
    )
    # placed once, told to inventory once, by the seller who exchanged the return
    placements = [
        e
        for e in await recorded(stack, "sales", "sales.OrderPlaced")
        if e["order_id"] == str(replacement)
    ]
    assert len(placements) == 1 and placements[0]["actor"] == "wang.fang"


async def test_a_return_restocks_in_inventory_and_reverses_loyalty_points_in_crm(
    stack: Stack,
) -> None:
    """The issue's flow across three services: the order was delivered (crm earned points on its
    value), then a return received by sales restocks in inventory and takes the points of the
    returned value back in crm, both from the one sales.ReturnReceived sales published."""
    (_, inventory), (_, sales_url), (_, crm) = (
        stack.serve("inventory"),
        stack.serve("sales"),
        stack.serve("crm"),
    )
    sales, purchasing = topic_of("sales", stack.namespace), topic_of("purchasing", stack.namespace)
    sku = f"RL-{uuid4().hex[:6]}"
    order_id, customer_id = uuid4(), uuid4()
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, inventory, [sku], [WH])
        stocked = envelope_of(goods(sku, "10", "4.00"), "po-1")
        await publish(purchasing, [stocked])
        await _consumed(client, inventory, stocked)
        stream = f"sales-order-{order_id}"
        delivery = OrderDelivered(
            order_id=order_id,
            shipment_id=uuid4(),
            customer_id=customer_id,
            delivered_at=datetime.now(UTC),
            value=Money(amount=D("135.00"), currency="CNY"),  # 6 x 22.50
            fully_delivered=True,
        )
        order = [
            envelope_of(sold(order_id, customer_id, sku, "6"), stream, 1),
            envelope_of(shipped(order_id, customer_id, sku, "6"), stream, 2),
            envelope_of(delivery, stream, 3),
        ]
        await publish(sales, order)
        await _consumed(client, inventory, *order[:2])
        points = f"{crm}/customers/{customer_id}/loyalty"
        earned = await client.get(
            points, params={"wait_for_event": str(order[2].event_id), "wait_seconds": 30}
        )
        assert earned.status_code == 200, earned.text
        before = earned.json()["balance"]
        assert before == 135

        await client.get(
            f"{sales_url}/returnable-lines",
            params={"order_id": str(order_id), "wait_for_event": str(order[1].event_id)},
        )
        made = await client.post(
            f"{sales_url}/customer-returns",
            json={
                "order_id": str(order_id),
                "reason": "the wrong colour",
                "lines": [{"line_no": 1, "quantity": "2"}],
            },
            headers=SALES,
        )
        assert made.status_code == 201, made.text
        rma = f"{sales_url}/customer-returns/{made.json()['id']}"
        assert (await client.post(f"{rma}/approve", json={}, headers=SALES)).status_code == 200
        received = await client.post(
            f"{rma}/receive",
            json={"lines": [{"line_no": 1, "quantity": "2", "disposition": "restock"}]},
            headers=IN_WH,
        )
        assert received.status_code == 200, received.text
        [return_received] = received.json()["event_ids"]

        restocked = await client.get(
            f"{inventory}/stock/{sku}/{WH}/ledger",
            params={"wait_for_event": return_received, "wait_seconds": 30},
        )
        assert restocked.status_code == 200, restocked.text
        line = restocked.json()[-1]
        assert (line["reason"], D(line["quantity"]), D(line["unit_cost"])) == (
            "customer_return",
            2,
            4,
        )
        reversed_ = await client.get(
            points, params={"wait_for_event": return_received, "wait_seconds": 30}
        )
        assert reversed_.status_code == 200, reversed_.text
    # 2 x 22.50 = 45.00 came back: its 45 points are taken back
    assert reversed_.json()["balance"] == before - 45
