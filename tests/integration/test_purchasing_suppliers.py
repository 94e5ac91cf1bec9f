"""Issue 3, point 9: suppliers updated, blocked and unblocked; the scorecard projected from
purchasing's own topic, per supplier and period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx

from tests.integration.auth import bearer
from tests.integration.flow import known_to_purchasing, line, supplier
from tests.integration.harness import Stack


async def test_a_blocked_supplier_gets_no_orders_until_it_is_unblocked(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["TEA", "CUP"])
        url = f"{purchasing}/suppliers/{supplier_id}"
        update = await client.post(
            f"{url}/update", json={"name": "Acme Tea Co.", "payment_terms_days": 60}
        )
        assert update.status_code == 200, update.text
        block = await client.post(f"{url}/block", json={"reason": "failed the quality audit"})
        assert block.status_code == 200, block.text
        shown = (await client.get(url)).json()
        assert (shown["name"], shown["payment_terms_days"]) == ("Acme Tea Co.", 60)
        assert (shown["blocked"], shown["blocked_reason"]) == (True, "failed the quality audit")

        order = {"supplier_id": supplier_id, "currency": "CNY", "lines": [line(1, "TEA", "1")]}
        refused = await client.post(f"{purchasing}/purchase-orders", json=order)
        assert refused.status_code == 422
        assert "is blocked" in refused.json()["detail"]
        assert refused.json()["fields"] == ["supplier_id"]

        again = await client.post(f"{url}/block", json={"reason": "y"})
        assert again.status_code == 409
        unblock = await client.post(f"{url}/unblock", json={"reason": "re-audit passed"})
        assert unblock.status_code == 200, unblock.text
        assert unblock.json()["version"] == 4
        placed = await client.post(f"{purchasing}/purchase-orders", json=order)
        assert placed.status_code == 201, placed.text


async def test_the_scorecard_shows_on_time_delivery_and_rejects_per_period(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    today = datetime.now(UTC).date()
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["TEA", "CUP"])
        late, on_time = line(1, "TEA", "100"), line(2, "CUP", "10")
        late["expected_date"] = str(today - timedelta(days=1))
        on_time["expected_date"] = str(today + timedelta(days=1))
        created = await client.post(
            f"{purchasing}/purchase-orders",
            json={"supplier_id": supplier_id, "currency": "CNY", "lines": [late, on_time]},
        )
        order = f"{purchasing}/purchase-orders/{created.json()['id']}"
        approved = await client.post(f"{order}/approve")
        assert approved.status_code == 200, approved.text
        receipt = await client.post(
            f"{order}/receipts",
            json={
                "lines": [
                    {
                        "line_no": 1,
                        "quantity_accepted": "90",
                        "quantity_rejected": "10",
                        "rejection_reason": "wet boxes",
                    },
                    {"line_no": 2, "quantity_accepted": "10"},
                ]
            },
        )
        assert receipt.status_code == 201, receipt.text
        [goods_received] = receipt.json()["event_ids"]

        async def scorecard(**params: Any) -> Any:
            response = await client.get(
                f"{purchasing}/suppliers/{supplier_id}/scorecard", params=params
            )
            assert response.status_code == 200, response.text
            return response.json()

        card = await scorecard(wait_for_event=goods_received, **{"from": str(today)})
        assert card["on_time_delivery"] == {
            "percent": "50.00",
            "receipt_lines_due": 2,
            "receipt_lines_on_time": 1,
        }
        assert Decimal(card["quality"]["reject_percent"]) == Decimal("9.09")  # 10 / 110
        assert Decimal(card["quality"]["rejected"]) == Decimal("10")
        assert card["price_variance"]["percent"] is None  # nothing invoiced yet

        later = await scorecard(**{"from": str(today + timedelta(days=1))})
        assert later["on_time_delivery"]["percent"] is None
        assert Decimal(later["quality"]["accepted"]) == 0

        backwards = await client.get(
            f"{purchasing}/suppliers/{supplier_id}/scorecard",
            params={"from": str(today), "to": str(today - timedelta(days=1))},
        )
        assert backwards.status_code == 422
        unknown = await client.get(
            f"{purchasing}/suppliers/{created.json()['id']}/scorecard", params={}
        )
        assert unknown.status_code == 404
