"""Issue 12, the sales path in a real browser: order → backorder → receipt → shipment →
invoice. The test starts purchasing, inventory, sales and the gateway once on the real Kafka
and PostgreSQL, and seeds through the public APIs: an item with 4 in stock (a purchase order of
10, received in part), a customer known to sales, our own fleet as a carrier. Then
web/e2e/sales-path.mjs drives Debian's Chromium: a sales user places an order of 10 in the
form (partly backordered), the order's page shows the backordered line; when the script asks,
this test receives the other 6 through the purchasing API and the page shows the line
reserved; a warehouse and sales user creates the shipment from the order's page, picks, packs
(meeting the API's message at a field first) and dispatches it; the order's page shows the
shipment's invoice. Screenshots in .data/e2e-artifacts/sales-path/."""

from __future__ import annotations

import asyncio
import os
import shutil
from decimal import Decimal
from uuid import uuid4

import httpx

from tests.e2e.browser import ARTIFACTS, CHROMIUM, converse, node_and_browser, start_gateway
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, line, registered_in_inventory, supplier
from tests.integration.harness import Stack
from tests.integration.sales_kit import SALES, customer, known_to_sales, own_fleet

SHOTS = ARTIFACTS / "sales-path"
KEEPER = bearer("wang.cang", ["warehouse"], ["WH-SH"])


async def receive(
    client: httpx.AsyncClient, purchasing: str, inventory: str, order: str, sku: str, qty: str
) -> None:
    """`qty` of the purchase order's line received (accepted), and inventory has it."""
    received = await client.post(
        f"{purchasing}/purchase-orders/{order}/receipts",
        json={"lines": [{"line_no": 1, "quantity_accepted": qty}]},
        headers=KEEPER,
    )
    assert received.status_code == 201, received.text
    [event] = received.json()["event_ids"]
    level = await client.get(f"{inventory}/stock/{sku}/WH-SH", params={"wait_for_event": event})
    assert level.status_code == 200, level.text


async def test_a_backordered_order_is_filled_shipped_and_invoiced_in_the_browser(
    stack: Stack,
) -> None:
    node = node_and_browser()
    purchasing, inventory, sales = stack.serve_together("purchasing", "inventory", "sales")
    sku = f"TEA-{uuid4().hex[:6].upper()}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await registered_in_inventory(client, inventory, purchasing, [sku], ["WH-SH"])
        order = await approved_order(client, purchasing, supplier_id, [line(1, sku, "10")])
        await receive(client, purchasing, inventory, order, sku, "4")
        hx = await customer(stack, "HX-001", "100000")
        await known_to_sales(client, sales, [(hx, "100000")], [sku])
        await own_fleet(client, sales, "SH")
        gateway = start_gateway(
            stack, {"purchasing": purchasing, "inventory": inventory, "sales": sales}
        )
        shutil.rmtree(SHOTS, ignore_errors=True)  # only this run's screenshots
        SHOTS.mkdir(parents=True)
        loop = asyncio.get_running_loop()

        def receipt() -> None:  # asked for by the script, from its thread
            asyncio.run_coroutine_threadsafe(
                receive(client, purchasing, inventory, order, sku, "6"), loop
            ).result(timeout=60)

        env = dict(
            os.environ,
            JXC_E2E_URL=gateway,
            JXC_E2E_SKU=sku,
            JXC_E2E_WAREHOUSE="WH-SH",
            JXC_E2E_CUSTOMER=str(hx),
            JXC_E2E_QUANTITY="10",
            JXC_E2E_ARTIFACTS=str(SHOTS),
            JXC_CHROMIUM=CHROMIUM,
        )
        code, output, errors = await asyncio.to_thread(
            converse, node, "sales-path.mjs", env, {"receipt": receipt}, 150
        )
    assert code == 0, f"browser test failed:\n{output}\n{errors}"
    assert "e2e sales path: ok" in output
    shots = {p.stem for p in SHOTS.glob("*.png")}
    assert {
        "02-order-backordered",
        "03-order-reserved",
        "04-shipment-pick-list",
        "05-pack-field-error",
        "06-shipment-dispatched",
        "07-order-invoiced",
    } <= shots
    # what the browser did is what sales recorded: one dispatched shipment, one invoice of it
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        book = (await client.get(f"{sales}/orders", params={"sku": sku})).json()["items"]
        assert [o["status"] for o in book] == ["shipped"]
        invoices = (
            await client.get(f"{sales}/invoices", params={"order_id": book[0]["order_id"]})
        ).json()["items"]
        assert [Decimal(i["net_total"]) for i in invoices] == [Decimal("125.00")]
