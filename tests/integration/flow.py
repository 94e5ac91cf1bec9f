"""The first flow over HTTP: supplier → purchase order → approval → inspected goods receipt."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.contracts.inventory import ItemRegistered, WarehouseRegistered
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.publishing import envelope_of, publish


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
            f"{purchasing}/purchase-orders/{order_id}/approve",
            headers=bearer(approver, ["purchase_approver"]),
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


async def known_to_purchasing(
    client: httpx.AsyncClient,
    purchasing: str,
    namespace: str,
    skus: Sequence[str],
    warehouses: Sequence[str] = ("WH-SH",),
    unit: str = "pcs",
) -> None:
    """Items and warehouses registered as inventory announces them (ItemRegistered and
    WarehouseRegistered on its topic), once purchasing's copy has them: purchase orders may
    only name registered ones."""
    items = [
        envelope_of(ItemRegistered(sku=sku, name=sku, unit=unit), f"item-{sku}") for sku in skus
    ]
    places = [
        envelope_of(WarehouseRegistered(warehouse=code, name=code), f"warehouse-{code}")
        for code in warehouses
    ]
    await publish(topic_of("inventory", namespace), [*items, *places])
    await seen_by_purchasing(
        client,
        purchasing,
        [(f"items/{sku}", str(e.event_id)) for sku, e in zip(skus, items, strict=True)]
        + [(f"warehouses/{c}", str(e.event_id)) for c, e in zip(warehouses, places, strict=True)],
    )


async def seen_by_purchasing(
    client: httpx.AsyncClient, purchasing: str, entries: Sequence[tuple[str, str]]
) -> None:
    """Wait (bounded) until purchasing's catalog has applied each (catalog path, event id)."""
    for path, event_id in entries:
        response = await client.get(
            f"{purchasing}/catalog/{path}", params={"wait_for_event": event_id, "wait_seconds": 20}
        )
        assert response.status_code == 200, response.text


async def registered_in_inventory(
    client: httpx.AsyncClient,
    inventory: str,
    purchasing: str,
    skus: Sequence[str],
    warehouses: Sequence[str] = ("WH-SH",),
    unit: str = "pcs",
) -> None:
    """Items and warehouses registered in the running inventory service, once purchasing has
    learnt them from inventory's events."""
    seen: list[tuple[str, str]] = []
    for sku in skus:
        body = {"sku": sku, "name": sku, "unit": unit}
        response = await client.post(f"{inventory}/items", json=body)
        assert response.status_code == 201, response.text
        seen.append((f"items/{sku}", response.json()["event_ids"][0]))
    for code in warehouses:
        response = await client.post(f"{inventory}/warehouses", json={"code": code, "name": code})
        assert response.status_code == 201, response.text
        seen.append((f"warehouses/{code}", response.json()["event_ids"][0]))
    await seen_by_purchasing(client, purchasing, seen)
