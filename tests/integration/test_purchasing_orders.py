"""Issue 3, point 10: the purchase order's life over HTTP, and the open-orders list."""

from __future__ import annotations

from typing import Any

import httpx

from tests.integration.auth import bearer
from tests.integration.flow import approved_order, known_to_purchasing, line, supplier
from tests.integration.harness import Stack


async def _post(
    client: httpx.AsyncClient, url: str, body: dict[str, Any] | None, status: int = 200, **kw: Any
) -> Any:
    response = await client.post(url, json=body, **kw)
    assert response.status_code == status, response.text
    return response.json()


async def test_a_large_order_needs_two_approvers_then_is_sent_received_and_closed(
    stack: Stack,
) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["TEA-1", "CUP-1"])
        # 2,000 x 60 = 120,000 CNY: above the default second-approval threshold of 100,000.
        created = await _post(
            client,
            f"{purchasing}/purchase-orders",
            {
                "supplier_id": supplier_id,
                "currency": "CNY",
                "lines": [line(1, "TEA-1", "2000", price="60"), line(2, "CUP-1", "10")],
            },
            201,
        )
        order = f"{purchasing}/purchase-orders/{created['id']}"
        await _post(client, f"{order}/submit", None)
        await _post(
            client, f"{order}/approve", None, headers=bearer("li.wei", ["purchase_approver"])
        )
        state = (await client.get(order)).json()
        assert (state["status"], state["first_approved_by"]) == ("submitted", "li.wei")

        again = await client.post(
            f"{order}/approve", headers=bearer("li.wei", ["purchase_approver"])
        )
        assert again.status_code == 409
        assert "needs a second approval by someone else" in again.json()["detail"]
        assert again.headers["content-type"] == "application/problem+json"

        await _post(client, f"{order}/approve", None, headers=bearer("wang.fang", ["admin"]))
        await _post(client, f"{order}/send", {"sent_to": "po@acme"})
        listed = (
            await client.get(
                f"{purchasing}/purchase-orders",
                params={"status": "sent", "supplier_id": supplier_id},
            )
        ).json()
        assert [(o["purchase_order_id"], o["approved_by"]) for o in listed] == [
            (created["id"], "wang.fang")
        ]

        receipt = {"lines": [{"line_no": 1, "quantity_accepted": "2000"}]}
        await _post(client, f"{order}/receipts", receipt, 201)
        cancel = await client.post(f"{order}/cancel", json={"reason": "too late"})
        assert cancel.status_code == 409
        assert "close it instead" in cancel.json()["detail"]
        no_reason = await client.post(f"{order}/close", json={})
        assert no_reason.status_code == 422
        assert no_reason.json()["fields"] == ["reason"]
        closed = await _post(client, f"{order}/close", {"reason": "cups not needed"})
        assert closed["version"] == 7  # created, submitted, 2 approvals, sent, receipt, closed

        state = (await client.get(order)).json()
        assert (state["status"], state["status_reason"]) == ("closed", "cups not needed")
        still_open = (
            await client.get(f"{purchasing}/purchase-orders", params={"supplier_id": supplier_id})
        ).json()
        assert still_open == []


async def test_the_open_orders_list_filters_by_status_and_supplier(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        first, second = await supplier(client, purchasing), await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["X-1", "X-2"])
        ids = []
        for supplier_id in (first, first, second):
            created = await _post(
                client,
                f"{purchasing}/purchase-orders",
                {"supplier_id": supplier_id, "currency": "CNY", "lines": [line(1, "X-1", "5")]},
                201,
            )
            ids.append(created["id"])
        await _post(client, f"{purchasing}/purchase-orders/{ids[0]}/approve", None)
        await _post(
            client,
            f"{purchasing}/purchase-orders/{ids[1]}/cancel",
            {"reason": "duplicate"},
        )

        async def listed(**params: Any) -> list[tuple[str, str]]:
            response = await client.get(f"{purchasing}/purchase-orders", params=params)
            assert response.status_code == 200, response.text
            return [(o["purchase_order_id"], o["status"]) for o in response.json()]

        assert await listed(supplier_id=first) == [(ids[0], "approved")]
        assert await listed(supplier_id=first, status="cancelled") == [(ids[1], "cancelled")]
        assert await listed(status=["draft", "cancelled"]) == [
            (ids[1], "cancelled"),
            (ids[2], "draft"),
        ]
        # flow.approved_order gets a second approver when the order needs one
        big = await approved_order(client, purchasing, second, [line(1, "X-2", "1", price="1e6")])
        assert await listed(supplier_id=second, status="approved") == [(big, "approved")]

        bad = await client.get(f"{purchasing}/purchase-orders", params={"status": "lost"})
        assert bad.status_code == 422
        assert bad.json()["fields"] == ["query.status.0"]
