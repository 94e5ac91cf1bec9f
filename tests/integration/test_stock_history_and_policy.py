"""Issue 3: stock as of a past date, from the immutable ledger; and the per-warehouse policy
on negative on-hand (default: no)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal
from uuid import uuid4

import httpx

from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish, receipt
from tests.integration.registering import register


async def test_stock_as_of_a_past_moment_comes_from_the_ledger(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    sku = f"OIL-{uuid4().hex[:6]}"
    topic = topic_of("purchasing", stack.namespace)
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, inventory, [sku], ["WH-A"])
        url = f"{inventory}/stock/{sku}/WH-A"
        first = envelope_of(receipt([(sku, "WH-A", Decimal(40))]), "purchase-order-1")
        await publish(topic, [first])
        await client.get(url, params={"wait_for_event": str(first.event_id)})
        await asyncio.sleep(0.05)
        between = datetime.now(UTC)
        await asyncio.sleep(0.05)
        issued = await client.post(
            f"{url}/issues", json={"quantity": "15", "unit": "pcs", "reason": "damaged"}
        )
        assert issued.status_code == 201, issued.text
        now = (await client.get(url)).json()
        assert Decimal(now["on_hand"]) == 25
        past = (await client.get(f"{url}/as-of", params={"at": between.isoformat()})).json()
        assert Decimal(past["on_hand"]) == 40
        assert Decimal(past["value"]) == Decimal("100.00")  # 40 x 2.50
        before = datetime(2000, 1, 1, tzinfo=UTC).isoformat()
        nothing = (await client.get(f"{url}/as-of", params={"at": before})).json()
        assert Decimal(nothing["on_hand"]) == 0


async def test_negative_on_hand_only_where_the_warehouse_allows_it(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    sku = f"GAS-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, inventory, [sku])
        for code, allow in (("WH-STRICT", False), ("WH-LOOSE", True)):
            made = await client.post(
                f"{inventory}/warehouses",
                json={"code": code, "name": code, "allow_negative_on_hand": allow},
            )
            assert made.status_code == 201, made.text
        received = [
            envelope_of(receipt([(sku, wh, Decimal(5))]), f"purchase-order-{wh}")
            for wh in ("WH-STRICT", "WH-LOOSE")
        ]
        await publish(topic_of("purchasing", stack.namespace), received)
        for envelope in received:
            await client.get(
                f"{inventory}/stock", params={"wait_for_event": str(envelope.event_id)}
            )
        body = {"quantity": "8", "unit": "pcs", "reason": "urgent repair"}
        strict = await client.post(f"{inventory}/stock/{sku}/WH-STRICT/issues", json=body)
        assert strict.status_code == 422
        assert "5 available" in strict.json()["detail"]
        loose = await client.post(f"{inventory}/stock/{sku}/WH-LOOSE/issues", json=body)
        assert loose.status_code == 201, loose.text
        levels = {
            row["warehouse"]: Decimal(row["on_hand"])
            for row in (await client.get(f"{inventory}/stock", params={"sku": sku})).json()
        }
        assert levels == {"WH-STRICT": 5, "WH-LOOSE": -3}
