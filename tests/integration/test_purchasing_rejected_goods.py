"""Issue 3, point 11: rejected goods go back to the supplier (a purchase return, from stock
only when they lie in a location) or are claimed at the PO price; both reach Kafka."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx

from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.purchasing import PurchaseReturnShipped, SupplierClaimRaised
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, known_to_purchasing, line, supplier
from tests.integration.harness import Stack
from tests.integration.publishing import read_all


async def test_rejected_goods_are_returned_or_claimed_but_never_twice(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["TEA"])
        order_id = await approved_order(
            client, purchasing, supplier_id, [line(1, "TEA", "100", price="9.90")]
        )
        order = f"{purchasing}/purchase-orders/{order_id}"
        receipt = await client.post(
            f"{order}/receipts",
            json={
                "lines": [
                    {
                        "line_no": 1,
                        "quantity_accepted": "88",
                        "quantity_rejected": "12",
                        "rejection_reason": "crushed",
                        "lot": "L-1",
                    }
                ]
            },
        )
        assert receipt.status_code == 201, receipt.text

        async def post(path: str, body: dict[str, Any], status: int = 201) -> Any:
            response = await client.post(f"{order}/{path}", json=body)
            assert response.status_code == status, response.text
            return response.json()

        quarantined = {"line_no": 1, "quantity": "8", "reason": "crushed", "location": "Q-01"}
        await post("returns", {"lines": [{**quarantined, "lot": "L-1"}]})
        await post("claims", {"lines": [{"line_no": 1, "quantity": "4", "reason": "crushed"}]})
        too_many = await post(
            "returns", {"lines": [{"line_no": 1, "quantity": "1", "reason": "x"}]}, 422
        )
        assert too_many["fields"] == ["lines.0.quantity"]
        assert "only 0 rejected pcs are not yet returned or claimed" in too_many["detail"]

        shown = (await client.get(order)).json()["lines"][0]
        assert [Decimal(shown[k]) for k in ("rejected", "returned", "claimed")] == [12, 8, 4]

    records = await read_all(topic_of("purchasing", stack.namespace), expect=6)
    events = [registry.decode(from_kafka(r.value, r.headers)) for r in records]  # type: ignore[attr-defined]
    [shipped] = [e for e in events if isinstance(e, PurchaseReturnShipped)]
    [claimed] = [e for e in events if isinstance(e, SupplierClaimRaised)]
    returned = shipped.lines[0]
    assert (returned.sku, returned.warehouse, returned.location, returned.lot) == (
        "TEA",
        "WH-SH",
        "Q-01",
        "L-1",
    )
    assert returned.from_stock is True
    assert (returned.quantity, returned.unit_cost.amount) == (Decimal("8"), Decimal("9.90"))
    assert claimed.amount.amount == Decimal("39.60")  # 4 x 9.90
    assert claimed.supplier_id == shipped.supplier_id
