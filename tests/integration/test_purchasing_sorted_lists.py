"""Issue 12: purchasing's lists sorted and keyset paged on the server (jxc.platform.paging) on
the real PostgreSQL: the purchase orders, the supplier invoices and the purchase plan, each
sort in both orders covering every row exactly once, a bad cursor or an unknown sort refused
with a 422, and the orders' old `after=<order id>` still paging oldest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.contracts.inventory import LowStockDetected, StockBackInRange
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.flow import known_to_purchasing, line, supplier
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish
from tests.integration.sorted_pages import check_refusals, check_sorts, walk

WH = "WH-SH"


def low(sku: str, available: int) -> LowStockDetected:
    return LowStockDetected(
        sku=sku,
        warehouse=WH,
        available=Decimal(available),
        min_quantity=Decimal("20"),
        max_quantity=Decimal("100"),
        reorder_quantity=None,
        unit="box",
    )


async def test_purchase_orders_and_the_plan_page_in_every_sort_and_order(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    tag = uuid4().hex[:4]
    skus = [f"P{n}-{tag}" for n in (3, 1, 4, 5, 9, 2, 6)]
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, skus)
        orders = []
        for n, sku in enumerate(skus):  # totals with ties
            body = {
                "supplier_id": supplier_id,
                "currency": "CNY",
                "lines": [line(1, sku, str(1 + n % 3))],
            }
            created = await client.post(f"{purchasing}/purchase-orders", json=body)
            assert created.status_code == 201, created.text
            orders.append(created.json()["id"])
        for order_id in orders[::3]:
            submitted = await client.post(f"{purchasing}/purchase-orders/{order_id}/submit")
            assert submitted.status_code == 200, submitted.text

        today = datetime.now(UTC).date()
        for n, order_id in enumerate(orders[:6]):  # invoices, held (nothing received)
            if n == 3:
                continue
            approved = await client.post(
                f"{purchasing}/purchase-orders/{order_id}/approve",
                headers=bearer("li.wei", ["purchase_approver"]),
            )
            assert approved.status_code == 200, approved.text
            body = {
                "supplier_id": supplier_id,
                "purchase_order_id": order_id,
                "invoice_number": f"INV-{tag}-{n}",
                "invoice_date": str(today - timedelta(days=n % 2)),
                "lines": [{"line_no": 1, "quantity": "1", "unit_price": str(9 + n % 2)}],
            }
            recorded = await client.post(f"{purchasing}/supplier-invoices", json=body)
            assert recorded.status_code == 201, recorded.text

        events: list[Any] = [low(sku, 5 + n % 3) for n, sku in enumerate(skus)]
        back = StockBackInRange(
            sku=skus[0],
            warehouse=WH,
            available=Decimal("25"),
            min_quantity=Decimal("20"),
            max_quantity=Decimal("100"),
            unit="box",
            was="below_min",
        )
        envelopes = [envelope_of(e, f"stock-{e.sku}@{WH}", 1) for e in events]
        envelopes.append(envelope_of(back, f"stock-{skus[0]}@{WH}", 2))
        await publish(topic_of("inventory", stack.namespace), envelopes)
        waited = await client.get(
            f"{purchasing}/purchase-plan",
            params={"wait_for_event": str(envelopes[-1].event_id), "status": "all"},
        )
        assert waited.status_code == 200, waited.text
        assert {s["status"] for s in waited.json()} == {"open", "resolved"}

        await check_sorts(
            client,
            f"{purchasing}/purchase-orders",
            ["created_at", "total", "status", "updated_at"],
            lambda row: row["purchase_order_id"],  # type: ignore[return-value]
        )
        await check_sorts(
            client,
            f"{purchasing}/purchase-plan",
            ["detected_at", "sku", "available", "updated_at"],
            lambda row: row["suggestion_id"],  # type: ignore[return-value]
            params={"status": "all"},
        )
        await check_sorts(
            client,
            f"{purchasing}/supplier-invoices",
            ["recorded_at", "invoice_date", "due_date", "total", "status"],
            lambda row: row["invoice_id"],  # type: ignore[return-value]
        )
        open_only = await walk(client, f"{purchasing}/purchase-plan", {"sort": "sku"}, 2)
        assert len(open_only) == len(skus) - 1 and {s["status"] for s in open_only} == {"open"}

        await check_refusals(client, f"{purchasing}/purchase-orders", "created_at", "total")
        await check_refusals(client, f"{purchasing}/purchase-plan?status=all", "sku", "available")
        await check_refusals(client, f"{purchasing}/supplier-invoices", "total", "due_date")

        # the old keyset: after an order's id, oldest first, a plain list
        oldest = await walk(client, f"{purchasing}/purchase-orders", {}, 500)
        after = await client.get(
            f"{purchasing}/purchase-orders", params={"after": oldest[1]["purchase_order_id"]}
        )
        assert after.status_code == 200, after.text
        assert [o["purchase_order_id"] for o in after.json()] == [
            o["purchase_order_id"] for o in oldest[2:]
        ]
        sorted_too = await client.get(
            f"{purchasing}/purchase-orders",
            params={"after": oldest[1]["purchase_order_id"], "sort": "total"},
        )
        assert sorted_too.status_code == 422, sorted_too.text
