"""Issue 14: purchasing tried as a new user would, on real Kafka and PostgreSQL."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.contracts.inventory import LowStockDetected
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, known_to_purchasing, line, supplier
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish


async def test_the_plan_subtracts_what_a_draft_order_already_brings(stack: Stack) -> None:
    """14a: a draft PO of 50 in flight, a rule that reorders 50: nothing more to suggest."""
    _, purchasing = stack.serve("purchasing")
    tea = f"TEA-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, [tea])
        draft = await client.post(
            f"{purchasing}/purchase-orders",
            json={"supplier_id": supplier_id, "currency": "CNY", "lines": [line(1, tea, "50")]},
        )
        assert draft.status_code == 201, draft.text
        alert = LowStockDetected(
            sku=tea,
            warehouse="WH-SH",
            available=Decimal("5"),
            min_quantity=Decimal("20"),
            max_quantity=Decimal("100"),
            reorder_quantity=Decimal("50"),
            unit="pcs",
        )
        envelope = envelope_of(alert, f"reorder-rule-{tea}@WH-SH")
        await publish(topic_of("inventory", stack.namespace), [envelope])

        response = await client.get(
            f"{purchasing}/purchase-plan", params={"wait_for_event": str(envelope.event_id)}
        )
        assert response.status_code == 200, response.text
        [suggestion] = response.json()
        figures: dict[str, Any] = {
            k: Decimal(suggestion[k]) for k in ("in_flight", "suggested_quantity")
        }
        assert figures == {"in_flight": 50, "suggested_quantity": 0}


async def test_a_supplier_code_is_registered_once_even_under_concurrency(stack: Stack) -> None:
    """14c: the second supplier with a code already taken is refused, 409 naming `code`."""
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:

        async def register(code: str) -> httpx.Response:
            body = {"code": code, "name": "Acme Trading", "currency": "CNY"}
            return await client.post(f"{purchasing}/suppliers", json=body)

        first = await register("ACME")
        assert first.status_code == 201, first.text
        second = await register(" ACME ")
        assert second.status_code == 409, second.text
        assert second.json()["fields"] == ["code"]
        assert "ACME" in second.json()["detail"]
        assert first.json()["id"] in second.json()["detail"]

        racing = await asyncio.gather(*(register("GLOBEX") for _ in range(8)))
        assert sorted(r.status_code for r in racing) == [201] + [409] * 7, [r.text for r in racing]


async def test_errors_speak_with_one_voice(stack: Stack) -> None:
    """14f: an unknown purchase order is 404 wherever it is named; invoice list and detail
    use the same field names; numbers echoed back stay short."""
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        nowhere = str(uuid4())
        receipt = {"lines": [{"line_no": 1, "quantity_accepted": "1"}]}
        on_receipt = await client.post(
            f"{purchasing}/purchase-orders/{nowhere}/receipts", json=receipt
        )
        invoice = {
            "supplier_id": supplier_id,
            "purchase_order_id": nowhere,
            "invoice_number": "INV-1",
            "lines": [{"line_no": 1, "quantity": "1", "unit_price": "9.90"}],
        }
        on_invoice = await client.post(f"{purchasing}/supplier-invoices", json=invoice)
        for response in (on_receipt, on_invoice):
            assert response.status_code == 404, response.text
            assert response.json()["fields"] == ["purchase_order_id"]
            assert response.json()["detail"] == f"there is no purchase order {nowhere}"

        huge = {"supplier_id": supplier_id, "currency": "CNY", "lines": [line(1, "TEA", "1e400")]}
        response = await client.post(f"{purchasing}/purchase-orders", json=huge)
        assert response.status_code == 422, response.text
        assert response.json()["fields"] == ["lines.0.quantity"]
        assert len(response.text) < 500, response.text

        await known_to_purchasing(client, purchasing, stack.namespace, ["TEA"])
        order_id = await approved_order(client, purchasing, supplier_id, [line(1, "TEA", "10")])
        receipt = {"lines": [{"line_no": 1, "quantity_accepted": "4"}]}
        received = await client.post(
            f"{purchasing}/purchase-orders/{order_id}/receipts", json=receipt
        )
        assert received.status_code == 201, received.text
        too_many = [{"line_no": 1, "quantity": "6", "unit_price": "9.90"}]  # 4 received
        held = await client.post(
            f"{purchasing}/supplier-invoices",
            json={**invoice, "purchase_order_id": order_id, "lines": too_many},
        )
        assert held.status_code == 201, held.text
        detail = (await client.get(f"{purchasing}/supplier-invoices/{held.json()['id']}")).json()
        [listed] = (await client.get(f"{purchasing}/supplier-invoices")).json()
        assert listed["hold_reason"] == held.json()["hold_reason"] == detail["hold_reason"]
        assert "line 1" in detail["hold_reason"]
        shared = {
            "invoice_id",
            "status",
            "hold_reason",
            "supplier_id",
            "purchase_order_id",
            "total",
        }
        assert shared <= set(detail) & set(listed), (sorted(detail), sorted(listed))


async def test_order_lines_name_registered_items_and_warehouses(stack: Stack) -> None:
    """14b: purchasing learns items and warehouses from inventory's events and refuses the
    lines that name others, 422 naming the field."""
    _, purchasing = stack.serve("purchasing")
    tea = f"TEA-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, [tea], ["WH-SH"])

        async def order(*lines: dict[str, Any]) -> httpx.Response:
            body = {"supplier_id": supplier_id, "currency": "CNY", "lines": list(lines)}
            return await client.post(f"{purchasing}/purchase-orders", json=body)

        nowhere = await order(line(1, tea, "5"), line(2, tea, "5", warehouse="WH-NOWHERE"))
        assert nowhere.status_code == 422, nowhere.text
        assert nowhere.json()["fields"] == ["lines.1.warehouse"]
        assert "no warehouse WH-NOWHERE" in nowhere.json()["detail"]
        nothing = await order(line(1, "GHOST-1", "5"))
        assert nothing.status_code == 422, nothing.text
        assert nothing.json()["fields"] == ["lines.0.sku"]
        assert "no item GHOST-1" in nothing.json()["detail"]

        placed = await order(line(1, tea, "5"))
        assert placed.status_code == 201, placed.text

        order_id = await approved_order(client, purchasing, supplier_id, [line(1, tea, "5")])
        inspected = {"line_no": 1, "quantity_accepted": "3", "quantity_rejected": "2"}
        receipt = {"lines": [{**inspected, "rejection_reason": "wet"}]}
        url = f"{purchasing}/purchase-orders/{order_id}"
        assert (await client.post(f"{url}/receipts", json=receipt)).status_code == 201
        going_back = {"line_no": 1, "quantity": "2", "reason": "wet"}
        elsewhere = {"lines": [{**going_back, "warehouse": "WH-NOWHERE"}]}
        refused = await client.post(f"{url}/returns", json=elsewhere)
        assert refused.status_code == 422, refused.text
        assert refused.json()["fields"] == ["lines.0.warehouse"]
