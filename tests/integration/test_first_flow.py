"""Issue 2, 7a: the first flow end to end over HTTP, on real Kafka and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

import httpx

from tests.integration.auth import bearer
from tests.integration.flow import (
    approved_order,
    known_to_purchasing,
    line,
    registered_in_inventory,
    supplier,
)
from tests.integration.harness import SERVICES, Stack


async def test_receipt_reaches_stock_through_kafka(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    _, inventory = stack.serve("inventory")
    sku_a, sku_b = f"TEA-{uuid4().hex[:6]}", f"CUP-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await registered_in_inventory(
            client, inventory, purchasing, [sku_a, sku_b], ["WH-SH", "WH-BJ"]
        )
        order_id = await approved_order(
            client, purchasing, supplier_id, [line(1, sku_a, "100"), line(2, sku_b, "40", "WH-BJ")]
        )
        response = await client.post(
            f"{purchasing}/purchase-orders/{order_id}/receipts",
            json={
                "lines": [
                    {
                        "line_no": 1,
                        "quantity_accepted": "95.5",
                        "quantity_rejected": "4.5",
                        "rejection_reason": "crushed boxes",
                        "lot": "L-2026-11",
                    },
                    {"line_no": 2, "quantity_accepted": "40"},
                ]
            },
        )
        assert response.status_code == 201, response.text
        receipt = response.json()
        assert receipt["stream_id"] == f"purchase-order-{order_id}"
        assert receipt["version"] == 3
        [goods_received] = receipt["event_ids"]

        level = await client.get(
            f"{inventory}/stock/{sku_a}/WH-SH", params={"wait_for_event": goods_received}
        )
        assert level.status_code == 200, level.text
        assert Decimal(level.json()["on_hand"]) == Decimal("95.5")  # rejected goods stay out
        other = (await client.get(f"{inventory}/stock/{sku_b}/WH-BJ")).json()
        assert Decimal(other["on_hand"]) == Decimal("40")

        ledger = (await client.get(f"{inventory}/stock/{sku_a}/WH-SH/ledger")).json()
        assert len(ledger) == 1
        assert ledger[0]["source_event_id"] == goods_received
        assert ledger[0]["lot"] == "L-2026-11"
        assert Decimal(ledger[0]["quantity"]) == Decimal("95.5")
        assert Decimal(ledger[0]["unit_cost"]) == Decimal("9.90")
        assert ledger[0]["currency"] == "CNY"

        order = (await client.get(f"{purchasing}/purchase-orders/{order_id}")).json()
        assert order["status"] == "partially_received"
        assert Decimal(order["lines"][0]["outstanding"]) == Decimal("4.5")

        # The same command retried with its Idempotency-Key answers the first answer only.
        body = {"lines": [{"line_no": 1, "quantity_accepted": "4.5"}]}
        headers = {"Idempotency-Key": f"receipt-{uuid4()}"}
        url = f"{purchasing}/purchase-orders/{order_id}/receipts"
        first = await client.post(url, json=body, headers=headers)
        again = await client.post(url, json=body, headers=headers)
        assert first.status_code == again.status_code == 201
        assert first.json() == again.json()
        final = await client.get(
            f"{inventory}/stock/{sku_a}/WH-SH",
            params={"wait_for_event": first.json()["event_ids"][0]},
        )
        assert Decimal(final.json()["on_hand"]) == Decimal("100")
        order = (await client.get(f"{purchasing}/purchase-orders/{order_id}")).json()
        assert order["status"] == "received"


async def test_bad_requests_get_a_422_a_person_understands(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        invalid = await client.post(
            f"{purchasing}/purchase-orders",
            json={"supplier_id": "nope", "currency": "yuan", "lines": []},
        )
        assert invalid.status_code == 422
        assert invalid.headers["content-type"] == "application/problem+json"
        problem = invalid.json()
        assert set(problem["fields"]) >= {"supplier_id", "currency", "lines"}
        assert "supplier_id" in problem["detail"]

        unknown_supplier = await client.post(
            f"{purchasing}/purchase-orders",
            json={"supplier_id": str(uuid4()), "currency": "CNY", "lines": [line(1, "X", "1")]},
        )
        assert unknown_supplier.status_code == 422
        assert "register it first" in unknown_supplier.json()["detail"]

        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["SKU-1"])
        order_id = await approved_order(client, purchasing, supplier_id, [line(1, "SKU-1", "10")])
        over = await client.post(
            f"{purchasing}/purchase-orders/{order_id}/receipts",
            json={"lines": [{"line_no": 1, "quantity_accepted": "11"}]},
        )
        assert over.status_code == 422, over.text
        assert (
            over.json()["fields"] == ["lines[0].quantity_accepted"]
            or "line 1" in over.json()["detail"]
        )

        no_reason = await client.post(
            f"{purchasing}/purchase-orders/{order_id}/receipts",
            json={"lines": [{"line_no": 1, "quantity_accepted": "1", "quantity_rejected": "1"}]},
        )
        assert no_reason.status_code == 422
        assert "reason" in no_reason.json()["detail"]

        again = await client.post(f"{purchasing}/purchase-orders/{order_id}/approve")
        assert again.status_code == 409
        missing = await client.post(f"{purchasing}/purchase-orders/{uuid4()}/approve")
        assert missing.status_code == 404


async def test_all_five_services_start_and_are_ready(stack: Stack) -> None:
    urls = [stack.serve(service)[1] for service in SERVICES]
    async with httpx.AsyncClient(headers=bearer(), timeout=10) as client:
        for url in urls:
            ready = await client.get(f"{url}/readyz")
            assert ready.status_code == 200, ready.text
            assert ready.json()["checks"] == {"postgresql": "ok", "kafka": "ok", "consumers": "ok"}
            metrics = await client.get(f"{url}/metrics")
            assert "jxc_events_appended_total" in metrics.text
            assert (await client.get(f"{url}/openapi.json")).status_code == 200
