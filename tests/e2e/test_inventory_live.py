"""Issue 12, items 2, 3 and 8 end to end in a real browser: the dashboard, the stock screen
paged and sorted by the server (on hand, descending), a receipt posted through purchasing's
API shown live (server-sent events through the gateway, no reload), and a count on the
handheld screen (360×640) with barcode entry whose difference reaches the ledger. The services
(purchasing, inventory) and the gateway are started by the test on the real Kafka and
PostgreSQL and seeded through their APIs; web/e2e/inventory-live.mjs drives Debian's Chromium.
Screenshots are kept in .data/e2e-artifacts/inventory-live/."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from decimal import Decimal
from uuid import uuid4

import httpx

from tests.e2e.browser import CHROMIUM, WEB, node_and_browser, start_gateway
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, line, seen_by_purchasing, supplier
from tests.integration.harness import ROOT, Stack

ARTIFACTS = ROOT / ".data" / "e2e-artifacts" / "inventory-live"
WAREHOUSE = "WH-SH"


async def test_dashboard_stock_live_and_handheld_count(stack: Stack) -> None:
    node = node_and_browser()
    _, purchasing = stack.serve("purchasing")
    _, inventory = stack.serve("inventory")
    tag = uuid4().hex[:6].upper()
    skus = [f"LV-{tag}-A", f"LV-{tag}-B", f"LV-{tag}-C"]
    barcode = f"69{uuid4().int % 10**11:011d}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        seen = []
        for sku in skus:
            body = {"sku": sku, "name": f"Tea {sku}", "unit": "pcs", "category": "tea"}
            if sku == skus[0]:
                body["barcode"] = barcode
            made = await client.post(f"{inventory}/items", json=body)
            assert made.status_code == 201, made.text
            seen.append((f"items/{sku}", made.json()["event_ids"][0]))
        made = await client.post(
            f"{inventory}/warehouses", json={"code": WAREHOUSE, "name": "Shanghai"}
        )
        assert made.status_code == 201, made.text
        seen.append((f"warehouses/{WAREHOUSE}", made.json()["event_ids"][0]))
        await seen_by_purchasing(client, purchasing, seen)

        supplier_id = await supplier(client, purchasing)
        first = await approved_order(
            client,
            purchasing,
            supplier_id,
            [line(1, skus[0], "10"), line(2, skus[1], "20"), line(3, skus[2], "30")],
        )
        received = await client.post(
            f"{purchasing}/purchase-orders/{first}/receipts",
            json={
                "lines": [
                    {"line_no": n, "quantity_accepted": q}
                    for n, q in ((1, "10"), (2, "20"), (3, "30"))
                ]
            },
            headers=bearer("wang.cang", ["warehouse"], [WAREHOUSE]),
        )
        assert received.status_code == 201, received.text
        [goods_received] = received.json()["event_ids"]
        level = await client.get(
            f"{inventory}/stock/{skus[2]}/{WAREHOUSE}", params={"wait_for_event": goods_received}
        )
        assert Decimal(level.json()["on_hand"]) == 30, level.text
        # received by the browser test, "elsewhere", while the stock screen is open
        second = await approved_order(client, purchasing, supplier_id, [line(1, skus[0], "5")])

    gateway = start_gateway(stack, {"purchasing": purchasing, "inventory": inventory})
    shutil.rmtree(ARTIFACTS, ignore_errors=True)  # only this test's screenshots
    ARTIFACTS.mkdir(parents=True)
    run = await asyncio.to_thread(
        subprocess.run,
        [node, "e2e/inventory-live.mjs"],
        cwd=WEB,
        env=dict(
            os.environ,
            JXC_E2E_URL=gateway,
            JXC_E2E_SKUS=json.dumps(skus),
            JXC_E2E_BARCODE=barcode,
            JXC_E2E_WAREHOUSE=WAREHOUSE,
            JXC_E2E_ORDER=second,
            JXC_E2E_ARTIFACTS=str(ARTIFACTS),
            JXC_CHROMIUM=CHROMIUM,
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    print(run.stdout)  # the steps, timed
    assert run.returncode == 0, f"browser test failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e inventory live: ok" in run.stdout
    shots = {p.stem for p in ARTIFACTS.glob("*.png")}
    assert {
        "01-dashboard",
        "02-stock-page-2",
        "02b-stock-sorted-on-hand-desc",
        "04-stock-after-receipt-live",
        "05-count-handheld-scanned",
        "06-count-handheld-differences",
        "07-ledger-count-difference",
    } <= shots

    # what the browser did reached the services: the count left 3 of the first item
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        level = (await client.get(f"{inventory}/stock/{skus[0]}/{WAREHOUSE}")).json()
    assert Decimal(level["on_hand"]) == 3, level
