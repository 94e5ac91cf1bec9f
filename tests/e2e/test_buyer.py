"""Issue 12, item 4: the buyer's path in a real browser. The test starts purchasing, inventory
and the gateway on the real Kafka and PostgreSQL, registers a supplier and an item through the
APIs and sets a reorder rule in inventory above the item's (empty) stock: inventory publishes
LowStockDetected, and purchasing's plan suggests an order. Then web/e2e/buyer.mjs drives
Debian's Chromium: a buyer (purchaser) looks at the supplier's scorecard, sees the suggestion,
turns it into a draft purchase order and submits it, and sees no Approve button; a second user
(purchase_approver) meets the API's message at the reason of a rejection without one, then
approves it; a warehouse user receives it with part of the line rejected (meeting the API's
message at the reject reason first), and the stock screen shows the accepted quantity on hand;
an accountant enters the supplier's invoice against the order, which the 3-way match passes.
The test then checks the same through the APIs. Screenshots in .data/e2e-artifacts/buyer/."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from uuid import uuid4

import httpx

from tests.e2e.browser import ARTIFACTS, node_and_browser, run_script, start_gateway
from tests.integration.auth import bearer
from tests.integration.flow import registered_in_inventory
from tests.integration.harness import Stack

SHOTS = ARTIFACTS / "buyer"
WH = "WH-SH"


async def test_a_buyer_turns_a_suggestion_into_an_order_that_is_approved_and_received(
    stack: Stack,
) -> None:
    node = node_and_browser()
    _, purchasing = stack.serve("purchasing")
    _, inventory = stack.serve("inventory")
    sku, code = f"TEA-{uuid4().hex[:6].upper()}", f"SUP-{uuid4().hex[:6].upper()}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        registered = await client.post(
            f"{purchasing}/suppliers",
            json={"code": code, "name": "Hangzhou Tea Co.", "currency": "CNY"},
        )
        assert registered.status_code == 201, registered.text
        await registered_in_inventory(client, inventory, purchasing, [sku], [WH])
        # nothing in stock yet: a new rule with a minimum of 20 finds the SKU low at once
        rule = await client.post(
            f"{inventory}/reorder-rules",
            json={"sku": sku, "warehouse": WH, "min_quantity": "20", "max_quantity": "100"},
            headers=bearer("zhao.cai", ["purchaser"]),
        )
        assert rule.status_code == 200, rule.text
        plan = await client.get(
            f"{purchasing}/purchase-plan",
            params={"sku": sku, "wait_for_event": rule.json()["event_ids"][-1], "wait_seconds": 20},
        )
        assert plan.status_code == 200, plan.text
        [suggestion] = plan.json()
        assert Decimal(suggestion["suggested_quantity"]) == 100, suggestion

    gateway = start_gateway(stack, {"purchasing": purchasing, "inventory": inventory})
    run = await asyncio.to_thread(
        run_script,
        node,
        "buyer.mjs",
        gateway,
        SHOTS,
        {"JXC_E2E_SKU": sku, "JXC_E2E_WAREHOUSE": WH, "JXC_E2E_SUPPLIER": code},
    )
    assert run.returncode == 0, f"browser test failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e buyer: ok" in run.stdout, run.stdout
    print(run.stdout)
    shots = {p.stem for p in await asyncio.to_thread(lambda: list(SHOTS.glob("*.png")))}
    assert {
        "01-plan-zh",
        "02-plan-en",
        "02a-supplier-scorecard",
        "03-draft-form",
        "04-draft-po",
        "05-submitted",
        "06a-reject-needs-a-reason",
        "06-approved",
        "07-receiving-list",
        "08-receipt-reason-error",
        "09-received",
        "10-stock",
        "11-invoice-matched",
    } <= shots

    # what the browser did, as the APIs tell it
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        [order] = (
            await client.get(
                f"{purchasing}/purchase-orders", params={"status": "partially_received"}
            )
        ).json()
        view = (
            await client.get(f"{purchasing}/purchase-orders/{order['purchase_order_id']}")
        ).json()
        assert view["suggestion_id"] == suggestion["suggestion_id"]
        assert view["approved_by"] == "li.shen"
        [line] = view["lines"]
        assert [Decimal(line[k]) for k in ("ordered", "accepted", "rejected")] == [100, 95, 5]
        level = (await client.get(f"{inventory}/stock/{sku}/{WH}")).json()
        assert Decimal(level["on_hand"]) == 95
        [invoice] = (
            await client.get(
                f"{purchasing}/supplier-invoices",
                params={"purchase_order_id": order["purchase_order_id"]},
            )
        ).json()
        assert (invoice["status"], Decimal(invoice["total"])) == ("matched", Decimal("1187.50"))
