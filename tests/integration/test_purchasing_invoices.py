"""Issue 3, point 12: supplier invoices matched three ways (PO price x received x invoiced);
held with the reason, re-matched after the rest of the goods arrive, or released by a person;
the price variance reaches the supplier scorecard."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx

from tests.integration.auth import bearer
from tests.integration.flow import approved_order, known_to_purchasing, line, supplier
from tests.integration.harness import Stack


async def test_an_invoice_is_held_until_the_goods_arrive_and_a_second_one_is_released(
    stack: Stack,
) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:

        async def post(path: str, body: dict[str, Any] | None = None, status: int = 200) -> Any:
            response = await client.post(f"{purchasing}{path}", json=body or {})
            assert response.status_code == status, response.text
            return response.json()

        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["TEA", "CUP"])
        order_id = await approved_order(
            client,
            purchasing,
            supplier_id,
            [line(1, "TEA", "100", price="10.00"), line(2, "CUP", "50", price="2.00")],
        )
        receipt = {
            "lines": [
                {"line_no": 1, "quantity_accepted": "100"},
                {"line_no": 2, "quantity_accepted": "40"},
            ]
        }
        await post(f"/purchase-orders/{order_id}/receipts", receipt, 201)

        invoice = {
            "supplier_id": supplier_id,
            "purchase_order_id": order_id,
            "invoice_number": "INV-1",
            "lines": [
                {"line_no": 1, "quantity": "100", "unit_price": "10.10"},  # +1 %: within 2 %
                {"line_no": 2, "quantity": "50", "unit_price": "2.00"},
            ],
        }
        first = await post("/supplier-invoices", invoice, 201)
        assert first["status"] == "held"
        assert first["hold_reason"] == "line 2 (CUP): invoiced 50 but received 40"
        assert len(first["event_ids"]) == 2  # recorded, held

        duplicate = await client.post(f"{purchasing}/supplier-invoices", json=invoice)
        assert duplicate.status_code == 409
        assert duplicate.json()["fields"] == ["invoice_number"]
        still = await client.post(f"{purchasing}/supplier-invoices/{first['id']}/match")
        assert still.status_code == 409
        assert "still held: line 2 (CUP): invoiced 50 but received 40" in still.json()["detail"]

        rest = {"lines": [{"line_no": 2, "quantity_accepted": "10"}]}
        await post(f"/purchase-orders/{order_id}/receipts", rest, 201)
        matched = await post(f"/supplier-invoices/{first['id']}/match")
        assert (matched["status"], matched["hold_reason"]) == ("matched", None)

        # The goods of line 1 are all invoiced now: a second invoice for them is held.
        again = {
            **invoice,
            "invoice_number": "INV-2",
            "lines": [{"line_no": 1, "quantity": "5", "unit_price": "10"}],
        }
        second = await post("/supplier-invoices", again, 201)
        assert second["hold_reason"] == (
            "line 1 (TEA): invoiced 5 but received 100, of which 100 already invoiced"
        )
        # who releases is the token's user: li.wei, an accountant
        release = await client.post(
            f"{purchasing}/supplier-invoices/{second['id']}/release",
            json={"reason": "freight charged as tea, agreed by phone"},
            headers=bearer("li.wei", ["accountant"]),
        )
        assert release.status_code == 200, release.text
        assert release.json()["status"] == "matched"
        shown = (await client.get(f"{purchasing}/supplier-invoices/{second['id']}")).json()
        assert (shown["overridden_by"], Decimal(shown["total"])) == ("li.wei", Decimal("50"))

        listed = (
            await client.get(
                f"{purchasing}/supplier-invoices",
                params={"status": "matched", "purchase_order_id": order_id},
            )
        ).json()
        assert [i["invoice_number"] for i in listed] == ["INV-1", "INV-2"]

        card = (
            await client.get(
                f"{purchasing}/suppliers/{supplier_id}/scorecard",
                params={"wait_for_event": second["event_ids"][0]},
            )
        ).json()
        variance = card["price_variance"]
        # INV-1: 1,110.00 invoiced, 1,100.00 at PO prices; INV-2: 50 and 50.
        assert [Decimal(variance[k]) for k in ("invoiced", "at_po_prices", "amount")] == [
            Decimal("1160"),
            Decimal("1150"),
            Decimal("10"),
        ]
        assert (variance["percent"], variance["currency"]) == ("0.87", "CNY")


async def test_an_invoice_against_an_order_not_approved_is_refused(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["X"])
        draft = await client.post(
            f"{purchasing}/purchase-orders",
            json={"supplier_id": supplier_id, "currency": "CNY", "lines": [line(1, "X", "1")]},
        )
        invoice = {
            "supplier_id": supplier_id,
            "purchase_order_id": draft.json()["id"],
            "invoice_number": "INV-9",
            "lines": [{"line_no": 1, "quantity": "1", "unit_price": "9.90"}],
        }
        refused = await client.post(f"{purchasing}/supplier-invoices", json=invoice)
        assert refused.status_code == 409
        assert "is draft; invoices are recorded against approved orders" in refused.json()["detail"]
        missing = await client.post(
            f"{purchasing}/supplier-invoices", json={**invoice, "purchase_order_id": supplier_id}
        )
        assert missing.status_code == 404  # an unknown order is 404 wherever it is named
        assert missing.json()["fields"] == ["purchase_order_id"]
