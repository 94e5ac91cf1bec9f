"""Issue 14: purchasing tried as a new user would, on real Kafka and PostgreSQL."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.contracts.inventory import LowStockDetected
from jxc.platform.settings import topic_of
from tests.integration.flow import line, supplier
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish


async def test_the_plan_subtracts_what_a_draft_order_already_brings(stack: Stack) -> None:
    """14a: a draft PO of 50 in flight, a rule that reorders 50: nothing more to suggest."""
    _, purchasing = stack.serve("purchasing")
    tea = f"TEA-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
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
    async with httpx.AsyncClient(timeout=30) as client:

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
