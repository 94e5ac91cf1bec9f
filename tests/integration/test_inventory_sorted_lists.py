"""Issue 12: inventory's lists sorted and keyset paged on the server (jxc.platform.paging) on
the real PostgreSQL: stock, transfers, stock counts, reorder rules, alerts, ABC classes, the
warehouses, a position's ledger (oldest or newest first) and the backorders,
each sort in both orders covering every row exactly once (NULLs last), and a bad cursor or an
unknown sort refused with a 422; the items sorted too (their cursor in the body, as their SKU
was). One inventory started for all of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.base import Money
from jxc.events.contracts.sales import OrderLine, OrderPlaced
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish
from tests.integration.registering import register
from tests.integration.sorted_pages import check_refusals, check_sorts, walk

W1, W2 = "WH-S1", "WH-S2"


async def walk_items(
    client: httpx.AsyncClient, url: str, params: dict[str, Any], limit: int
) -> list[dict[str, Any]]:
    """The items' pages (their cursor in the body's `next_after`)."""
    found: list[dict[str, Any]] = []
    after = None
    while True:
        response = await client.get(
            url, params={**params, "limit": limit} | ({"after": after} if after else {})
        )
        assert response.status_code == 200, response.text
        page = response.json()
        found += page["items"]
        after = page["next_after"]
        if after is None:
            return found


async def test_inventory_lists_page_in_every_sort_and_order(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    tag = uuid4().hex[:4]
    skus = [f"S{n}-{tag}" for n in (3, 1, 4, 5, 9, 2, 6)]
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await register(client, url, skus, [W1, W2])

        async def ok(path: str, body: dict[str, object], status: int = 201) -> dict[str, object]:
            answer = await client.post(f"{url}{path}", json=body)
            assert answer.status_code == status, answer.text
            result: dict[str, object] = answer.json()
            return result

        for n, sku in enumerate(skus):  # quantities with ties, two warehouses
            for wh in (W1, W2):
                body = {"quantity": str(10 + n % 3), "unit": "pcs", "reason": "opening"}
                await ok(f"/stock/{sku}/{wh}/adjustments", body | {"unit_cost": "2.50"})
        for n, sku in enumerate(skus[:5]):  # some shipped, for the ABC classes
            body = {"quantity": str(1 + n % 2), "unit": "pcs", "reason": "sold"}
            await ok(f"/stock/{sku}/{W1}/issues", body | {"kind": "shipment"})
        for n, sku in enumerate(skus):  # rules: the odd ones below min (alerting), others not
            alerting = n % 2 == 1
            rule = {"sku": sku, "warehouse": W1 if n < 4 else W2, "unit": "pcs"}
            limits = {"min_quantity": "50", "max_quantity": "90"} if alerting else {}
            limits = limits or {"min_quantity": str(n % 3), "max_quantity": "60"}
            await ok("/reorder-rules", rule | limits, 200)
        for n, sku in enumerate(skus):
            line = {"sku": sku, "quantity": str(1 + n % 2), "unit": "pcs"}
            ends = (W1, W2) if n % 2 else (W2, W1)
            body = {"from_warehouse": ends[0], "to_warehouse": ends[1], "lines": [line]}
            await ok("/transfers", body)
        for n, sku in enumerate(skus):
            body = {"warehouse": W1 if n % 3 else W2, "scope": "selection", "skus": [sku]}
            await ok("/stock-counts", body)
        today = datetime.now(UTC).date()
        period = {"period_from": str(today - timedelta(days=1)), "period_to": str(today)}
        await ok("/abc/classify", period, 200)

        def position(row: dict[str, object]) -> tuple[object, object]:
            return (row["sku"], row["warehouse"])

        await check_sorts(
            client,
            f"{url}/stock",
            ["sku", "warehouse", "on_hand", "value", "updated_at"],
            position,
            limit=3,
        )
        await check_sorts(
            client,
            f"{url}/stock",
            ["sku", "on_hand"],
            position,
            params={"warehouse": W2},
        )
        items = await walk_items(client, f"{url}/items", {"q": "S", "sort": "name"}, 2)
        assert sorted(i["sku"] for i in items) == sorted(skus)
        for order in ("asc", "desc"):
            by_category = await walk_items(
                client, f"{url}/items", {"sort": "category", "order": order}, 2
            )
            assert sorted(i["sku"] for i in by_category) == sorted(skus)
        garbled = await client.get(f"{url}/items", params={"sort": "sku", "after": "garbage!"})
        assert garbled.status_code == 422, garbled.text
        old = await client.get(f"{url}/items", params={"after": skus[1], "limit": 2})
        assert old.status_code == 200 and old.json()["items"][0]["sku"] > skus[1]
        await check_sorts(
            client,
            f"{url}/transfers",
            ["requested_at", "status", "from_warehouse", "to_warehouse"],
            lambda row: row["transfer_id"],  # type: ignore[return-value]
        )
        await check_sorts(
            client,
            f"{url}/stock-counts",
            ["opened_at", "warehouse", "lines_counted", "closed_at"],  # closed_at: all NULL
            lambda row: row["count_id"],  # type: ignore[return-value]
        )
        await check_sorts(
            client,
            f"{url}/reorder-rules",
            ["warehouse", "sku", "min_quantity", "alert_since"],  # alert_since: NULLs and not
            position,
        )
        await check_sorts(
            client,
            f"{url}/alerts",
            ["warehouse", "sku", "alert_since", "alert_available"],
            position,
            limit=1,
        )
        await check_sorts(
            client,
            f"{url}/abc",
            ["consumption_value", "sku", "abc_class", "cumulative_share"],
            lambda row: row["sku"],  # type: ignore[return-value]
            params={"warehouse": W1},
        )

        for path, sort, other in (
            ("/stock", "sku", "on_hand"),
            ("/transfers", "requested_at", "status"),
            ("/stock-counts", "opened_at", "warehouse"),
            ("/reorder-rules", "warehouse", "sku"),
            ("/alerts", "warehouse", "sku"),
            ("/abc", "sku", "consumption_value"),
        ):
            await check_refusals(client, f"{url}{path}", sort, other)
        from_transfers = (await client.get(f"{url}/transfers", params={"limit": 1})).headers
        counts = await client.get(
            f"{url}/stock-counts",
            params={"sort": "opened_at", "order": "desc", "after": from_transfers["x-next-cursor"]},
        )
        assert counts.status_code == 422, counts.text  # another list's cursor

        old = await client.get(f"{url}/stock", params={"after_sku": skus[0], "after_warehouse": W1})
        assert old.status_code == 200 and all(
            r["sku"] > skus[0] or r["warehouse"] > W1 for r in old.json()
        )
        mixed = await client.get(
            f"{url}/stock", params={"after_sku": skus[0], "after_warehouse": W1, "sort": "value"}
        )
        assert mixed.status_code == 422, mixed.text

        # the warehouses by code or name (names not in the codes' order), filtered
        for code, name in (("WH-S3", "Zhuhai"), ("WH-S4", "Anshan"), ("WH-S5", "Beijing S")):
            await ok("/warehouses", {"code": code, "name": name})
        await check_sorts(
            client,
            f"{url}/warehouses",
            ["code", "name"],
            lambda row: row["code"],  # type: ignore[return-value]
        )
        by_name = await walk(client, f"{url}/warehouses", {"sort": "name"}, 2)
        assert [w["code"] for w in by_name][:3] == ["WH-S4", "WH-S5", W1]
        holding = await walk(client, f"{url}/warehouses", {"holding": "JING"}, 5)
        assert [w["code"] for w in holding] == ["WH-S5"]
        await check_refusals(client, f"{url}/warehouses", "name", "code")

        # a position's ledger oldest or newest first, by sequence or by when it happened
        for n in range(4):
            body = {"quantity": str(n + 1), "unit": "pcs", "reason": "found"}
            await ok(f"/stock/{skus[0]}/{W2}/adjustments", body | {"unit_cost": "2.50"})
        ledger = f"{url}/stock/{skus[0]}/{W2}/ledger"
        await check_sorts(client, ledger, ["id", "occurred_at"], lambda row: row["id"])  # type: ignore[return-value]
        newest = await walk(client, ledger, {"order": "desc"}, 2)
        oldest = await walk(client, ledger, {}, 2)
        assert [r["id"] for r in newest] == [r["id"] for r in oldest][::-1]
        assert len(oldest) == 5 and oldest[-1]["on_hand_after"] == str(Decimal(10 + 1 + 2 + 3 + 4))
        after_id = await client.get(ledger, params={"after_id": oldest[1]["id"]})
        assert [r["id"] for r in after_id.json()] == [r["id"] for r in oldest[2:]]
        mixed = await client.get(ledger, params={"after_id": oldest[1]["id"], "order": "desc"})
        assert mixed.status_code == 422, mixed.text
        await check_refusals(client, ledger, "occurred_at", "id")

        # backorders: orders placed beyond the stock wait; sorted by SKU, warehouse, quantity
        placed = [placed_order(skus[n % 3], str(40 + n % 2), W1 if n % 2 else W2) for n in range(6)]
        envelopes = [envelope_of(o, f"sales-order-{o.order_id}") for o in placed]
        await publish(topic_of("sales", stack.namespace), envelopes)
        waited = await client.get(
            f"{url}/backorders", params={"wait_for_event": str(envelopes[-1].event_id)}
        )
        assert waited.status_code == 200, waited.text

        def waiting(row: dict[str, object]) -> tuple[object, object, object]:
            return (row["sku"], row["warehouse"], row["seq"])

        await check_sorts(
            client, f"{url}/backorders", ["sku", "warehouse", "quantity", "order_id"], waiting
        )
        queue = await walk(client, f"{url}/backorders", {}, 2)
        assert len(queue) == 6 and queue == sorted(queue, key=waiting)  # type: ignore[arg-type]
        old = await client.get(
            f"{url}/backorders",
            params={
                "after_sku": queue[1]["sku"],
                "after_warehouse": queue[1]["warehouse"],
                "after_seq": queue[1]["seq"],
            },
        )
        assert [waiting(r) for r in old.json()] == [waiting(r) for r in queue[2:]]
        await check_refusals(client, f"{url}/backorders", "quantity", "sku")


def placed_order(sku: str, quantity: str, warehouse: str) -> OrderPlaced:
    return OrderPlaced(
        order_id=uuid4(),
        customer_id=uuid4(),
        lines=[
            OrderLine(
                line_no=1,
                sku=sku,
                warehouse=warehouse,
                quantity=Decimal(quantity),
                unit="pcs",
                unit_price=Money(amount=Decimal("12.00"), currency="CNY"),
            )
        ],
    )
