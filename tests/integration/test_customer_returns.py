"""Issue 8, item 6, on real Kafka and PostgreSQL: customer returns. Inventory restocks what a
return puts back on the shelf at the cost it left with for that order (never today's average);
scrapped goods stay out. Sales' events are published as sales would."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx

from jxc.events.base import Money
from jxc.events.contracts.purchasing import GoodsReceived, ReceivedLine
from jxc.events.contracts.sales import (
    OrderLine,
    OrderPlaced,
    OrderShipped,
    ReturnedLine,
    ReturnReceived,
    ShippedLine,
)
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish
from tests.integration.registering import register

D = Decimal
WH = "WH-RT"


def goods(sku: str, quantity: str, unit_cost: str) -> GoodsReceived:
    return GoodsReceived(
        receipt_id=uuid4(),
        purchase_order_id=uuid4(),
        supplier_id=uuid4(),
        lines=[
            ReceivedLine(
                line_no=1,
                sku=sku,
                warehouse=WH,
                unit="pcs",
                quantity_accepted=D(quantity),
                quantity_rejected=D(0),
                unit_cost=Money(amount=D(unit_cost), currency="CNY"),
            )
        ],
    )


def sold(order_id: UUID, customer_id: UUID, sku: str, quantity: str) -> OrderPlaced:
    return OrderPlaced(
        order_id=order_id,
        customer_id=customer_id,
        currency="CNY",
        lines=[
            OrderLine(
                line_no=1,
                sku=sku,
                warehouse=WH,
                quantity=D(quantity),
                unit="pcs",
                unit_price=Money(amount=D("25.00"), currency="CNY"),
                net_amount=Money(amount=D(quantity) * D("22.50"), currency="CNY"),
            )
        ],
    )


def shipped(order_id: UUID, customer_id: UUID, sku: str, quantity: str) -> OrderShipped:
    return OrderShipped(
        order_id=order_id,
        shipment_id=uuid4(),
        customer_id=customer_id,
        lines=[ShippedLine(line_no=1, sku=sku, warehouse=WH, quantity=D(quantity), unit="pcs")],
    )


async def _consumed(client: httpx.AsyncClient, url: str, *envelopes: Envelope) -> None:
    for envelope in envelopes:
        answer = await client.get(f"{url}/stock", params={"wait_for_event": str(envelope.event_id)})
        assert answer.status_code == 200, answer.text


async def _ledger(client: httpx.AsyncClient, url: str, sku: str) -> list[dict[str, Any]]:
    answer = await client.get(f"{url}/stock/{sku}/{WH}/ledger")
    assert answer.status_code == 200, answer.text
    lines: list[dict[str, Any]] = answer.json()
    return lines


async def test_inventory_restocks_a_return_at_the_cost_the_goods_left_with(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sales, purchasing = topic_of("sales", stack.namespace), topic_of("purchasing", stack.namespace)
    sku = f"RT-{uuid4().hex[:6]}"
    order_id, customer_id = uuid4(), uuid4()
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], [WH])
        first = envelope_of(goods(sku, "10", "4.00"), "po-1")
        await publish(purchasing, [first])
        await _consumed(client, url, first)
        order = [
            envelope_of(sold(order_id, customer_id, sku, "6"), f"sales-order-{order_id}", 1),
            envelope_of(shipped(order_id, customer_id, sku, "6"), f"sales-order-{order_id}", 2),
        ]
        await publish(sales, order)
        await _consumed(client, url, *order)
        # later goods cost more: today's cost is no longer what the shipped goods cost
        dearer = envelope_of(goods(sku, "4", "9.00"), "po-2")
        await publish(purchasing, [dearer])
        await _consumed(client, url, dearer)
        back = ReturnReceived(
            return_id=uuid4(),
            order_id=order_id,
            customer_id=customer_id,
            lines=[
                ReturnedLine(
                    line_no=1,
                    sku=sku,
                    warehouse=WH,
                    quantity=D(2),
                    unit="pcs",
                    disposition="restock",
                    unit_price=Money(amount=D("22.50"), currency="CNY"),
                ),
                ReturnedLine(
                    line_no=1,
                    sku=sku,
                    warehouse=WH,
                    quantity=D(1),
                    unit="pcs",
                    disposition="scrap",
                    unit_price=Money(amount=D("22.50"), currency="CNY"),
                ),
            ],
            value=Money(amount=D("67.50"), currency="CNY"),
        )
        returned = envelope_of(back, f"customer-return-{back.return_id}")
        await publish(sales, [returned])
        await _consumed(client, url, returned)
        ledger = await _ledger(client, url, sku)
        level = (await client.get(f"{url}/stock/{sku}/{WH}")).json()
    [issue] = [line for line in ledger if line["movement"] == "issue"]
    assert D(issue["unit_cost"]) == D(4)
    restocked = ledger[-1]
    assert (restocked["movement"], restocked["reason"]) == ("receipt", "customer_return")
    assert D(restocked["quantity"]) == 2  # the scrapped one stays out
    assert D(restocked["unit_cost"]) == D(4)  # as it left, not today's 6.50 (4 x 4 + 4 x 9)
    assert D(restocked["value_change"]) == D(8)
    assert restocked["document_id"] == str(back.return_id)
    # 10 x 4 - 6 x 4 + 4 x 9 + 2 x 4 = 60 for 10 on hand
    assert (D(level["on_hand"]), D(level["value"])) == (10, 60)
