"""Issue 12, the sales desk in a real browser: price list → quotation → order held for credit →
released by a second user → shipment dispatched → on a delivery run whose run sheet prints →
part of it returned. The test starts inventory and sales (and the gateway) once on the real
Kafka and PostgreSQL and seeds through the public APIs and topics: an item with 20 in stock at
WH-SH (a goods receipt as purchasing publishes it), a customer of group retail with 100 CNY of
credit (as crm publishes it), our own fleet as a carrier and a van at WH-SH.

Then web/e2e/sales-desk.mjs drives Debian's Chromium: a sales user defines a price list in its
form (12.50 a box) and revises it (the form starts from its prices; a break from 100 added),
quotes 10 boxes (priced from the list), records the customer's acceptance
and converts the quotation into an order, which is held for credit (125.00 over the limit of
100); a credit controller releases it from the credit holds; a warehouse and sales user
creates the shipment from the order's page, picks, packs and dispatches it with the fleet,
plans the day's delivery runs and prints the run sheet; when the order's shipment is
returnable (the script asks, this test waits on sales' read model), the user requests a return
of 4 of the 10 from the order's page, approves it, and sees it on the order. Screenshots in
.data/e2e-artifacts/sales-desk/."""

from __future__ import annotations

import asyncio
import os
import shutil
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import UUID, uuid4

import httpx

from jxc.platform.settings import topic_of
from tests.e2e.browser import ARTIFACTS, CHROMIUM, converse, node_and_browser, start_gateway
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, receipt
from tests.integration.registering import register
from tests.integration.sales_kit import (
    SALES,
    customer,
    known_to_sales,
    ok,
    own_fleet,
    recorded,
)

SHOTS = ARTIFACTS / "sales-desk"
WAREHOUSE = "WH-SH"
KEEPER = bearer("sun.yard", ["warehouse"], [WAREHOUSE])


async def returnable(client: httpx.AsyncClient, sales: str, customer_id: UUID) -> None:
    """Once the customer's order has shipped lines sales would take back."""

    async def shipped() -> bool:
        orders = await ok(
            await client.get(f"{sales}/orders", params={"customer_id": str(customer_id)})
        )
        if not orders["items"]:
            return False
        lines = await ok(
            await client.get(
                f"{sales}/returnable-lines",
                params={"order_id": orders["items"][0]["order_id"]},
            )
        )
        return any(Decimal(line["returnable"]) > 0 for line in lines)

    await eventually(shipped, timeout=60)


async def test_a_quotation_becomes_an_order_held_released_shipped_run_and_returned_in_part(
    stack: Stack,
) -> None:
    node = node_and_browser()
    inventory, sales = stack.serve_together("inventory", "sales")
    sku = f"TEA-{uuid4().hex[:6].upper()}"
    today = datetime.now(UTC).date()
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, inventory, [sku], [WAREHOUSE])
        received = envelope_of(receipt([(sku, WAREHOUSE, Decimal(20))]), f"purchase-order-{sku}")
        await publish(topic_of("purchasing", stack.namespace), [received])
        level = await client.get(
            f"{inventory}/stock/{sku}/{WAREHOUSE}", params={"wait_for_event": received.event_id}
        )
        assert level.status_code == 200, level.text
        hx = await customer(stack, f"HX-{sku}", "100")
        await known_to_sales(client, sales, [(hx, "100")], [sku])
        await own_fleet(client, sales, "SH", SALES)
        van = await client.post(
            f"{sales}/warehouses/{WAREHOUSE}/vehicles",
            json={
                "vehicle": "VAN-SH-1",
                "name": "Van 1",
                "max_weight_kg": "800",
                "max_volume_m3": "5",
                "depot_latitude": "31.2200",
                "depot_longitude": "121.4500",
            },
            headers=KEEPER,
        )
        assert van.status_code == 201, van.text
        gateway = start_gateway(stack, {"inventory": inventory, "sales": sales})
        shutil.rmtree(SHOTS, ignore_errors=True)  # only this run's screenshots
        SHOTS.mkdir(parents=True)
        loop = asyncio.get_running_loop()

        def when_returnable() -> None:  # asked for by the script, from its thread
            asyncio.run_coroutine_threadsafe(returnable(client, sales, hx), loop).result(timeout=90)

        env = dict(
            os.environ,
            JXC_E2E_URL=gateway,
            JXC_E2E_SKU=sku,
            JXC_E2E_WAREHOUSE=WAREHOUSE,
            JXC_E2E_CUSTOMER=str(hx),
            JXC_E2E_PRICE_LIST=f"RETAIL-{sku}",
            JXC_E2E_VALID_FROM=str(today - timedelta(days=1)),
            JXC_E2E_VALID_UNTIL=str(today + timedelta(days=14)),
            JXC_E2E_ARTIFACTS=str(SHOTS),
            JXC_CHROMIUM=CHROMIUM,
        )
        code, output, errors = await asyncio.to_thread(
            converse, node, "sales-desk.mjs", env, {"returnable": when_returnable}, 240
        )
    assert code == 0, f"browser test failed:\n{output}\n{errors}"
    assert "e2e sales desk: ok" in output
    shots = {p.stem for p in SHOTS.glob("*.png")}
    assert {
        "01-price-list",
        "02-quotation-accepted",
        "03-order-held-for-credit",
        "04-credit-holds",
        "05-order-reserved",
        "06-shipment-dispatched",
        "07-run-sheet",
        "08-run-sheet-print",
        "09-return-approved",
        "10-order-with-return",
    } <= shots
    # what the browser did is what sales recorded
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        [order] = (await ok(await client.get(f"{sales}/orders", params={"customer_id": str(hx)})))[
            "items"
        ]
        shown = await ok(await client.get(f"{sales}/orders/{order['order_id']}"))
        assert shown["quotation_id"] is not None
        [rma] = (
            await ok(
                await client.get(
                    f"{sales}/customer-returns", params={"order_id": order["order_id"]}
                )
            )
        )["items"]
        assert rma["status"] == "approved"
        shown = await ok(await client.get(f"{sales}/customer-returns/{rma['return_id']}"))
        assert [Decimal(line["quantity"]) for line in shown["lines"]] == [Decimal(4)]
    # held on credit, then released by the credit controller the browser signed in as
    [released] = await recorded(stack, "sales", "sales.OrderCreditReleased")
    assert released["actor"] == "zhou.li"
