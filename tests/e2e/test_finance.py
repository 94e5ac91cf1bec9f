"""Issue 12 item 7 in a real browser: the accountant's path. Purchasing, inventory, finance and
the gateway are started once on the real Kafka and PostgreSQL; through the public APIs a
purchase order is received (100 at 12.50), its supplier invoice matched (100 at 12.60 + 13 %
VAT = 1423.80 payable) and 1000 of it paid through finance's payment route. Then
web/e2e/finance.mjs drives Chromium: an accountant opens the journal, filters it by source,
drills down from the supplier invoice's entry to its source event (type, stream, payload) and
from the payment's entry to the payments of its supplier; sees the supplier's 423.80 open in
the payables' aging; opens the trial balance (debit total = credit total), the P&L (the price
variance, -10; exported as CSV, the result its last row) and the balance sheet (assets =
liabilities + equity), and their print view.
Screenshots in .data/e2e-artifacts/finance/."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

import httpx

from tests.e2e.browser import CHROMIUM, WEB, node_and_browser, start_gateway
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, line, registered_in_inventory, supplier
from tests.integration.harness import ROOT, Stack

ARTIFACTS = ROOT / ".data" / "e2e-artifacts" / "finance"
ACCOUNTANT = bearer("qian.kuaiji", ["accountant"])
TODAY = datetime.now(UTC).date()
PERIOD = f"{TODAY.year:04d}-{TODAY.month:02d}"


async def test_an_accountant_follows_the_books_from_entry_to_statements(stack: Stack) -> None:
    began = time.monotonic()
    node = node_and_browser()
    _, purchasing = stack.serve("purchasing")
    _, inventory = stack.serve("inventory")
    _, finance = stack.serve("finance")
    sku = f"TEA-{uuid4().hex[:6].upper()}"
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:

        async def books(path: str, **params: Any) -> Any:
            answer = await client.get(f"{finance}{path}", params=params, headers=ACCOUNTANT)
            assert answer.status_code == 200, answer.text
            return answer.json()

        await registered_in_inventory(client, inventory, purchasing, [sku], ["WH-SH"])
        supplier_id = await supplier(client, purchasing)
        order_id = await approved_order(
            client, purchasing, supplier_id, [line(1, sku, "100", "WH-SH", price="12.50")]
        )
        receipt = {"lines": [{"line_no": 1, "quantity_accepted": "100"}]}
        got = await client.post(f"{purchasing}/purchase-orders/{order_id}/receipts", json=receipt)
        assert got.status_code == 201, got.text
        invoice = {
            "supplier_id": supplier_id,
            "purchase_order_id": order_id,
            "invoice_number": "INV-88",
            "lines": [{"line_no": 1, "quantity": "100", "unit_price": "12.60", "tax_rate": "0.13"}],
        }
        recorded = await client.post(f"{purchasing}/supplier-invoices", json=invoice)
        assert recorded.status_code == 201, recorded.text
        bill_id, matched_id = recorded.json()["id"], recorded.json()["event_ids"][-1]
        await books("/open-items", kind="payable", wait_for_event=matched_id)
        paid = await client.post(
            f"{finance}/payments",
            json={
                "direction": "outgoing",
                "party_id": supplier_id,
                "amount": "1000",
                "currency": "CNY",
                "paid_on": str(TODAY),
                "cash_account": "1002",
                "allocations": [{"invoice_id": bill_id, "amount": "1000"}],
                "reference": "TT-0001",
            },
            headers=ACCOUNTANT | {"Idempotency-Key": str(uuid4())},
        )
        assert paid.status_code == 201, paid.text
        [paid_event] = paid.json()["event_ids"]
        posted = await books("/journal", source_event_id=paid_event, wait_for_event=paid_event)
        [paid_line, *_] = posted["items"]
        [bill_line, *_] = (await books("/journal", source_event_id=matched_id))["items"]
        received = await books("/journal", source_type="inventory.StockReceived")
        assert received["items"], "the receipt is posted"

    print(f"seeded in {time.monotonic() - began:.1f} s")
    gateway = start_gateway(
        stack, {"purchasing": purchasing, "inventory": inventory, "finance": finance}
    )
    shutil.rmtree(ARTIFACTS, ignore_errors=True)  # this test's screenshots only
    ARTIFACTS.mkdir(parents=True)
    run = await asyncio.to_thread(
        subprocess.run,
        [node, "e2e/finance.mjs"],
        cwd=WEB,
        env=dict(
            os.environ,
            JXC_E2E_URL=gateway,
            JXC_E2E_PERIOD=PERIOD,
            JXC_E2E_SUPPLIER=supplier_id,
            JXC_E2E_INVOICE_ENTRY=str(bill_line["entry_id"]),
            JXC_E2E_PAYMENT_ENTRY=str(paid_line["entry_id"]),
            JXC_E2E_ARTIFACTS=str(ARTIFACTS),
            JXC_CHROMIUM=CHROMIUM,
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    print(run.stdout)  # the steps with their times (pytest -s)
    assert run.returncode == 0, f"browser test failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e finance: ok" in run.stdout
    shots = {p.stem for p in ARTIFACTS.glob("*.png")}
    assert {
        "01-journal",
        "02-entry-supplier-invoice",
        "03-entry-payment",
        "04-payments-of-supplier",
        "05-payables-aging",
        "05c-payment-field-error",
        "05d-payment-recorded",
        "06-trial-balance",
        "07-profit-and-loss",
        "08-balance-sheet",
        "09-balance-sheet-print",
        "10-trial-balance-en",
    } <= shots
