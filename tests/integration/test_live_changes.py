"""Issue 12, items 3 and 8, on real Kafka and PostgreSQL with one inventory service:

1. `GET /changes` (server-sent events, the token as a query parameter for an EventSource)
   emits the stock keeper's name when a receipt posted by purchasing is put in stock; no
   token is a 401 problem.
2. The stock list pages on the server (after_sku/after_warehouse, limit), filters by the
   items' category, and `GET /stock-value` sums the value per warehouse.
"""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from uuid import uuid4

import httpx

from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.test_stock_counts import ok, receive


async def next_change(lines: object) -> list[str]:
    """The projections of the next `change` event of an SSE stream's lines."""
    event = None
    async for line in lines:  # type: ignore[attr-defined]
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event == "change":
            return list(json.loads(line.removeprefix("data: "))["projections"])
    raise AssertionError("the stream ended")


async def test_a_receipt_is_streamed_and_stock_pages(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    token = bearer()["Authorization"].removeprefix("Bearer ")
    tag = uuid4().hex[:6].upper()
    skus = [f"LIVE-{tag}-{n}" for n in range(3)]
    async with httpx.AsyncClient(headers=bearer(), base_url=inventory, timeout=60) as client:
        for sku in skus:
            made = await client.post(
                "/items", json={"sku": sku, "name": sku, "unit": "pcs", "category": f"c{tag}"}
            )
            assert made.status_code == 201, made.text
        for code in ("WH-A", "WH-B"):
            await client.post("/warehouses", json={"code": code, "name": code})

        # 1. no token: refused before any stream
        async with httpx.AsyncClient(base_url=inventory, timeout=10) as anonymous:
            refused = await anonymous.get("/changes")
            assert refused.status_code == 401, refused.text
            assert refused.json()["title"]

        async with (
            httpx.AsyncClient(base_url=inventory, timeout=60) as streaming,
            streaming.stream("GET", "/changes", params={"access_token": token}) as stream,
        ):
            assert stream.status_code == 200
            assert stream.headers["content-type"].startswith("text/event-stream")
            lines = stream.aiter_lines()
            assert (await anext(lines)).startswith("retry:")
            await receive(
                stack,
                client,
                inventory,
                [(skus[0], "WH-A", Decimal(5)), (skus[1], "WH-A", Decimal(2))],
            )
            names = await asyncio.wait_for(next_change(lines), 30)
            assert any(n.endswith(".stock-keeper") for n in names), names

        # 2. three positions more, then pages of two of this category's five
        await receive(
            stack,
            client,
            inventory,
            [
                (skus[2], "WH-A", Decimal(1)),
                (skus[0], "WH-B", Decimal(3)),
                (skus[1], "WH-B", Decimal(4)),
            ],
        )
        seen: list[tuple[str, str]] = []
        params: dict[str, str | int] = {"category": f"c{tag}", "limit": 2}
        while True:
            page = ok(await client.get("/stock", params=params))
            seen += [(p["sku"], p["warehouse"]) for p in page]
            if len(page) < 2:
                break
            params |= {"after_sku": page[-1]["sku"], "after_warehouse": page[-1]["warehouse"]}
        assert seen == sorted(
            [
                (skus[0], "WH-A"),
                (skus[0], "WH-B"),
                (skus[1], "WH-A"),
                (skus[1], "WH-B"),
                (skus[2], "WH-A"),
            ]
        )
        other = ok(await client.get("/stock", params={"category": "no-such-category"}))
        assert other == []
        half = await client.get("/stock", params={"after_sku": skus[0]})
        assert half.status_code == 422 and "after_warehouse" in half.json()["fields"]

        values = ok(await client.get("/stock-value"))
        by_warehouse = {v["warehouse"]: v for v in values}
        assert by_warehouse["WH-A"]["positions"] >= 3
        assert Decimal(by_warehouse["WH-B"]["value"]) >= 0
