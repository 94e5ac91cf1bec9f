"""Issue 12, first step: the back office end to end in a real browser. The services and the
gateway are started by the test on the real Kafka and PostgreSQL; two items are registered and
received through the APIs (purchase order, approval, receipt with a reject), and two orders of
the second placed through sales' API, one reserved and one backordered. Then
web/e2e/back-office.mjs drives Debian's Chromium through the gateway: a warehouse user signs
in, sees the first item's stock and its ledger, switches language, and meets an API validation
message at a form field; a sales user sees the orders with their reservation status and the
backordered line.

Needs web/dist (npm ci && npm run build in web/) and /usr/bin/chromium: deploy/local/test.sh
installs and builds both first. Screenshots are kept in .data/e2e-artifacts/back-office/."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from decimal import Decimal
from uuid import UUID, uuid4

import httpx

from tests.e2e.browser import ARTIFACTS as SHARED_ARTIFACTS
from tests.e2e.browser import CHROMIUM, WEB, node_and_browser, start_gateway
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, line, registered_in_inventory, supplier
from tests.integration.harness import Stack
from tests.integration.sales_kit import SALES, customer, known_to_sales, order_in

ARTIFACTS = SHARED_ARTIFACTS / "back-office"


def browse(
    node: str,
    gateway: str,
    sku: str,
    orders: list[dict[str, str]],
    backorder: str,
    cup: str,
    customer_id: str,
) -> subprocess.CompletedProcess[str]:
    """web/e2e/back-office.mjs against the gateway: 2 minutes at most."""
    shutil.rmtree(ARTIFACTS, ignore_errors=True)  # only this run's screenshots
    ARTIFACTS.mkdir(parents=True)
    return subprocess.run(
        [node, "e2e/back-office.mjs"],
        cwd=WEB,
        env=dict(
            os.environ,
            JXC_E2E_URL=gateway,
            JXC_E2E_SKU=sku,
            JXC_E2E_WAREHOUSE="WH-SH",
            JXC_E2E_ON_HAND="95.5",
            JXC_E2E_ORDERS=json.dumps(orders),
            JXC_E2E_BACKORDER=backorder,
            JXC_E2E_ORDER_SKU=cup,
            JXC_E2E_CUSTOMER=customer_id,
            JXC_E2E_ARTIFACTS=str(ARTIFACTS),
            JXC_CHROMIUM=CHROMIUM,
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )


async def test_warehouse_and_sales_users_work_in_the_browser(stack: Stack) -> None:
    node = node_and_browser()
    _, purchasing = stack.serve("purchasing")
    _, inventory = stack.serve("inventory")
    _, sales = stack.serve("sales")
    sku, cup = f"TEA-{uuid4().hex[:6].upper()}", f"CUP-{uuid4().hex[:6].upper()}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await registered_in_inventory(client, inventory, purchasing, [sku, cup], ["WH-SH"])
        order_id = await approved_order(
            client, purchasing, supplier_id, [line(1, sku, "100"), line(2, cup, "10")]
        )
        received = await client.post(
            f"{purchasing}/purchase-orders/{order_id}/receipts",
            json={
                "lines": [
                    {
                        "line_no": 1,
                        "quantity_accepted": "95.5",
                        "quantity_rejected": "4.5",
                        "rejection_reason": "crushed boxes",
                    },
                    {"line_no": 2, "quantity_accepted": "10"},
                ]
            },
            headers=bearer("wang.cang", ["warehouse"], ["WH-SH"]),
        )
        assert received.status_code == 201, received.text
        [goods_received] = received.json()["event_ids"]
        level = await client.get(
            f"{inventory}/stock/{sku}/WH-SH", params={"wait_for_event": goods_received}
        )
        assert Decimal(level.json()["on_hand"]) == Decimal("95.5"), level.text
    hx, orders = await placed_orders(stack, sales, cup)

    gateway = start_gateway(
        stack, {"purchasing": purchasing, "inventory": inventory, "sales": sales}
    )
    backorder = next(o["order_no"] for o in orders if o["quantity"] == "20")
    run = await asyncio.to_thread(browse, node, gateway, sku, orders, backorder, cup, str(hx))
    assert run.returncode == 0, f"browser test failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e back office: ok" in run.stdout
    shots = {p.stem for p in await asyncio.to_thread(lambda: list(ARTIFACTS.glob("*.png")))}
    assert {
        "02-stock-zh",
        "03-ledger-zh",
        "04-stock-en",
        "05-item-form-field-error-en",
        "08-order-book-en",
        "09-backorders-en",
        "10-order-form-field-error-en",
        "11-order-placed-en",
    } <= shots
    # the form's order reached the order book (sales' API): 3 orders of the second item
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        book = (await client.get(f"{sales}/orders", params={"sku": cup})).json()
    assert len(book["items"]) == 3


async def placed_orders(stack: Stack, sales: str, sku: str) -> tuple[UUID, list[dict[str, str]]]:
    """Two orders of `sku` (10 in stock) placed through sales' API: 4 are reserved, 20 wait as
    a backorder. Their order numbers and statuses once inventory has answered."""
    hx = await customer(stack, "HX-001", "100000")
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "100000")], [sku])
        placed: list[tuple[str, str]] = []
        for quantity in ("4", "20"):
            body = {
                "customer_id": str(hx),
                "lines": [
                    {"sku": sku, "warehouse": "WH-SH", "quantity": quantity, "unit_price": "5"}
                ],
            }
            answer = await client.post(f"{sales}/orders", json=body)
            assert answer.status_code == 201, answer.text
            placed.append((answer.json()["id"], quantity))
            # one after the other: the first placed is served first
            expected = "reserved" if quantity == "4" else "partly_backordered"
            await order_in(client, sales, placed[-1][0], expected)
        orders = []
        for order_id, quantity in placed:
            view = (await client.get(f"{sales}/orders/{order_id}")).json()
            orders.append(
                {"order_no": view["order_no"], "status": view["status"], "quantity": quantity}
            )
        return hx, orders
