"""Issue 8, items 2 and 4 (and 1): sales orders on real Kafka and PostgreSQL. Sales keeps its
own copies of crm's customers and inventory's catalog; an order names known ones (422
otherwise), is placed (sales.OrderPlaced), its lines reserved or backordered from inventory's
answers (published here as inventory publishes them), a backorder later filled; confirmed,
shipped in two shipments, delivered, closed; another cancelled (sales.OrderCancelled)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx

from jxc.events.cloudevents import from_kafka
from jxc.events.contracts.inventory import ReservationBackordered, StockReserved
from jxc.events.contracts.sales import OrderDelivered, OrderShipped, ShippedLine
from jxc.platform.settings import topic_of
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import read_all
from tests.integration.sales_kit import (
    SALES,
    catalog,
    customer,
    known_to_sales,
    order_in,
    publish_as,
)


def reserved(order_id: UUID, line_no: int, sku: str, qty: str, **kw: Any) -> StockReserved:
    return StockReserved(
        sku=sku,
        warehouse="WH-SH",
        order_id=order_id,
        line_no=line_no,
        quantity=Decimal(qty),
        unit="box",
        available_after=Decimal(0),
        **kw,
    )


async def test_an_order_is_reserved_backordered_filled_shipped_and_closed(stack: Stack) -> None:
    _, sales = stack.serve("sales")
    await catalog(stack, {"TEA": "box", "CUP": "box"}, ["WH-SH"])
    hx = await customer(stack, "HX-001", "100000")
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "100000")], ["TEA", "CUP"])
        body: dict[str, Any] = {
            "customer_id": str(hx),
            "lines": [
                {"sku": "TEA", "warehouse": "WH-SH", "quantity": "10", "unit_price": "12.50"},
                {
                    "sku": "CUP",
                    "warehouse": "WH-SH",
                    "quantity": "4",
                    "unit_price": "30",
                    "discount_percent": "0.10",
                },
            ],
            "ship_to": "shop",
            "promised_on": "2026-12-20",
        }
        for wrong, fields in [
            ({"customer_id": str(uuid4())}, ["customer_id"]),
            ({"lines": [{**body["lines"][0], "sku": "NOPE"}]}, ["lines.0.sku"]),
            ({"lines": [{**body["lines"][0], "warehouse": "WH-X"}]}, ["lines.0.warehouse"]),
            ({"ship_to": "depot"}, ["ship_to"]),
        ]:
            refused = await client.post(f"{sales}/orders", json={**body, **wrong})
            assert refused.status_code == 422, refused.text
            assert refused.json()["fields"] == fields
        not_sales = await client.post(
            f"{sales}/orders", json=body, headers={"Authorization": "Bearer x"}
        )
        assert not_sales.status_code == 401

        placed = await client.post(f"{sales}/orders", json=body)
        assert placed.status_code == 201, placed.text
        order_id = placed.json()["id"]
        order = UUID(order_id)
        view = (await client.get(f"{sales}/orders/{order_id}")).json()
        assert (view["status"], view["total"], view["currency"]) == ("placed", "233.00", "CNY")
        cup = view["lines"][1]
        assert (cup["unit_price"], cup["net_amount"], cup["status"]) == ("30", "108.00", "pending")
        assert cup["pricing"]["line_discount"] == "12.00"
        assert "line discount 10 % 12.00" in cup["pricing"]["explained"]
        confirm_early = await client.post(f"{sales}/orders/{order_id}/confirm")
        assert confirm_early.status_code == 409, confirm_early.text

        # inventory's answers: TEA reserved, CUP backordered (second in its queue)
        backordered = ReservationBackordered(
            sku="CUP",
            warehouse="WH-SH",
            order_id=order,
            line_no=2,
            quantity=Decimal(4),
            unit="box",
            available=Decimal(1),
            position=2,
        )
        await publish_as(
            stack, "inventory", "stock-TEA@WH-SH", reserved(order, 1, "TEA", "10"), backordered
        )
        view = await order_in(client, sales, order_id, "partly_backordered")
        assert [line["status"] for line in view["lines"]] == ["reserved", "backordered"]
        waiting = (await client.get(f"{sales}/backorders", params={"sku": "CUP"})).json()
        assert [(b["order_no"], b["line_no"], b["position"]) for b in waiting["items"]] == [
            (view["order_no"], 2, 2)
        ]
        book = (await client.get(f"{sales}/orders", params={"status": "partly_backordered"})).json()
        assert [o["order_id"] for o in book["items"]] == [order_id]

        await publish_as(
            stack,
            "inventory",
            "stock-CUP@WH-SH",
            reserved(order, 2, "CUP", "4", from_backorder=True),
        )
        await order_in(client, sales, order_id, "reserved")
        assert (await client.get(f"{sales}/backorders")).json()["items"] == []
        confirmed = await client.post(f"{sales}/orders/{order_id}/confirm")
        assert confirmed.status_code == 200, confirmed.text

        # two shipments (the shipment aggregate publishes these), then delivery
        first, second = uuid4(), uuid4()
        shipped = [
            OrderShipped(
                order_id=order,
                shipment_id=shipment,
                customer_id=hx,
                lines=[ShippedLine(line_no=n, sku=sku, warehouse="WH-SH", quantity=q, unit="box")],
            )
            for shipment, n, sku, q in [(first, 1, "TEA", Decimal(10)), (second, 2, "CUP", 4)]
        ]
        await publish_as(stack, "sales", f"shipment-{first}", shipped[0])
        await order_in(client, sales, order_id, "partially_shipped")
        cancel_late = await client.post(
            f"{sales}/orders/{order_id}/cancel", json={"reason": "too late"}
        )
        assert cancel_late.status_code == 409
        assert "already left a warehouse" in cancel_late.json()["detail"]
        await publish_as(stack, "sales", f"shipment-{second}", shipped[1])
        await order_in(client, sales, order_id, "shipped")
        delivered = OrderDelivered(
            order_id=order,
            shipment_id=second,
            customer_id=hx,
            delivered_at=datetime.now(UTC),
            value={"amount": "108", "currency": "CNY"},  # type: ignore[arg-type]
            fully_delivered=True,
        )
        await publish_as(stack, "sales", f"shipment-{second}", delivered)
        await order_in(client, sales, order_id, "delivered")
        closed = await client.post(f"{sales}/orders/{order_id}/close")
        assert closed.status_code == 200, closed.text

        # another order, cancelled before anything left
        other = await client.post(f"{sales}/orders", json={**body, "lines": body["lines"][:1]})
        assert other.status_code == 201, other.text
        other_id = other.json()["id"]
        cancelled = await client.post(
            f"{sales}/orders/{other_id}/cancel", json={"reason": "customer changed mind"}
        )
        assert cancelled.status_code == 200, cancelled.text
        book = (await client.get(f"{sales}/orders", params={"customer_id": str(hx)})).json()
        assert [(o["order_id"], o["status"]) for o in book["items"]] == [
            (order_id, "closed"),
            (other_id, "cancelled"),
        ]
        paged = (await client.get(f"{sales}/orders", params={"limit": 1})).json()
        assert paged["next"] is not None
        rest = (await client.get(f"{sales}/orders", params={"after": paged["next"]})).json()
        assert [o["order_id"] for o in rest["items"]] == [other_id]
        by_sku = (await client.get(f"{sales}/orders", params={"sku": "CUP"})).json()
        assert [o["order_id"] for o in by_sku["items"]] == [order_id]
        by_warehouse = await client.get(f"{sales}/orders", params={"warehouse": "WH-X"})
        assert by_warehouse.json()["items"] == []
        today = datetime.now(UTC).date()
        on_day = {"taken_from": str(today), "taken_to": str(today)}
        assert len((await client.get(f"{sales}/orders", params=on_day)).json()["items"]) == 2
        before = {"taken_to": str(today - timedelta(days=1))}
        assert (await client.get(f"{sales}/orders", params=before)).json()["items"] == []

    async def published() -> list[Any] | None:
        records = await read_all(topic_of("sales", stack.namespace), expect=10, timeout=5)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        kinds = [e.event_type for e in found]
        return (
            found
            if kinds.count("sales.OrderPlaced") == 2 and "sales.OrderCancelled" in kinds
            else None
        )

    envelopes = await eventually(published)
    placed_events = [
        json.loads(e.payload) for e in envelopes if e.event_type == "sales.OrderPlaced"
    ]
    assert sorted(p["order_id"] for p in placed_events) == sorted([order_id, other_id])
    first_placed = next(p for p in placed_events if p["order_id"] == order_id)
    assert (first_placed["total"], first_placed["ship_to"], first_placed["promised_on"]) == (
        {"amount": "233.00", "currency": "CNY"},
        "shop",
        "2026-12-20",
    )
    assert first_placed["order_no"].startswith("SO-")
    assert [line["net_amount"]["amount"] for line in first_placed["lines"]] == ["125.00", "108.00"]
    cancelled_events = [
        json.loads(e.payload) for e in envelopes if e.event_type == "sales.OrderCancelled"
    ]
    assert cancelled_events == [{"order_id": other_id, "reason": "customer changed mind"}]
