"""Issue 9, the full cycle on real Kafka and PostgreSQL, through the real purchasing, inventory
and finance services (sales' events published as sales will): PO -> receipt -> supplier
invoice with VAT -> payment; order -> shipment -> invoice -> customer receipt. The test works
out the journal, AP, AR, VAT, profit and loss and balance sheet on its own and compares them
with finance's, entry by entry and line by line."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal as D
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.base import Money
from jxc.events.contracts.sales import (
    InvoiceIssued,
    InvoiceLine,
    OrderLine,
    OrderPlaced,
    OrderShipped,
    ShippedLine,
    TaxTotal,
)
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, line, registered_in_inventory, supplier
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish

ACCOUNTANT = bearer("qian.kuaiji", ["accountant"])
WH = "WH-SH"
TODAY = datetime.now(UTC).date()
PERIOD = f"{TODAY.year:04d}-{TODAY.month:02d}"


def entry(**amounts: str) -> frozenset[tuple[str, D]]:
    """An entry as account -> debit - credit (accounts written a_1405 for 1405, dots as _)."""
    return frozenset((k.removeprefix("a_").replace("_", "."), D(v)) for k, v in amounts.items())


async def test_the_full_cycle_is_booked_as_the_test_books_it(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    _, inventory = stack.serve("inventory")
    _, finance = stack.serve("finance")
    sku = f"TEA-{uuid4().hex[:6]}"
    customer = uuid4()
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:

        async def get(path: str, **params: Any) -> Any:
            answer = await client.get(f"{finance}{path}", params=params, headers=ACCOUNTANT)
            assert answer.status_code == 200, answer.text
            return answer.json()

        # --- buy: PO -> receipt -> supplier invoice with VAT -> payment ---------------------
        await registered_in_inventory(client, inventory, purchasing, [sku], [WH])
        supplier_id = await supplier(client, purchasing)
        order_id = await approved_order(
            client, purchasing, supplier_id, [line(1, sku, "100", WH, price="12.50")]
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
        assert recorded.json()["status"] == "matched"  # 0.8 % above the PO price: within 2 %
        bill_id = recorded.json()["id"]
        matched_id = recorded.json()["event_ids"][-1]
        payables = await get("/open-items", kind="payable", wait_for_event=matched_id)
        assert [(x["document_no"], D(x["open"])) for x in payables] == [("INV-88", D("1423.80"))]
        paid = await client.post(
            f"{finance}/payments",
            json={
                "direction": "outgoing",
                "party_id": supplier_id,
                "amount": "1423.80",
                "currency": "CNY",
                "paid_on": str(TODAY),
                "cash_account": "1002",
                "allocations": [{"invoice_id": bill_id, "amount": "1423.80"}],
            },
            headers=ACCOUNTANT,
        )
        assert paid.status_code == 201, paid.text

        # --- sell: order -> shipment (inventory issues at FIFO cost) -> invoice -> receipt ---
        sales_order = uuid4()
        placed = OrderPlaced(
            order_id=sales_order,
            customer_id=customer,
            lines=[
                OrderLine(
                    line_no=1,
                    sku=sku,
                    warehouse=WH,
                    quantity=D(40),
                    unit="pcs",
                    unit_price=Money(amount=D(20), currency="CNY"),
                )
            ],
        )
        shipped = OrderShipped(
            order_id=sales_order,
            shipment_id=uuid4(),
            customer_id=customer,
            lines=[ShippedLine(line_no=1, sku=sku, warehouse=WH, quantity=D(40), unit="pcs")],
        )
        sales_invoice = InvoiceIssued(
            invoice_id=uuid4(),
            invoice_no="SI-1",
            order_id=sales_order,
            customer_id=customer,
            issued_on=TODAY,
            due_on=TODAY,
            currency="CNY",
            lines=[
                InvoiceLine(
                    line_no=1,
                    sku=sku,
                    quantity=D(40),
                    unit="pcs",
                    net_amount=D(800),
                    tax_rate=D("0.13"),
                    tax_amount=D(104),
                )
            ],
            taxes=[TaxTotal(tax_rate=D("0.13"), net_amount=D(800), tax_amount=D(104))],
            net_total=D(800),
            tax_total=D(104),
            gross_total=D(904),
        )
        stream = f"sales-order-{sales_order}"
        envelopes = [
            envelope_of(placed, stream, 1),
            envelope_of(shipped, stream, 2),
            envelope_of(sales_invoice, f"invoice-{sales_invoice.invoice_id}"),
        ]
        await publish(topic_of("sales", stack.namespace), envelopes)
        items = await get(
            "/open-items", kind="receivable", wait_for_event=str(envelopes[2].event_id)
        )
        assert [(x["document_no"], D(x["open"])) for x in items] == [("SI-1", D(904))]
        received = await client.post(
            f"{finance}/payments",
            json={
                "direction": "incoming",
                "party_id": str(customer),
                "amount": "904",
                "currency": "CNY",
                "paid_on": str(TODAY),
                "cash_account": "1002",
                "allocations": [{"invoice_id": str(sales_invoice.invoice_id), "amount": "904"}],
            },
            headers=ACCOUNTANT,
        )
        assert received.status_code == 201, received.text

        # --- the books, as the test keeps them ---------------------------------------------
        expected = Counter(
            [
                # inventory's StockReceived of the receipt: 100 x 12.50
                entry(a_1405="1250", a_2205="-1250"),
                # the matched invoice: GRNI at the PO price, variance 100 x 0.10, VAT 13 %
                entry(a_2205="1250", a_6402="10", a_2221_01_13="163.80", a_2202="-1423.80"),
                entry(a_2202="1423.80", a_1002="-1423.80"),
                # the shipment: 40 at the FIFO cost of 12.50
                entry(a_6401="500", a_1405="-500"),
                entry(a_1122="904", a_6001="-800", a_2221_02_13="-104"),
                entry(a_1002="904", a_1122="-904"),
            ]
        )

        async def journal() -> Counter[frozenset[tuple[str, D]]] | None:
            lines = (await get("/journal", limit=1000))["items"]
            entries: dict[int, dict[str, D]] = {}
            for x in lines:
                moved = entries.setdefault(x["entry_id"], {})
                amount = D(x["debit"]) - D(x["credit"])
                moved[x["account"]] = moved.get(x["account"], D(0)) + amount
            found = Counter(frozenset(e.items()) for e in entries.values())
            return found if len(entries) >= len(list(expected.elements())) else None

        found = await eventually(journal, timeout=60)
        assert found == expected

        # AP and AR settled; the VAT return; profit and loss; the balance sheet.
        assert await get("/open-items", kind="payable") == []
        assert await get("/open-items", kind="receivable") == []
        vat = await get("/vat-return", period=PERIOD)
        assert (D(vat["output"]), D(vat["input"]), D(vat["payable"])) == (
            D(104),
            D("163.80"),
            D("-59.80"),
        )
        pnl = await get("/statements/profit-and-loss", **{"from": PERIOD, "to": PERIOD})
        assert [(x["account"], D(x["amount"])) for x in pnl["income"]] == [("6001", D(800))]
        assert [(x["account"], D(x["amount"])) for x in pnl["expenses"]] == [
            ("6401", D(500)),
            ("6402", D(10)),
        ]
        assert D(pnl["result"]) == D(290)
        sheet = await get("/statements/balance-sheet", period=PERIOD)
        assert [(x["account"], D(x["amount"])) for x in sheet["assets"]] == [
            ("1002", D(904) - D("1423.80")),
            ("1405", D(750)),
        ]
        assert [(x["account"], D(x["amount"])) for x in sheet["liabilities"]] == [
            ("2221.01.13", D("-163.80")),
            ("2221.02.13", D(104)),
        ]
        assert [(x["account"], D(x["amount"])) for x in sheet["equity"]] == [("4103", D(290))]
        assert D(sheet["total_assets"]) == D("230.20") == D(sheet["total_liabilities_and_equity"])
        stock = await get("/stock-reconciliation")
        assert [
            (x["warehouse"], D(x["stock_value"]), D(x["difference"])) for x in stock["lines"]
        ] == [(WH, D(750), D(0))]
        level = (await client.get(f"{inventory}/stock/{sku}/{WH}")).json()
        assert D(str(level["value"])) == D(750)  # inventory's own value of the 60 left

        # Cost analysis (item 9): margin per customer and item, cost per warehouse, the
        # supplier's price variance.
        by_customer = await get("/cost-analysis", by="customer", **{"from": PERIOD, "to": PERIOD})
        assert [
            (x["customer"], x["revenue"], x["cogs"], x["margin"], x["margin_percent"])
            for x in by_customer["lines"]
        ] == [(str(customer), "800", "500", "300", "37.5")]
        by_sku = await get("/cost-analysis", by="sku", **{"from": PERIOD, "to": PERIOD})
        assert [(x["sku"], x["margin"]) for x in by_sku["lines"]] == [(sku, "300")]
        by_wh = await get("/cost-analysis", by="warehouse", **{"from": PERIOD, "to": PERIOD})
        assert [(x["warehouse"], x["cogs"]) for x in by_wh["lines"] if x["warehouse"]] == [
            (WH, "500")
        ]
        variance = await get("/cost-analysis/price-variance", **{"from": PERIOD, "to": PERIOD})
        assert variance["suppliers"] == [{"supplier_id": supplier_id, "variance": "10"}]

        # The cash flow statement (direct method), from the two payments.
        flow = await get("/statements/cash-flow", **{"from": PERIOD, "to": PERIOD})
        assert (
            D(flow["opening_cash"]),
            D(flow["received_from_customers"]),
            D(flow["paid_to_suppliers"]),
            D(flow["closing_cash"]),
        ) == (D(0), D(904), D("1423.80"), D(904) - D("1423.80"))
