"""The order book sorted on the server (sort, order, after: jxc.platform.paging) while its
old paging by order number stays as it was: every order exactly once in the order asked,
page after page by the `next` it answers; an unknown sort or another sort's cursor is a 422."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

import httpx

from tests.integration.harness import Stack
from tests.integration.sales_kit import SALES, catalog, customer, known_to_sales


async def walk(client: httpx.AsyncClient, url: str, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    after: str | None = None
    for _ in range(100):
        given = {**params, "limit": 2} | ({"after": after} if after else {})
        answer = await client.get(f"{url}/orders", params=given)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        rows += page["items"]
        after = page["next"]
        if after is None:
            return rows
        assert len(page["items"]) == 2  # a next page only after a full one
    raise AssertionError("the pages never ended")


async def test_the_order_book_pages_in_the_order_asked(stack: Stack) -> None:
    _, sales = stack.serve("sales")
    await catalog(stack, {"TEA": "box"}, ["WH-SH"])
    hx = await customer(stack, "HX-SORT", "1000000")
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "1000000")], ["TEA"])
        placed: list[str] = []
        for price in ("30", "10", "50", "20", "40"):
            line = {"sku": "TEA", "warehouse": "WH-SH", "quantity": "1", "unit_price": price}
            answer = await client.post(
                f"{sales}/orders", json={"customer_id": str(hx), "lines": [line]}
            )
            assert answer.status_code == 201, answer.text
            placed.append(answer.json()["id"])
        mine = {"customer_id": str(hx)}

        by_number = await walk(client, sales, **mine)  # the old paging, by order number
        assert [o["order_id"] for o in by_number] == placed
        assert all(not o["order_no"].startswith("ey") for o in by_number)

        by_total = await walk(client, sales, **mine, sort="total", order="desc")
        totals = [Decimal(o["total"]["amount"]) for o in by_total]
        assert totals == [50, 40, 30, 20, 10], totals
        assert sorted(UUID(o["order_id"]) for o in by_total) == sorted(UUID(i) for i in placed)
        ascending = await walk(client, sales, **mine, sort="total", order="asc")
        assert [o["order_id"] for o in ascending] == [o["order_id"] for o in reversed(by_total)]

        unknown = await client.get(f"{sales}/orders", params={"sort": "colour"})
        assert unknown.status_code == 422, unknown.text
        first = await client.get(f"{sales}/orders", params={**mine, "sort": "total", "limit": 2})
        foreign = await client.get(
            f"{sales}/orders",
            params={**mine, "sort": "taken_on", "after": first.json()["next"]},
        )
        assert foreign.status_code == 422, foreign.text
        garbled = await client.get(f"{sales}/orders", params={"sort": "total", "after": "x!"})
        assert garbled.status_code == 422, garbled.text
