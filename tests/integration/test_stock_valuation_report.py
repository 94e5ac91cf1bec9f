"""Issue 10 item 4: the stock valuation report (value by warehouse and item category as of a
moment) from the day totals migration 0012's triggers keep beside the ledger, and a
warehouse's stock list in keyset pages — on real Kafka and PostgreSQL, one service start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish, receipt

ACCOUNTANT = bearer("kuaiji", ["accountant"])


def lines(report: dict[str, Any]) -> dict[tuple[str, str | None], Decimal]:
    assert {line["currency"] for line in report["lines"]} <= {"CNY"}
    return {
        (line["warehouse"], line["category"]): Decimal(line["value"]) for line in report["lines"]
    }


async def test_valuation_by_warehouse_and_category_as_of_a_moment(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    tea, plain = f"TEA-{uuid4().hex[:6]}", f"BOX-{uuid4().hex[:6]}"
    wh_a, wh_b = f"WA-{uuid4().hex[:4]}", f"WB-{uuid4().hex[:4]}"
    async with httpx.AsyncClient(base_url=url, headers=bearer(), timeout=30) as client:
        for body in (
            {"sku": tea, "name": "tea", "unit": "pcs", "category": "TEA"},
            {"sku": plain, "name": "box", "unit": "pcs"},
        ):
            assert (await client.post("/items", json=body)).status_code == 201
        for code in (wh_a, wh_b):
            made = await client.post("/warehouses", json={"code": code, "name": code})
            assert made.status_code == 201, made.text
        received = envelope_of(
            receipt(
                [(tea, wh_a, Decimal(40)), (plain, wh_a, Decimal(10)), (tea, wh_b, Decimal(8))]
            ),
            "purchase-order-1",
        )
        await publish(topic_of("purchasing", stack.namespace), [received])
        seen = await client.get(
            f"/stock/{tea}/{wh_a}", params={"wait_for_event": str(received.event_id)}
        )
        assert seen.status_code == 200, seen.text
        between = datetime.now(UTC)
        issued = await client.post(
            f"/stock/{tea}/{wh_a}/issues",
            json={"quantity": "15", "unit": "pcs", "reason": "damaged"},
        )
        assert issued.status_code == 201, issued.text

        async def valuation(at: datetime, **params: str) -> dict[str, Any]:
            answer = await client.get(
                "/stock-valuation", params={"at": at.isoformat(), **params}, headers=ACCOUNTANT
            )
            assert answer.status_code == 200, answer.text
            return dict(answer.json())

        now = datetime.now(UTC)
        expected = {
            (wh_a, "TEA"): Decimal("62.50"),
            (wh_a, None): Decimal("25.00"),
            (wh_b, "TEA"): Decimal("20.00"),
        }
        today = await valuation(now)  # the ledger lines of today
        assert lines(today) == expected
        [total] = today["totals"]
        assert (total["currency"], Decimal(total["value"])) == ("CNY", Decimal("107.50"))
        # Tomorrow's report reads today from the day totals alone: the same figures.
        assert lines(await valuation(now + timedelta(days=2))) == expected
        # And they are what the positions hold now.
        levels = (await client.get("/stock", params={"warehouse": wh_a})).json()
        assert sum(Decimal(level["value"]) for level in levels) == Decimal("87.50")
        # Before the issue; before anything; one warehouse.
        assert lines(await valuation(between))[(wh_a, "TEA")] == Decimal("100.00")
        assert lines(await valuation(datetime(2000, 1, 1, tzinfo=UTC))) == {}
        assert lines(await valuation(now, warehouse=wh_b)) == {(wh_b, "TEA"): Decimal("20.00")}

        # The report groups by the item's category now: recategorised, its history moves.
        moved = await client.post(f"/items/{tea}/update", json={"category": "HERB"})
        assert moved.status_code == 200, moved.text
        later = {
            (wh_a, "HERB"): Decimal("62.50"),
            (wh_a, None): Decimal("25.00"),
            (wh_b, "HERB"): Decimal("20.00"),
        }
        assert lines(await valuation(now + timedelta(days=2))) == later
        assert lines(await valuation(datetime.now(UTC))) == later
        assert lines(await valuation(between))[(wh_a, "HERB")] == Decimal("100.00")

        # Only an accountant (or admin) asks; the moment must say its time zone.
        refused = await client.get(
            "/stock-valuation", params={"at": now.isoformat()}, headers=bearer("li", ["sales"])
        )
        assert refused.status_code == 403, refused.text
        naive = await client.get(
            "/stock-valuation", params={"at": "2026-01-01T00:00:00"}, headers=ACCOUNTANT
        )
        assert naive.status_code in (400, 422), naive.text
        assert naive.headers["content-type"].startswith("application/problem+json")

        # A warehouse's stock in keyset pages of one.
        first = (await client.get("/stock", params={"warehouse": wh_a, "limit": 1})).json()
        assert [p["sku"] for p in first] == [min(tea, plain)]
        after = {"after_sku": first[0]["sku"], "after_warehouse": wh_a}
        second = (
            await client.get("/stock", params={"warehouse": wh_a, "limit": 1, **after})
        ).json()
        assert [p["sku"] for p in second] == [max(tea, plain)]
        after = {"after_sku": second[0]["sku"], "after_warehouse": wh_a}
        assert (await client.get("/stock", params={"warehouse": wh_a, **after})).json() == []
        # Across warehouses, by (sku, warehouse).
        of_tea = (await client.get("/stock", params={"sku": tea, "limit": 1})).json()
        rest = await client.get(
            "/stock",
            params={"sku": tea, "after_sku": tea, "after_warehouse": of_tea[0]["warehouse"]},
        )
        assert [p["warehouse"] for p in of_tea + rest.json()] == sorted([wh_a, wh_b])
        half = await client.get("/stock", params={"warehouse": wh_a, "after_sku": tea})
        assert half.status_code == 422, half.text
