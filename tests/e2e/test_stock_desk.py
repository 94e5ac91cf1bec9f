"""Issue 12, "each command a form": the purchasing and inventory commands that had no form, in a
real browser. The test starts purchasing, inventory and the gateway on the real Kafka and
PostgreSQL, registers a supplier and an item through the APIs and has an order of 10 approved.
Then web/e2e/stock-desk.mjs drives Debian's Chromium: a buyer sends the order to the supplier;
a warehouse user receives 6 and rejects 2, and returns the rejected goods (3 first: the API's
message at the quantity); the buyer short-closes the order (without a reason first: the API's
message at the reason); the warehouse writes off 2 of the stock position (the reason asked for
first) and sees 4 on hand and the ledger line, opens a count on the handheld and cancels it
from the counts list; the buyer blocks the supplier; an accountant's invoice for 8 is held and,
matched again, stays held with the reason. The test then
checks the same through the APIs. Screenshots in .data/e2e-artifacts/stock-desk/."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from uuid import uuid4

import httpx

from tests.e2e.browser import ARTIFACTS, node_and_browser, run_script, start_gateway
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, line, registered_in_inventory
from tests.integration.harness import Stack

SHOTS = ARTIFACTS / "stock-desk"
WH = "WH-SH"


async def test_orders_are_sent_returned_and_closed_and_stock_written_off_by_form(
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
        supplier_id = str(registered.json()["id"])
        await registered_in_inventory(client, inventory, purchasing, [sku], [WH])
        order_id = await approved_order(
            client, purchasing, supplier_id, [line(1, sku, "10", WH, "12.50")]
        )

    gateway = start_gateway(stack, {"purchasing": purchasing, "inventory": inventory})
    run = await asyncio.to_thread(
        run_script,
        node,
        "stock-desk.mjs",
        gateway,
        SHOTS,
        {
            "JXC_E2E_SKU": sku,
            "JXC_E2E_WAREHOUSE": WH,
            "JXC_E2E_ORDER": order_id,
            "JXC_E2E_SUPPLIER_ID": supplier_id,
        },
    )
    assert run.returncode == 0, f"browser test failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e stock desk: ok" in run.stdout, run.stdout
    print(run.stdout)
    shots = {p.stem for p in await asyncio.to_thread(lambda: list(SHOTS.glob("*.png")))}
    assert {
        "01-send-form",
        "02-sent",
        "03-return-too-many",
        "04-returned",
        "05-close-needs-a-reason",
        "06-closed",
        "07-write-off-needs-a-reason",
        "08-written-off",
        "09-stock-after",
        "10-count-cancelled",
        "11-supplier-blocked",
        "12-invoice-still-held",
    } <= shots

    # what the browser did, as the APIs tell it
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        view = (await client.get(f"{purchasing}/purchase-orders/{order_id}")).json()
        assert (view["status"], view["status_reason"]) == ("closed", "the rest is out of season")
        [po_line] = view["lines"]
        assert [Decimal(po_line[k]) for k in ("accepted", "rejected", "returned")] == [6, 2, 2]
        assert len(view["returns"]) == 1
        level = (await client.get(f"{inventory}/stock/{sku}/{WH}")).json()
        assert Decimal(level["on_hand"]) == 4
        blocked = (await client.get(f"{purchasing}/suppliers/{supplier_id}")).json()
        assert (blocked["blocked"], blocked["blocked_reason"]) == (True, "late deliveries")
        counts = (await client.get(f"{inventory}/stock-counts", params={"warehouse": WH})).json()
        assert [c["status"] for c in counts] == ["cancelled"], counts
