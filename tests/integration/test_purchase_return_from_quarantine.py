"""Issue 3, point 11 on inventory's side: rejected goods that had been put in a quarantine
location leave stock when purchasing ships them back (PurchaseReturnShipped, from_stock);
goods rejected at the door never entered stock, so their return changes nothing."""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

import httpx

from jxc.events.base import Money
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.inventory import StockIssued
from jxc.events.contracts.purchasing import PurchaseReturnShipped, ReturnedLine
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish, read_all
from tests.integration.registering import register


def returned(sku: str, quantity: str, *, location: str | None, from_stock: bool) -> ReturnedLine:
    return ReturnedLine(
        line_no=1,
        sku=sku,
        warehouse="WH-Q",
        location=location,
        quantity=Decimal(quantity),
        unit="pcs",
        unit_cost=Money(amount=Decimal("4.00"), currency="CNY"),
        reason="broken seals",
        from_stock=from_stock,
    )


async def test_a_return_takes_quarantined_goods_out_and_leaves_the_rest(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    sku = f"JAR-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await client.post(f"{inventory}/warehouses", json={"code": "WH-Q", "name": "Quarantine"})
        await register(client, inventory, [sku])
        added = await client.post(
            f"{inventory}/warehouses/WH-Q/locations",
            json={"location": "QC-1", "name": "inspection hold", "quarantine": True},
        )
        assert added.status_code == 201, added.text
        url = f"{inventory}/stock/{sku}/WH-Q"
        for location, quantity in (("QC-1", "6"), (None, "20")):  # held back, and good stock
            put = await client.post(
                f"{url}/adjustments",
                json={
                    "quantity": quantity,
                    "unit": "pcs",
                    "reason": "put away",
                    "location": location,
                    "unit_cost": "4.00",
                },
            )
            assert put.status_code == 201, put.text
        level = (await client.get(url)).json()
        assert Decimal(level["quarantined"]) == 6
        assert Decimal(level["available"]) == 20  # quarantined goods cannot be sold

        event = PurchaseReturnShipped(
            return_id=uuid4(),
            purchase_order_id=uuid4(),
            supplier_id=uuid4(),
            lines=[
                returned(sku, "6", location="QC-1", from_stock=True),
            ],
        )
        at_the_door = PurchaseReturnShipped(
            return_id=uuid4(),
            purchase_order_id=uuid4(),
            supplier_id=uuid4(),
            lines=[returned(sku, "3", location=None, from_stock=False)],
        )
        envelopes = [envelope_of(event, "purchase-order-r1"), envelope_of(at_the_door, "po-r2")]
        await publish(topic_of("purchasing", stack.namespace), envelopes)
        for envelope in envelopes:
            await client.get(url, params={"wait_for_event": str(envelope.event_id)})
        level = (await client.get(url)).json()
        assert Decimal(level["on_hand"]) == 20
        assert Decimal(level["quarantined"]) == 0
        assert Decimal(level["available"]) == 20

    records = await read_all(topic_of("inventory", stack.namespace), expect=1 + 5)  # item first
    issued = [
        e
        for e in (registry.decode(from_kafka(r.value, r.headers)) for r in records)  # type: ignore[attr-defined]
        if isinstance(e, StockIssued)
    ]
    assert [(i.reason, i.location, i.quantity) for i in issued] == [
        ("purchase_return", "QC-1", Decimal(6))
    ]
    assert issued[0].total_cost.amount == Decimal("24.00")
