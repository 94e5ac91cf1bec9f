"""Issue 8, items 1 and 2 with the real inventory service: sales learns the items and
warehouses inventory registers (its catalog copy), places orders that inventory reserves from
sales.OrderPlaced, and records inventory's answers; a line inventory cannot reserve leaves the
order partly backordered; a cancellation releases what was reserved, and the cancelled order's
line follows inventory's answer (released)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx

from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, receipt
from tests.integration.registering import register
from tests.integration.sales_kit import SALES, customer, known_to_sales, order_in


async def test_inventory_reserves_what_sales_places_and_releases_on_cancel(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    _, sales = stack.serve("sales")
    admin = bearer()
    async with httpx.AsyncClient(headers=admin, timeout=30) as client:
        await register(client, inventory, ["TEA"], ["WH-A"])
        received = envelope_of(receipt([("TEA", "WH-A", Decimal(10))]), "purchase-order-1")
        await publish(topic_of("purchasing", stack.namespace), [received])
        stock = f"{inventory}/stock/TEA/WH-A"
        await client.get(stock, params={"wait_for_event": str(received.event_id)})
    hx = await customer(stack, "HX-001", "100000")
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "100000")], ["TEA"])

        def order(quantity: str) -> dict[str, Any]:
            line = {"sku": "TEA", "warehouse": "WH-A", "quantity": quantity, "unit_price": "5"}
            return {"customer_id": str(hx), "lines": [line]}

        first = await client.post(f"{sales}/orders", json=order("6"))
        assert first.status_code == 201, first.text
        first_id = first.json()["id"]
        view = await order_in(client, sales, first_id, "reserved")
        assert view["lines"][0]["status"] == "reserved"

        second = await client.post(f"{sales}/orders", json=order("6"))
        assert second.status_code == 201, second.text
        second_id = second.json()["id"]
        view = await order_in(client, sales, second_id, "partly_backordered")
        # inventory queues the line (backordered) or, before it does, rejects it
        assert view["lines"][0]["status"] in {"backordered", "rejected"}

        cancelled = await client.post(
            f"{sales}/orders/{first_id}/cancel", json={"reason": "customer changed mind"}
        )
        assert cancelled.status_code == 200, cancelled.text

        waiting = view["lines"][0]["status"] == "backordered"

        async def released() -> bool:
            level = (await client.get(f"{inventory}/stock/TEA/WH-A", headers=admin)).json()
            if waiting:  # the released stock serves the waiting line, first placed first
                status = (await client.get(f"{sales}/orders/{second_id}")).json()["status"]
                return status == "reserved" and Decimal(level["reserved"]) == 6
            return Decimal(level["reserved"]) == 0

        await eventually(released)

        # The cancelled order's line follows inventory's ReservationReleased.
        async def line_released() -> bool:
            view = (await client.get(f"{sales}/orders/{first_id}")).json()
            return bool(view["status"] == "cancelled" and view["lines"][0]["status"] == "released")

        await eventually(line_released)
