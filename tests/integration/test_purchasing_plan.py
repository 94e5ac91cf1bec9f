"""Issue 3, point 13: the purchase plan, from inventory's LowStockDetected and shipments (here
published to jxc.inventory.events as inventory would), with the orders in flight; a
suggestion turned into a draft purchase order in one command."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import LowStockDetected, StockBackInRange, StockIssued
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, known_to_purchasing, line, supplier
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish


def issued(sku: str, quantity: str, reason: str = "shipment") -> StockIssued:
    cost = Money(amount=Decimal("10"), currency="CNY")
    total = Money(amount=Decimal(quantity) * 10, currency="CNY")
    return StockIssued(
        sku=sku,
        warehouse="WH-SH",
        quantity=Decimal(quantity),
        unit="box",
        reason=reason,
        unit_cost=cost,
        total_cost=total,
    )


def low(sku: str, reorder: str | None = None) -> LowStockDetected:
    return LowStockDetected(
        sku=sku,
        warehouse="WH-SH",
        available=Decimal("12"),
        min_quantity=Decimal("20"),
        max_quantity=Decimal("100"),
        reorder_quantity=None if reorder is None else Decimal(reorder),
        unit="box",
    )


async def test_a_low_stock_alert_becomes_a_suggestion_and_then_a_draft_order(
    stack: Stack,
) -> None:
    _, purchasing = stack.serve("purchasing")
    tea, cup = f"TEA-{uuid4().hex[:6]}", f"CUP-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, [tea])
        # 30 boxes of tea already on order at 12.50: in flight, and the supplier's last price
        await approved_order(client, purchasing, supplier_id, [line(1, tea, "30", price="12.50")])

        events: list[tuple[DomainEvent, str]] = [
            (issued(tea, "60"), tea),
            (issued(tea, "30"), tea),
            (issued(tea, "500", reason="transfer_out"), tea),  # not a sale
            (low(tea), tea),
            (low(cup, reorder="50"), cup),
            (
                StockBackInRange(
                    sku=cup,
                    warehouse="WH-SH",
                    available=Decimal("25"),
                    min_quantity=Decimal("20"),
                    max_quantity=Decimal("100"),
                    unit="box",
                    was="below_min",
                ),
                cup,
            ),
        ]
        envelopes = [
            envelope_of(event, f"stock-{sku}@WH-SH", version)
            for version, (event, sku) in enumerate(events, start=1)
        ]
        await publish(topic_of("inventory", stack.namespace), envelopes)

        async def plan(**params: Any) -> Any:
            response = await client.get(f"{purchasing}/purchase-plan", params=params)
            assert response.status_code == 200, response.text
            return response.json()

        await plan(wait_for_event=str(envelopes[-1].event_id))
        [suggestion] = await plan(wait_for_event=str(envelopes[3].event_id))
        assert suggestion["suggestion_id"] == str(envelopes[3].event_id)
        assert (suggestion["sku"], suggestion["status"]) == (tea, "open")
        figures = ("available", "in_flight", "suggested_quantity")
        assert [Decimal(suggestion[k]) for k in figures] == [12, 30, 58]  # 100 - 12 - 30
        assert Decimal(suggestion["sales"]["per_day"]) == Decimal("3")  # 90 shipped / 30 days
        assert Decimal(suggestion["cover_days"]) == Decimal("4")

        [resolved] = await plan(status="resolved")
        assert (resolved["sku"], resolved["suggested_quantity"]) == (cup, "50")

        url = f"{purchasing}/purchase-plan/{suggestion['suggestion_id']}/draft-po"
        drafted = await client.post(url, json={"supplier_id": supplier_id})
        assert drafted.status_code == 201, drafted.text
        order = (await client.get(f"{purchasing}/purchase-orders/{drafted.json()['id']}")).json()
        assert (order["status"], order["suggestion_id"]) == ("draft", suggestion["suggestion_id"])
        [order_line] = order["lines"]
        assert (order_line["sku"], order_line["warehouse"], order_line["unit"]) == (
            tea,
            "WH-SH",
            "box",
        )
        assert [Decimal(order_line[k]) for k in ("ordered", "unit_price")] == [
            Decimal("58"),
            Decimal("12.50"),
        ]

        assert await plan() == []
        [ordered] = await plan(status="ordered")
        assert ordered["purchase_order_id"] == drafted.json()["id"]
        assert [Decimal(ordered[k]) for k in ("in_flight", "suggested_quantity")] == [88, 0]

        twice = await client.post(url, json={"supplier_id": supplier_id})
        assert twice.status_code == 409
        assert "already turned into purchase order" in twice.json()["detail"]
        gone = await client.post(
            f"{purchasing}/purchase-plan/{resolved['suggestion_id']}/draft-po",
            json={"supplier_id": supplier_id, "unit_price": "3"},
        )
        assert gone.status_code == 409
        assert "no longer below its minimum" in gone.json()["detail"]
