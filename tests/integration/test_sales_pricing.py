"""Issue 8, item 3: pricing on real Kafka and PostgreSQL. A price list of the customer's
group and currency prices the lines (quantity breaks), a typed price only where no list
applies; a line discount and an order discount; a coupon crm issued honoured once even by
concurrent orders; a loyalty voucher by its customer only; all explained on the order."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.base import Money
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts.crm import CouponIssued, PointsRedeemed
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import read_all
from tests.integration.sales_kit import SALES, catalog, customer, known_to_sales, publish_as


async def test_lines_are_priced_from_the_list_and_discounted_by_coupon_and_voucher(
    stack: Stack,
) -> None:
    _, sales = stack.serve("sales")
    await catalog(stack, {"TEA": "box", "CUP": "box"}, ["WH-SH"])
    hx = await customer(stack, "HX-001", "100000")
    other = await customer(stack, "HX-002", "100000")
    today = datetime.now(UTC).date()
    coupon = CouponIssued(
        coupon_code="WINTER10",
        campaign_id=uuid4(),
        percent_off=Decimal("0.10"),
        min_order_value=Money(amount=Decimal(500), currency="CNY"),
        valid_from=today - timedelta(days=1),
        valid_until=today + timedelta(days=30),
    )
    voucher = PointsRedeemed(
        redemption_id=uuid4(),
        customer_id=hx,
        voucher_code="V-HX-1",
        points=2000,
        value=Money(amount=Decimal(20), currency="CNY"),
        valid_until=today + timedelta(days=30),
    )
    await publish_as(stack, "crm", "campaign-winter", coupon)
    await publish_as(stack, "crm", f"loyalty-{hx}", voucher)
    async with httpx.AsyncClient(headers=SALES, timeout=60) as client:
        await known_to_sales(client, sales, [(hx, "100000"), (other, "100000")], ["TEA", "CUP"])
        defined = await client.post(
            f"{sales}/price-lists",
            json={
                "code": "RETAIL-2026",
                "customer_group": "retail",
                "currency": "CNY",
                "valid_from": str(today - timedelta(days=30)),
                "prices": [
                    {"sku": "TEA", "unit_price": "10"},
                    {"sku": "TEA", "min_quantity": "100", "unit_price": "9"},
                ],
            },
        )
        assert defined.status_code == 201, defined.text

        async def coupon_known() -> bool:
            return (await client.get(f"{sales}/coupons/WINTER10")).status_code == 200

        await eventually(coupon_known)

        def body(**changes: Any) -> dict[str, Any]:
            values: dict[str, Any] = {
                "customer_id": str(hx),
                "lines": [
                    {"sku": "TEA", "warehouse": "WH-SH", "quantity": "100"},
                    {
                        "sku": "CUP",
                        "warehouse": "WH-SH",
                        "quantity": "10",
                        "unit_price": "30",
                        "discount_percent": "0.10",
                    },
                ],
            }
            values.update(changes)
            return values

        below_list = body(
            lines=[{"sku": "TEA", "warehouse": "WH-SH", "quantity": "100", "unit_price": "8"}]
        )
        refused = await client.post(f"{sales}/orders", json=below_list)
        assert refused.status_code == 422, refused.text
        assert refused.json()["fields"] == ["lines.0.unit_price"]
        unpriced = body(lines=[{"sku": "CUP", "warehouse": "WH-SH", "quantity": "1"}])
        refused = await client.post(f"{sales}/orders", json=unpriced)
        assert refused.status_code == 422, refused.text
        assert refused.json()["fields"] == ["lines.0.unit_price"]
        not_hers = await client.post(
            f"{sales}/orders", json=body(customer_id=str(other), voucher_code="V-HX-1")
        )
        assert not_hers.status_code == 422, not_hers.text
        assert not_hers.json()["fields"] == ["voucher_code"]

        # two orders race for one coupon: one gets it
        answers = await asyncio.gather(
            client.post(
                f"{sales}/orders",
                json=body(
                    coupon_code="WINTER10",
                    voucher_code="V-HX-1",
                    order_discount_percent="0.02",
                ),
            ),
            client.post(
                f"{sales}/orders", json=body(customer_id=str(other), coupon_code="WINTER10")
            ),
        )
        codes = sorted(a.status_code for a in answers)
        assert codes == [201, 409], [a.text for a in answers]
        winner = next(a for a in answers if a.status_code == 201)
        loser = next(a for a in answers if a.status_code == 409)
        assert "already used" in loser.json()["detail"]
        order_id = winner.json()["id"]
        assert (await client.get(f"{sales}/coupons/WINTER10")).json()["used_by"] == order_id

        view = (await client.get(f"{sales}/orders/{order_id}")).json()
        tea, cup = view["lines"]
        assert (tea["unit_price"], tea["pricing"]["price_source"]) == (
            "9",
            "price list RETAIL-2026 (from 100)",
        )
        assert cup["pricing"]["price_source"] == "entered by wang.fang"
        assert cup["pricing"]["line_discount"] == "30.00"
        if view["customer_id"] == str(hx):
            # 900 + 270 = 1170; 2 % = 23.40; coupon 10 % of 1146.60 = 114.66; voucher 20
            assert (view["order_percent_discount"], view["coupon_discount"]) == ("23.40", "114.66")
            assert view["voucher_discount"] == "20"
            assert view["total"] == "1011.94"
        else:  # the other customer's order won: the coupon alone, 10 % of 1170
            assert (view["coupon_discount"], view["voucher_discount"]) == ("117.00", None)
            assert view["total"] == "1053.00"
        assert "share of order discounts" in tea["pricing"]["explained"]
        assert Decimal(tea["net_amount"]) + Decimal(cup["net_amount"]) == Decimal(view["total"])

        # cancelled, the order gives its coupon back
        cancelled = await client.post(
            f"{sales}/orders/{order_id}/cancel", json={"reason": "customer changed mind"}
        )
        assert cancelled.status_code == 200, cancelled.text
        assert (await client.get(f"{sales}/coupons/WINTER10")).json()["used_by"] is None

    async def placed() -> Any:
        records = await read_all(topic_of("sales", stack.namespace), expect=6, timeout=5)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        orders = [json.loads(e.payload) for e in found if e.event_type == "sales.OrderPlaced"]
        return orders or None

    orders = await eventually(placed)
    assert [o["coupon_code"] for o in orders] == ["WINTER10"]


async def test_the_price_list_list_filters_and_pages_and_follows_revisions(
    stack: Stack,
) -> None:
    """The list of price lists (issue 12's price list screen): newest first, with the number of
    their prices and who changed them last; filtered by code (any case, a part of it),
    customer group, currency, a SKU priced and a day valid on; keyset paged by `next`; a
    revision shows in its row; a price list's page has its prices."""
    _, sales = stack.serve("sales")
    today = datetime.now(UTC).date()
    async with httpx.AsyncClient(headers=SALES, timeout=60) as client:

        async def define(code: str, group: str, currency: str, skus: list[str]) -> str:
            made = await client.post(
                f"{sales}/price-lists",
                json={
                    "code": code,
                    "customer_group": group,
                    "currency": currency,
                    "valid_from": str(today - timedelta(days=10)),
                    "valid_until": str(today + timedelta(days=10)),
                    "prices": [{"sku": sku, "unit_price": "10.50"} for sku in skus],
                },
            )
            assert made.status_code == 201, made.text
            return str(made.json()["id"])

        async def listed(**query: Any) -> dict[str, Any]:
            got = await client.get(f"{sales}/price-lists", params=query)
            assert got.status_code == 200, got.text
            body: dict[str, Any] = got.json()
            return body

        def ids(page: dict[str, Any]) -> list[str]:
            return [p["price_list_id"] for p in page["items"]]

        retail = await define("RETAIL-2026", "retail", "CNY", ["TEA", "CUP"])
        trade = await define("TRADE-2026", "trade", "CNY", ["TEA"])
        export = await define("EXPORT_USD", "trade", "USD", ["CUP"])

        everything = await listed()
        assert ids(everything) == [export, trade, retail]
        assert everything["next"] is None
        first = everything["items"][2]
        assert (first["code"], first["customer_group"], first["currency"]) == (
            "RETAIL-2026",
            "retail",
            "CNY",
        )
        assert (first["price_count"], first["version"], first["changed_by"]) == (
            2,
            1,
            "wang.fang",
        )
        assert ids(await listed(code="retail")) == [retail]
        assert ids(await listed(code="2026")) == [trade, retail]
        assert ids(await listed(code="e_2")) == []  # "_" is a character, not a wildcard
        assert ids(await listed(code="t_usd")) == [export]
        assert ids(await listed(customer_group="trade")) == [export, trade]
        assert ids(await listed(currency="USD")) == [export]
        assert ids(await listed(sku="TEA")) == [trade, retail]
        assert ids(await listed(customer_group="trade", sku="TEA")) == [trade]
        assert ids(await listed(valid_on=str(today + timedelta(days=11)))) == []
        page = await listed(limit=2)
        assert ids(page) == [export, trade]
        rest = await listed(limit=2, after=page["next"])
        assert (ids(rest), rest["next"]) == ([retail], None)

        revised = await client.post(
            f"{sales}/price-lists/{retail}/revise",
            json={
                "valid_from": str(today),
                "prices": [
                    {"sku": "TEA", "unit_price": "11"},
                    {"sku": "TEA", "min_quantity": "100", "unit_price": "9.80"},
                    {"sku": "CUP", "unit_price": "3"},
                ],
            },
            headers=bearer("li.na", ["sales"]),
        )
        assert revised.status_code == 200, revised.text
        [row] = (await listed(code="RETAIL"))["items"]
        assert (row["price_count"], row["version"], row["changed_by"]) == (3, 2, "li.na")
        assert (row["valid_from"], row["valid_until"]) == (str(today), None)
        assert ids(await listed(valid_on=str(today + timedelta(days=11)))) == [retail]
        assert ids(await listed(valid_on=str(today - timedelta(days=1)))) == [export, trade]

        one = await client.get(f"{sales}/price-lists/{retail}")
        assert one.status_code == 200, one.text
        assert [(p["sku"], p["min_quantity"], p["unit_price"]) for p in one.json()["prices"]] == [
            ("TEA", "0", "11"),
            ("TEA", "100", "9.80"),
            ("CUP", "0", "3"),
        ]
        missing = await client.get(f"{sales}/price-lists/{uuid4()}")
        assert missing.status_code == 404, missing.text
        for bad in ({"currency": "usd"}, {"after": "x"}, {"limit": "0"}, {"valid_on": "soon"}):
            answer = await client.get(f"{sales}/price-lists", params=bad)
            assert answer.status_code == 422, (bad, answer.text)
