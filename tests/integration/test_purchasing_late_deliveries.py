"""Issue 12, the dashboard's late deliveries: GET /late-deliveries lists the lines of orders
at their suppliers (sent) past their expected date with less accepted than ordered — not an
order not yet sent, nor a line not yet due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import httpx

from tests.integration.auth import bearer
from tests.integration.flow import approved_order, known_to_purchasing, line, supplier
from tests.integration.harness import Stack


async def test_late_lines_of_sent_orders(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    today = datetime.now(UTC).date()
    late, due = f"LATE-{uuid4().hex[:6]}", f"DUE-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await known_to_purchasing(client, purchasing, stack.namespace, [late, due])
        supplier_id = await supplier(client, purchasing)
        lines = [
            line(1, late, "10") | {"expected_date": str(today - timedelta(days=3))},
            line(2, due, "5") | {"expected_date": str(today + timedelta(days=3))},
        ]
        sent = await approved_order(client, purchasing, supplier_id, lines)
        answer = await client.post(f"{purchasing}/purchase-orders/{sent}/send", json={})
        assert answer.status_code == 200, answer.text
        unsent = await approved_order(client, purchasing, supplier_id, lines[:1])

        answer = await client.get(f"{purchasing}/late-deliveries", params={"limit": 1000})
        assert answer.status_code == 200, answer.text
        mine = [r for r in answer.json() if r["purchase_order_id"] in (sent, unsent)]
        assert [(r["purchase_order_id"], r["sku"], r["days_late"]) for r in mine] == [
            (sent, late, 3)
        ]
        assert mine[0]["ordered"] == "10" and mine[0]["accepted"] == "0"

        earlier = await client.get(
            f"{purchasing}/late-deliveries", params={"on": str(today - timedelta(days=5))}
        )
        assert sent not in {r["purchase_order_id"] for r in earlier.json()}
        wrong = await client.get(f"{purchasing}/late-deliveries", params={"on": "yesterday"})
        assert wrong.status_code == 422
