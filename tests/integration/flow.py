"""The first flow over HTTP: supplier → purchase order → approval → inspected goods receipt."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import httpx


async def supplier(client: httpx.AsyncClient, purchasing: str, currency: str = "CNY") -> str:
    response = await client.post(
        f"{purchasing}/suppliers",
        json={"code": f"S-{uuid4().hex[:8]}", "name": "Acme Trading", "currency": currency},
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def approved_order(
    client: httpx.AsyncClient,
    purchasing: str,
    supplier_id: str,
    lines: list[dict[str, Any]],
) -> str:
    response = await client.post(
        f"{purchasing}/purchase-orders",
        json={"supplier_id": supplier_id, "currency": "CNY", "lines": lines},
    )
    assert response.status_code == 201, response.text
    order_id = str(response.json()["id"])
    # Orders above the second-approval threshold (JXC_PURCHASING_SECOND_APPROVAL_ABOVE,
    # 100,000 by default) need a second approver; smaller ones are approved by the first.
    for approver in ("li.wei", "wang.fang"):
        response = await client.post(
            f"{purchasing}/purchase-orders/{order_id}/approve", json={"approved_by": approver}
        )
        assert response.status_code == 200, response.text
        order = await client.get(f"{purchasing}/purchase-orders/{order_id}")
        if order.json()["status"] == "approved":
            break
    return order_id


def line(
    no: int, sku: str, quantity: str, warehouse: str = "WH-SH", price: str = "9.90"
) -> dict[str, Any]:
    return {
        "line_no": no,
        "sku": sku,
        "quantity": quantity,
        "unit": "pcs",
        "unit_price": price,
        "warehouse": warehouse,
    }
