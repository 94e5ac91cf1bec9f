"""Issue 8, item 1: a quotation with a validity date, lines, prices and discounts; accepted;
converted into an order in ONE command (one transaction: an order that cannot be placed leaves
the quotation unconverted); unaccepted, past-dated or twice-converted ones refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from jxc.events.cloudevents import from_kafka
from jxc.platform.settings import topic_of
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import read_all
from tests.integration.sales_kit import SALES, catalog, customer, known_to_sales


async def test_an_accepted_quotation_converts_once_into_an_order(stack: Stack) -> None:
    _, sales = stack.serve("sales")
    await catalog(stack, {"TEA": "box"}, ["WH-SH"])
    hx = await customer(stack, "HX-001", "50000")
    today = datetime.now(UTC).date()
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "50000")], ["TEA"])
        body: dict[str, Any] = {
            "customer_id": str(hx),
            "lines": [
                {
                    "sku": "TEA",
                    "warehouse": "WH-SH",
                    "quantity": "100",
                    "unit_price": "9.90",
                    "discount_percent": "0.05",
                }
            ],
            "valid_until": str(today + timedelta(days=10)),
        }
        past = await client.post(
            f"{sales}/quotations", json={**body, "valid_until": str(today - timedelta(days=1))}
        )
        assert past.status_code == 422, past.text
        assert past.json()["fields"] == ["valid_until"]
        created = await client.post(f"{sales}/quotations", json=body)
        assert created.status_code == 201, created.text
        quote = created.json()["id"]
        shown = (await client.get(f"{sales}/quotations/{quote}")).json()
        assert (shown["status"], shown["total"]) == ("open", "940.50")

        early = await client.post(f"{sales}/quotations/{quote}/convert", json={})
        assert early.status_code == 409, early.text
        assert "not been accepted" in early.json()["detail"]
        accepted = await client.post(f"{sales}/quotations/{quote}/accept")
        assert accepted.status_code == 200, accepted.text

        # the order cannot be placed (no such address): nothing is recorded, not even the
        # quotation's conversion
        failing = await client.post(
            f"{sales}/quotations/{quote}/convert", json={"ship_to": "depot"}
        )
        assert failing.status_code == 422, failing.text
        assert (await client.get(f"{sales}/quotations/{quote}")).json()["status"] == "accepted"

        converted = await client.post(
            f"{sales}/quotations/{quote}/convert", json={"ship_to": "shop"}
        )
        assert converted.status_code == 200, converted.text
        shown = (await client.get(f"{sales}/quotations/{quote}")).json()
        assert shown["status"] == "converted"
        order_id = shown["order_id"]
        order = (await client.get(f"{sales}/orders/{order_id}")).json()
        assert (order["quotation_id"], order["total"], order["ship_to"]) == (
            quote,
            "940.50",
            "shop",
        )
        line = order["lines"][0]
        assert line["pricing"]["price_source"].startswith(f"quotation {quote}")
        assert line["pricing"]["line_discount"] == "49.50"

        again = await client.post(f"{sales}/quotations/{quote}/convert", json={})
        assert again.status_code == 409, again.text
        assert "already converted" in again.json()["detail"]
        book = (await client.get(f"{sales}/orders", params={"customer_id": str(hx)})).json()
        assert [o["order_id"] for o in book["items"]] == [order_id]  # one order, not two

    async def placed() -> Any:
        records = await read_all(topic_of("sales", stack.namespace), expect=4, timeout=5)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        orders = [json.loads(e.payload) for e in found if e.event_type == "sales.OrderPlaced"]
        return orders or None

    orders = await eventually(placed)
    assert [(o["order_id"], o["quotation_id"]) for o in orders] == [(order_id, quote)]


async def test_the_quotation_list_filters_by_customer_and_status_and_pages(stack: Stack) -> None:
    """The quotation list (issue 12's quotation screen): newest first, filtered by customer
    and status (open, accepted, converted), keyset paged by `next`."""
    _, sales = stack.serve("sales")
    await catalog(stack, {"TEA": "box"}, ["WH-SH"])
    hx = await customer(stack, "HX-001", "50000")
    ly = await customer(stack, "LY-002", "50000")
    today = datetime.now(UTC).date()
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "50000"), (ly, "50000")], ["TEA"])

        async def quote(who: Any, quantity: str) -> str:
            body = {
                "customer_id": str(who),
                "lines": [
                    {"sku": "TEA", "warehouse": "WH-SH", "quantity": quantity, "unit_price": "2"}
                ],
                "valid_until": str(today + timedelta(days=5)),
            }
            made = await client.post(f"{sales}/quotations", json=body)
            assert made.status_code == 201, made.text
            return str(made.json()["id"])

        first, second, third = await quote(hx, "1"), await quote(hx, "2"), await quote(ly, "3")
        assert (await client.post(f"{sales}/quotations/{second}/accept")).status_code == 200
        assert (await client.post(f"{sales}/quotations/{first}/accept")).status_code == 200
        converted = await client.post(f"{sales}/quotations/{first}/convert", json={})
        assert converted.status_code == 200, converted.text

        async def listed(**query: Any) -> dict[str, Any]:
            got = await client.get(f"{sales}/quotations", params=query)
            assert got.status_code == 200, got.text
            body: dict[str, Any] = got.json()
            return body

        everything = await listed()
        assert [(q["quotation_id"], q["status"], q["total"]) for q in everything["items"]] == [
            (third, "open", "6.00"),
            (second, "accepted", "4.00"),
            (first, "converted", "2.00"),
        ]
        assert everything["items"][2]["order_id"] is not None
        assert everything["next"] is None
        of_hx = await listed(customer_id=str(hx))
        assert [q["quotation_id"] for q in of_hx["items"]] == [second, first]
        assert [q["quotation_id"] for q in (await listed(status="open"))["items"]] == [third]
        page = await listed(limit=2)
        assert [q["quotation_id"] for q in page["items"]] == [third, second]
        rest = await listed(limit=2, after=page["next"])
        assert ([q["quotation_id"] for q in rest["items"]], rest["next"]) == ([first], None)
        bad = await client.get(f"{sales}/quotations", params={"status": "lost"})
        assert bad.status_code == 422, bad.text
