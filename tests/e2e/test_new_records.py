"""Issue 12: the "new record" forms in a real browser. The test starts purchasing, inventory, crm,
sales, finance and the gateway on the real Kafka and PostgreSQL, registers a supplier, an item
(in boxes) and a warehouse through the APIs; then web/e2e/new-records.mjs drives Debian's
Chromium: a buyer creates a purchase order from scratch (quantity 0 first: purchasing's message
at the line's quantity; then the order, whose page shows it), a crm user registers a customer
(its code left blank first: the message at the code) and finds it in the list, and a sales user
sets a salesperson's target (0 first: the message at the amount) and sees it listed with nothing
sold against it; an admin registers a warehouse and sees it listed; an accountant sets a budget
(on an asset account first: the message at the account) and sees it against the actual. The test
then checks the same through the APIs. Screenshots in .data/e2e-artifacts/new-records/."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal
from uuid import uuid4

import httpx

from tests.e2e.browser import ARTIFACTS, node_and_browser, run_script, start_gateway
from tests.integration.auth import bearer
from tests.integration.flow import registered_in_inventory
from tests.integration.harness import Stack

SHOTS = ARTIFACTS / "new-records"
WH = "WH-SH"


async def test_a_purchase_order_a_customer_and_a_target_are_made_from_scratch(
    stack: Stack,
) -> None:
    node = node_and_browser()
    purchasing, inventory, crm, sales, finance = stack.serve_together(
        "purchasing", "inventory", "crm", "sales", "finance"
    )
    tag = uuid4().hex[:6].upper()
    sku, supplier, customer, seller = f"TEA-{tag}", f"SUP-{tag}", f"C-{tag}", f"wang.{tag}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        registered = await client.post(
            f"{purchasing}/suppliers",
            json={"code": supplier, "name": "Hangzhou Tea Co.", "currency": "CNY"},
        )
        assert registered.status_code == 201, registered.text
        await registered_in_inventory(client, inventory, purchasing, [sku], [WH], unit="box")

    gateway = start_gateway(
        stack,
        {
            "purchasing": purchasing,
            "inventory": inventory,
            "crm": crm,
            "sales": sales,
            "finance": finance,
        },
    )
    run = await asyncio.to_thread(
        run_script,
        node,
        "new-records.mjs",
        gateway,
        SHOTS,
        {
            "JXC_E2E_WAREHOUSE": WH,
            "JXC_E2E_SKU": sku,
            "JXC_E2E_SUPPLIER": supplier,
            "JXC_E2E_CUSTOMER": customer,
            "JXC_E2E_SALESPERSON": seller,
        },
    )
    assert run.returncode == 0, f"browser test failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e new records: ok" in run.stdout, run.stdout
    print(run.stdout)
    shots = {p.stem for p in await asyncio.to_thread(lambda: list(SHOTS.glob("*.png")))}
    assert {
        "01-po-quantity-error",
        "02-po-created",
        "03-customer-code-error",
        "04-customer-listed",
        "05-target-amount-error",
        "06-target-listed",
        "07-warehouse-listed",
        "08-budget-account-error",
        "09-budget-set",
    } <= shots

    # what the browser did, as the APIs tell it
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        [order] = (
            await client.get(f"{purchasing}/purchase-orders", params={"status": "draft"})
        ).json()
        view = (
            await client.get(f"{purchasing}/purchase-orders/{order['purchase_order_id']}")
        ).json()
        [line] = view["lines"]
        assert (line["sku"], line["unit"], line["warehouse"]) == (sku, "box", WH)
        assert (Decimal(line["ordered"]), Decimal(line["unit_price"])) == (40, Decimal("12.50"))
        assert view["suggestion_id"] is None
        found = (await client.get(f"{crm}/customers", params={"q": customer})).json()
        [registered_customer] = found["items"]
        assert registered_customer["name"] == "Wang's Tea House"
        targets = (await client.get(f"{sales}/sales-targets", params={"subject": seller})).json()
        [target] = targets["items"]
        assert (target["dimension"], target["period"]) == ("salesperson", "2026-11")
        assert Decimal(target["target"]["amount"]) == Decimal("50000.00")
        assert target["set_by"] == seller
        warehouse = (await client.get(f"{inventory}/warehouses/{WH}-GZ")).json()
        assert warehouse["name"] == "Guangzhou"
        month = datetime.now(UTC).strftime("%Y-%m")
        budgets = await client.get(f"{finance}/budgets/against-actual", params={"period": month})
        assert [(x["account"], Decimal(x["budget"])) for x in budgets.json()["lines"]] == [
            ("6601", Decimal("1000.50"))
        ]
