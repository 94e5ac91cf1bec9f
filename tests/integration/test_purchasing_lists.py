"""Issue 12, purchasing screens: the lists the back office pages through on the server —
suppliers by code (filtered by a code prefix), purchase orders (by status, supplier and creation
day) and supplier invoices, each a keyset page after the last row of the one before — a
purchase order's status history, and its rejection by an approver."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import httpx

from tests.integration.auth import bearer
from tests.integration.flow import known_to_purchasing, line
from tests.integration.harness import Stack


async def test_suppliers_orders_and_invoices_are_paged_and_filtered(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:

        async def get(path: str, **params: Any) -> Any:
            response = await client.get(f"{purchasing}{path}", params=params)
            assert response.status_code == 200, response.text
            return response.json()

        tag = uuid4().hex[:6].upper()
        ids: dict[str, str] = {}
        for code in (f"B-{tag}-2", f"A-{tag}-1", f"B-{tag}-1", f"B-{tag}-3"):
            body = {"code": code, "name": f"Supplier {code}", "currency": "CNY"}
            registered = await client.post(f"{purchasing}/suppliers", json=body)
            assert registered.status_code == 201, registered.text
            ids[code] = registered.json()["id"]

        # by code, a prefix in any case, two at a time after the last code seen
        first = await get("/suppliers", code=f"b-{tag}", limit=2)
        assert [s["code"] for s in first] == [f"B-{tag}-1", f"B-{tag}-2"]
        assert first[0]["name"] == f"Supplier B-{tag}-1"
        assert first[0]["supplier_id"] == ids[f"B-{tag}-1"]
        second = await get("/suppliers", code=f"b-{tag}", limit=2, after=first[-1]["code"])
        assert [s["code"] for s in second] == [f"B-{tag}-3"]
        assert len(await get("/suppliers")) == 4

        await known_to_purchasing(client, purchasing, stack.namespace, ["TEA"])
        supplier_a, supplier_b = ids[f"A-{tag}-1"], ids[f"B-{tag}-1"]
        orders = []
        for supplier_id in (supplier_a, supplier_b, supplier_b, supplier_b):
            body = {"supplier_id": supplier_id, "currency": "CNY", "lines": [line(1, "TEA", "2")]}
            created = await client.post(f"{purchasing}/purchase-orders", json=body)
            assert created.status_code == 201, created.text
            orders.append(created.json()["id"])
        cancelled = await client.post(
            f"{purchasing}/purchase-orders/{orders[3]}/cancel", json={"reason": "duplicate"}
        )
        assert cancelled.status_code == 200, cancelled.text

        # the cancelled order's status history: each event, who and the status after it
        history = await get(f"/purchase-orders/{orders[3]}/history")
        assert [(h["event_type"], h["status"], h["actor"]) for h in history] == [
            ("purchasing.PurchaseOrderCreated", "draft", "tester"),
            ("purchasing.PurchaseOrderCancelled", "cancelled", "tester"),
        ]
        assert history[-1]["status_reason"] == "duplicate"
        missing = await client.get(f"{purchasing}/purchase-orders/{uuid4()}/history")
        assert missing.status_code == 404, missing.text

        # an approver (not a buyer) sends a submitted order back as a draft, with a reason
        url = f"{purchasing}/purchase-orders/{orders[0]}"
        submitted = await client.post(f"{url}/submit", headers=bearer("zhao.cai", ["purchaser"]))
        assert submitted.status_code == 200, submitted.text
        why = {"reason": "price too high"}
        refused = await client.post(
            f"{url}/reject", json=why, headers=bearer("zhao.cai", ["purchaser"])
        )
        assert refused.status_code == 403, refused.text
        rejected = await client.post(
            f"{url}/reject", json=why, headers=bearer("li.wei", ["purchase_approver"])
        )
        assert rejected.status_code == 200, rejected.text
        order = (await client.get(url)).json()
        assert (order["status"], order["status_reason"]) == ("draft", "price too high")
        assert (await get(f"/purchase-orders/{orders[0]}/history"))[-1]["actor"] == "li.wei"

        def ids_of(rows: list[dict[str, Any]]) -> list[str]:
            return [r["purchase_order_id"] for r in rows]

        page = await get("/purchase-orders", supplier_id=supplier_b, limit=1)
        assert ids_of(page) == [orders[1]]
        page = await get("/purchase-orders", supplier_id=supplier_b, limit=1, after=orders[1])
        assert ids_of(page) == [orders[2]]
        assert await get("/purchase-orders", supplier_id=supplier_b, after=orders[2]) == []
        assert ids_of(await get("/purchase-orders", status="cancelled")) == [orders[3]]
        today = datetime.now(UTC).date()
        assert len(await get("/purchase-orders", created_from=str(today))) == 3
        assert len(await get("/purchase-orders", created_to=str(today - timedelta(days=1)))) == 0
        backwards = await client.get(
            f"{purchasing}/purchase-orders",
            params={"created_from": str(today), "created_to": str(today - timedelta(days=1))},
        )
        assert backwards.status_code == 422, backwards.text

        # invoices (held: nothing received yet), a page of one after another
        invoices = []
        for number, order_id in (("INV-1", orders[1]), ("INV-2", orders[2])):
            approved = await client.post(
                f"{purchasing}/purchase-orders/{order_id}/approve",
                headers=bearer("li.wei", ["purchase_approver"]),
            )
            assert approved.status_code == 200, approved.text
            body = {
                "supplier_id": supplier_b,
                "purchase_order_id": order_id,
                "invoice_number": f"{number}-{tag}",
                "lines": [{"line_no": 1, "quantity": "2", "unit_price": "9.90"}],
            }
            recorded = await client.post(f"{purchasing}/supplier-invoices", json=body)
            assert recorded.status_code == 201, recorded.text
            invoices.append(recorded.json()["id"])
        page = await get("/supplier-invoices", limit=1)
        assert [i["invoice_id"] for i in page] == [invoices[0]]
        page = await get("/supplier-invoices", limit=1, after=invoices[0])
        assert [i["invoice_id"] for i in page] == [invoices[1]]
        assert await get("/supplier-invoices", after=invoices[1]) == []
