"""Issue 8, item 2 (its last rule), on real Kafka and PostgreSQL: order lines that cannot be
reserved wait in the SKU x warehouse's backorder queue and are reserved whole, in placement
order, as stock arrives; whatever arrives concurrently, nothing is reserved beyond what is
available and no line is reserved twice. Sales' events are published as sales would."""

from __future__ import annotations

import asyncio
import random
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx
import psycopg

from jxc.events.base import Money
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.sales import OrderCancelled, OrderLine, OrderPlaced
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish, read_all, receipt
from tests.integration.registering import register

D = Decimal
WH = "WH-BO"


def order(sku: str, quantity: str, warehouse: str = WH) -> OrderPlaced:
    return OrderPlaced(
        order_id=uuid4(),
        customer_id=uuid4(),
        lines=[
            OrderLine(
                line_no=1,
                sku=sku,
                warehouse=warehouse,
                quantity=D(quantity),
                unit="pcs",
                unit_price=Money(amount=D("12.00"), currency="CNY"),
            )
        ],
    )


async def _consumed(client: httpx.AsyncClient, url: str, *envelopes: Envelope) -> None:
    for envelope in envelopes:
        answer = await client.get(f"{url}/stock", params={"wait_for_event": str(envelope.event_id)})
        assert answer.status_code == 200, answer.text


async def _level(client: httpx.AsyncClient, url: str, sku: str) -> dict[str, Any]:
    answer = await client.get(f"{url}/stock/{sku}/{WH}")
    assert answer.status_code == 200, answer.text
    level: dict[str, Any] = answer.json()
    return level


async def test_three_orders_wait_in_placement_order_and_receipts_fill_them(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sales, purchasing = topic_of("sales", stack.namespace), topic_of("purchasing", stack.namespace)
    sku = f"BO-{uuid4().hex[:6]}"
    orders = [order(sku, "4"), order(sku, "6"), order(sku, "5")]
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], [WH])
        placed = []
        for one in orders:  # placed one after the other: that is their order in the queue
            envelope = envelope_of(one, f"sales-order-{one.order_id}")
            await publish(sales, [envelope])
            await _consumed(client, url, envelope)
            placed.append(envelope)
        queue = (await client.get(f"{url}/backorders", params={"sku": sku})).json()
        assert [(UUID(q["order_id"]), q["position"], D(q["quantity"])) for q in queue] == [
            (orders[0].order_id, 1, 4),
            (orders[1].order_id, 2, 6),
            (orders[2].order_id, 3, 5),
        ]
        level = await _level(client, url, sku)
        assert (D(level["reserved"]), D(level["backordered"])) == (0, 15)

        # 12 arrive: the first (4) and the second (6) are reserved whole; 2 left, the third
        # (5) does not fit and keeps waiting
        first = envelope_of(receipt([(sku, WH, D(12))]), "purchase-order-1")
        await publish(purchasing, [first])
        await _consumed(client, url, first)
        level = await _level(client, url, sku)
        assert (D(level["on_hand"]), D(level["reserved"]), D(level["available"])) == (12, 10, 2)
        assert D(level["backordered"]) == 5
        queue = (await client.get(f"{url}/backorders", params={"sku": sku})).json()
        assert [(UUID(q["order_id"]), q["position"]) for q in queue] == [(orders[2].order_id, 1)]

        # 3 more: 5 available, the third is reserved
        second = envelope_of(receipt([(sku, WH, D(3))]), "purchase-order-2")
        await publish(purchasing, [second])
        await _consumed(client, url, second)
        level = await _level(client, url, sku)
        assert (D(level["on_hand"]), D(level["reserved"]), D(level["available"])) == (15, 15, 0)
        assert D(level["backordered"]) == 0
        assert (await client.get(f"{url}/backorders", params={"sku": sku})).json() == []
        detail = (await client.get(f"{url}/stock/{sku}/{WH}/detail")).json()
        assert sorted(D(r["quantity"]) for r in detail["reservations"]) == [4, 5, 6]

    records = await read_all(topic_of("inventory", stack.namespace), expect=10)
    stream = f"stock-{sku}@{WH}".encode()
    events = [
        registry.decode(from_kafka(r.value, r.headers))  # type: ignore[attr-defined]
        for r in records
        if r.key == stream  # type: ignore[attr-defined]
    ]
    assert [e.event_type.removeprefix("inventory.") for e in events] == [
        "ReservationBackordered",
        "ReservationBackordered",
        "ReservationBackordered",
        "StockReceived",
        "StockReserved",
        "StockReserved",
        "StockReceived",
        "StockReserved",
    ]  # one stream, one partition: in the order they happened
    waited = [(e.order_id, e.position) for e in events[:3]]  # type: ignore[attr-defined]
    assert waited == [(o.order_id, n) for n, o in enumerate(orders, start=1)]
    served = [e for e in events if e.event_type == "inventory.StockReserved"]
    assert [(e.order_id, e.quantity, e.from_backorder) for e in served] == [  # type: ignore[attr-defined]
        (orders[0].order_id, 4, True),
        (orders[1].order_id, 6, True),
        (orders[2].order_id, 5, True),
    ]
    assert [e.available_after for e in served] == [8, 2, 0]  # type: ignore[attr-defined]


async def test_a_cancelled_order_leaves_the_queue_and_an_unknown_sku_is_rejected(
    stack: Stack,
) -> None:
    _, url = stack.serve("inventory")
    sales = topic_of("sales", stack.namespace)
    sku = f"BC-{uuid4().hex[:6]}"
    head, behind = order(sku, "8"), order(sku, "2")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], [WH])
        stocked = await client.post(
            f"{url}/stock/{sku}/{WH}/adjustments",
            json={"quantity": "5", "unit": "pcs", "reason": "opening", "unit_cost": "3"},
        )
        assert stocked.status_code == 201, stocked.text
        for one in (head, behind):  # 8 does not fit in 5; the 2 waits behind it
            envelope = envelope_of(one, f"sales-order-{one.order_id}")
            await publish(sales, [envelope])
            await _consumed(client, url, envelope)
        assert D((await _level(client, url, sku))["reserved"]) == 0
        cancel = envelope_of(
            OrderCancelled(order_id=head.order_id, reason="customer withdrew"),
            f"sales-order-{head.order_id}",
            2,
        )
        stranger = order(f"NOPE-{sku}", "1")
        unknown = envelope_of(stranger, f"sales-order-{stranger.order_id}")
        await publish(sales, [cancel, unknown])
        await _consumed(client, url, cancel, unknown)
        level = await _level(client, url, sku)
        assert (D(level["reserved"]), D(level["available"])) == (2, 3)  # the 2 moved up
        assert (await client.get(f"{url}/backorders", params={"sku": sku})).json() == []
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        cur = await conn.execute(
            "SELECT event_type, payload->>'order_id' FROM events "
            "WHERE causation_id = %s ORDER BY global_position",
            (cancel.event_id,),
        )
        assert await cur.fetchall() == [
            ("inventory.BackorderWithdrawn", str(head.order_id)),
            ("inventory.StockReserved", str(behind.order_id)),
        ]
        cur = await conn.execute(
            "SELECT event_type, payload->>'order_id', payload->>'reason' FROM events "
            "WHERE causation_id = %s",
            (unknown.event_id,),
        )
        [rejected] = await cur.fetchall()
    assert rejected[:2] == ("inventory.ReservationRejected", str(stranger.order_id))
    assert f"no item NOPE-{sku} is registered" in rejected[2]


async def test_concurrent_receipts_and_orders_never_over_reserve(stack: Stack) -> None:
    """Orders (over HTTP and over Kafka), receipts (over Kafka) and adjustments (over HTTP)
    all at once on one SKU x warehouse: at the end available is never below zero, every line
    is reserved at most once and whole or still waits, and the head of the queue does not fit
    in what is available."""
    _, url = stack.serve("inventory")
    sales, purchasing = topic_of("sales", stack.namespace), topic_of("purchasing", stack.namespace)
    sku = f"BX-{uuid4().hex[:6]}"
    rng = random.Random(8)
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await register(client, url, [sku], [WH])
        kafka_orders = [order(sku, str(rng.randint(1, 5))) for _ in range(20)]
        placed = [envelope_of(o, f"sales-order-{o.order_id}") for o in kafka_orders]
        arriving = [D(rng.randint(2, 6)) for _ in range(10)]
        receipts = [
            envelope_of(receipt([(sku, WH, q)]), f"purchase-order-{i}")
            for i, q in enumerate(arriving)
        ]
        http_orders = {uuid4(): D(rng.randint(1, 5)) for _ in range(20)}

        async def reserve(order_id: UUID, quantity: Decimal) -> httpx.Response:
            line = {"line_no": 1, "sku": sku, "warehouse": WH, "quantity": str(quantity)}
            return await client.post(
                f"{url}/reservations",
                json={"order_id": str(order_id), "lines": [line | {"unit": "pcs"}]},
            )

        async def adjust() -> httpx.Response:
            return await client.post(
                f"{url}/stock/{sku}/{WH}/adjustments",
                json={"quantity": "3", "unit": "pcs", "reason": "found", "unit_cost": "2"},
            )

        answers = await asyncio.gather(
            *(reserve(o, q) for o, q in http_orders.items()),
            *(adjust() for _ in range(5)),
            publish(sales, placed),
            publish(purchasing, receipts),
        )
        for answer in answers:
            if isinstance(answer, httpx.Response):
                assert answer.status_code in (200, 201), answer.text
        await _consumed(client, url, *placed, *receipts)
        level = await _level(client, url, sku)
        detail = (await client.get(f"{url}/stock/{sku}/{WH}/detail")).json()

    asked = {o.order_id: o.lines[0].quantity for o in kafka_orders} | http_orders
    on_hand = sum(arriving, D(0)) + 5 * 3
    assert D(level["on_hand"]) == on_hand
    reservations = {UUID(r["order_id"]): D(r["quantity"]) for r in detail["reservations"]}
    waiting = [(UUID(b["order_id"]), D(b["quantity"])) for b in detail["backorders"]]
    assert D(level["available"]) >= 0
    assert sum(reservations.values(), D(0)) == D(level["reserved"])
    assert D(level["reserved"]) + D(level["available"]) == on_hand
    assert set(reservations) | {o for o, _ in waiting} == set(asked)  # each line somewhere
    assert not set(reservations) & {o for o, _ in waiting}  # and only once
    assert all(reservations[o] == asked[o] for o in reservations)  # reserved whole
    assert all(q == asked[o] for o, q in waiting)
    if waiting:
        assert waiting[0][1] > D(level["available"])  # the head does not fit: nothing idles
    assert waiting, "the orders asked for more than arrived: some must wait"

    # then enough arrives for every line still waiting: all of them are reserved, whole
    enough = envelope_of(receipt([(sku, WH, sum((q for _, q in waiting), D(0)))]), "po-last")
    await publish(purchasing, [enough])
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await _consumed(client, url, enough)
        level = await _level(client, url, sku)
        assert (await client.get(f"{url}/backorders", params={"sku": sku})).json() == []
    assert D(level["reserved"]) == sum(asked.values(), D(0))
    assert D(level["available"]) == on_hand - sum(reservations.values(), D(0))
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        cur = await conn.execute(
            "SELECT payload->>'order_id', count(*), min((payload->>'available_after')::numeric) "
            "FROM events WHERE event_type = 'inventory.StockReserved' GROUP BY 1"
        )
        rows = await cur.fetchall()
    assert all(count == 1 for _, count, _ in rows)  # no line reserved twice, ever
    assert all(lowest >= 0 for _, _, lowest in rows)  # never beyond what was available
    assert {UUID(o) for o, _, _ in rows} == set(asked)


async def test_a_transfer_in_and_a_released_reservation_fill_waiting_lines(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sku = f"BT-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], ["WH-A", WH])

        async def reserve(order_id: UUID, quantity: str) -> dict[str, Any]:
            line = {"line_no": 1, "sku": sku, "warehouse": WH, "quantity": quantity, "unit": "pcs"}
            made = await client.post(
                f"{url}/reservations", json={"order_id": str(order_id), "lines": [line]}
            )
            assert made.status_code == 200, made.text
            answer: dict[str, Any] = made.json()["lines"][0]
            return answer

        first, second = uuid4(), uuid4()
        assert (await reserve(first, "6"))["status"] == "backordered"
        assert (await reserve(second, "3"))["position"] == 2
        stocked = envelope_of(receipt([(sku, "WH-A", D(10))]), "po-a")
        await publish(topic_of("purchasing", stack.namespace), [stocked])
        await _consumed(client, url, stocked)
        requested = await client.post(
            f"{url}/transfers",
            json={
                "from_warehouse": "WH-A",
                "to_warehouse": WH,
                "lines": [{"sku": sku, "quantity": "7", "unit": "pcs"}],
            },
        )
        assert requested.status_code == 201, requested.text
        transfer = requested.json()["id"]
        assert (await client.post(f"{url}/transfers/{transfer}/dispatch")).status_code == 200
        received = await client.post(
            f"{url}/transfers/{transfer}/receive",
            json={"lines": [{"line_no": 1, "quantity_received": "7"}]},
        )
        assert received.status_code == 200, received.text
        level = await _level(client, url, sku)  # 7 in: the 6 reserved, the 3 still wait
        assert (D(level["reserved"]), D(level["backordered"]), D(level["available"])) == (6, 3, 1)

        freed = await client.post(f"{url}/reservations/{first}/release", json={"reason": "gone"})
        assert freed.status_code == 200, freed.text
        level = await _level(client, url, sku)  # the 6 released: the 3 are reserved
        assert (D(level["reserved"]), D(level["backordered"]), D(level["available"])) == (3, 0, 4)
        detail = (await client.get(f"{url}/stock/{sku}/{WH}/detail")).json()
        assert [UUID(r["order_id"]) for r in detail["reservations"]] == [second]
