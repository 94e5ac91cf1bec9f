"""Issue 3, inventory 6: reorder rules on real Kafka and PostgreSQL. LowStockDetected and
OverstockDetected are published once per crossing, not on every movement, whether the stock
moves over HTTP or by events of other contexts (purchasing's receipts, sales' shipments)."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.base import DomainEvent
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.inventory import (
    LowStockDetected,
    OverstockDetected,
    ReorderRuleRemoved,
    ReorderRuleSet,
    StockBackInRange,
)
from jxc.events.contracts.sales import OrderShipped, ShippedLine
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, read_all, receipt
from tests.integration.registering import register

WH = "WH-R"


class Inventory:
    def __init__(self, stack: Stack, client: httpx.AsyncClient, url: str) -> None:
        self.stack = stack
        self.client = client
        self.url = url

    async def consumed(self, context: str, event: DomainEvent, sku: str) -> None:
        """Publish `event` as `context` does and wait until inventory has consumed it."""
        envelope = envelope_of(event, f"{context}-{uuid4()}")
        await publish(topic_of(context, self.stack.namespace), [envelope])

        async def seen() -> bool:
            response = await self.client.get(
                f"{self.url}/stock/{sku}/{WH}", params={"wait_for_event": str(envelope.event_id)}
            )
            return response.status_code == 200

        await eventually(seen, timeout=60)

    async def receive(self, sku: str, quantity: int) -> None:
        await self.consumed("purchasing", receipt([(sku, WH, Decimal(quantity))]), sku)

    async def ship(self, sku: str, quantity: int) -> None:
        shipped = OrderShipped(
            order_id=uuid4(),
            shipment_id=uuid4(),
            customer_id=uuid4(),
            lines=[
                ShippedLine(
                    line_no=1, sku=sku, warehouse=WH, quantity=Decimal(quantity), unit="pcs"
                )
            ],
        )
        await self.consumed("sales", shipped, sku)

    async def issue(self, sku: str, quantity: int) -> httpx.Response:
        response = await self.client.post(
            f"{self.url}/stock/{sku}/{WH}/issues",
            json={"quantity": str(quantity), "unit": "pcs", "reason": "shipment"},
        )
        assert response.status_code == 201, response.text
        return response

    async def available(self, sku: str) -> Decimal:
        level = (await self.client.get(f"{self.url}/stock/{sku}/{WH}")).json()
        return Decimal(level["available"])

    async def set_rule(self, sku: str, **limits: Any) -> dict[str, Any]:
        response = await self.client.post(
            f"{self.url}/reorder-rules", json={"sku": sku, "warehouse": WH, **limits}
        )
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    async def alerts(self, **params: str) -> list[dict[str, Any]]:
        response = await self.client.get(f"{self.url}/alerts", params=params)
        assert response.status_code == 200, response.text
        rows: list[dict[str, Any]] = response.json()
        return rows


async def rule_streams(stack: Stack, expect: int) -> dict[str, list[tuple[Envelope, DomainEvent]]]:
    """The events of every reorder rule stream on jxc.inventory.events, in stream order,
    once `expect` records of the topic were read."""
    records = await read_all(topic_of("inventory", stack.namespace), expect=expect, timeout=60)
    assert len(records) == expect
    streams: dict[str, list[tuple[Envelope, DomainEvent]]] = {}
    for record in records:
        envelope = from_kafka(record.value, record.headers)  # type: ignore[attr-defined]
        if envelope.stream_id.startswith("reorder-rule-"):
            streams.setdefault(envelope.stream_id, []).append((envelope, registry.decode(envelope)))
    for events in streams.values():
        events.sort(key=lambda pair: pair[0].stream_version)
    return streams


def of(sku: str) -> str:
    return f"reorder-rule-{sku}@{WH}"


async def test_low_stock_is_published_once_per_crossing_and_overstock_too(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sku, preset = f"RICE-{uuid4().hex[:6]}", f"SALT-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await register(client, url, [sku, preset], [WH])
        inv = Inventory(stack, client, url)
        await inv.receive(sku, 30)
        answer = await inv.set_rule(
            sku, min_quantity="10", max_quantity="50", reorder_quantity="40"
        )
        assert answer["stream_id"] == f"reorder-rule-{sku}@{WH}"
        assert len(answer["event_ids"]) == 1  # the rule; 30 is in range
        assert (await inv.alerts(warehouse=WH)) == []

        await inv.issue(sku, 15)  # 15: in range
        await inv.ship(sku, 6)  # 9: below min -> LowStockDetected (from a sales shipment)
        low = await inv.alerts(warehouse=WH)
        assert [(a["sku"], a["alert"], Decimal(a["available"])) for a in low] == [
            (sku, "below_min", Decimal(9))
        ]
        assert Decimal(low[0]["alert_available"]) == 9
        await inv.issue(sku, 2)  # 7: still below, no second alert
        await inv.issue(sku, 3)  # 4: still below
        await inv.receive(sku, 20)  # 24: back in range (StockBackInRange) -> reset
        assert (await inv.alerts(warehouse=WH)) == []
        await inv.issue(sku, 16)  # 8: below again -> the second LowStockDetected
        await inv.receive(sku, 60)  # 68: above max -> OverstockDetected
        await inv.receive(sku, 5)  # 73: still above, nothing more
        assert await inv.available(sku) == 73
        [over] = await inv.alerts(warehouse=WH)
        assert (over["sku"], over["alert"], Decimal(over["available"])) == (
            sku,
            "above_max",
            Decimal(73),
        )
        assert Decimal(over["alert_available"]) == 68

        # A rule set while already below min publishes LowStockDetected at once, once.
        await inv.receive(preset, 5)
        answer = await inv.set_rule(preset, min_quantity="10", max_quantity="50")
        assert len(answer["event_ids"]) == 2  # ReorderRuleSet, LowStockDetected
        again = await inv.set_rule(preset, min_quantity="10", max_quantity="50")
        assert again["event_ids"] == [] and again["version"] == 2
        lows = await inv.alerts(kind="below_min")
        assert [(a["sku"], Decimal(a["available"])) for a in lows] == [(preset, Decimal(5))]
        assert lows[0]["reorder_quantity"] is None

        rules = (await client.get(f"{url}/reorder-rules", params={"warehouse": WH})).json()
        assert {(r["sku"], r["alert"]) for r in rules} == {
            (sku, "above_max"),
            (preset, "below_min"),
        }
        rule = (await client.get(f"{url}/reorder-rules/{sku}/{WH}")).json()
        assert (Decimal(rule["min_quantity"]), Decimal(rule["max_quantity"])) == (
            Decimal(10),
            Decimal(50),
        )
        assert Decimal(rule["reorder_quantity"]) == 40 and rule["unit"] == "pcs"

        removed = await client.post(f"{url}/reorder-rules/{preset}/{WH}/remove")
        assert removed.status_code == 200, removed.text
        assert len(removed.json()["event_ids"]) == 1
        assert [a["sku"] for a in await inv.alerts()] == [sku]
        gone = await client.get(f"{url}/reorder-rules/{preset}/{WH}")
        assert gone.status_code == 404
        bad = await client.post(
            f"{url}/reorder-rules",
            json={"sku": sku, "warehouse": WH, "min_quantity": "60", "max_quantity": "50"},
        )
        assert bad.status_code == 422
        assert "cannot be greater than max_quantity" in bad.json()["detail"]
        wrong_unit = await client.post(
            f"{url}/reorder-rules",
            json={
                "sku": sku,
                "warehouse": WH,
                "min_quantity": "1",
                "max_quantity": "5",
                "unit": "kg",
            },
        )
        assert wrong_unit.status_code == 422
        assert "kept in pcs, not kg" in wrong_unit.json()["detail"]

    # the two items and the warehouse registered; sku: 4 receipts, 5 issues, the rule and its
    # 4 alerts; preset: 1 receipt, the rule, its alert and its removal
    expected = 3 + 4 + 5 + 1 + 4 + 1 + 1 + 1 + 1
    streams = await rule_streams(stack, expected)
    events = streams[of(sku)]
    assert [type(e) for _, e in events] == [
        ReorderRuleSet,
        LowStockDetected,
        StockBackInRange,
        LowStockDetected,
        OverstockDetected,
    ]
    assert [envelope.stream_version for envelope, _ in events] == [1, 2, 3, 4, 5]
    first_low, back, second_low, overstock = (e for _, e in events[1:])
    assert first_low == LowStockDetected(
        sku=sku,
        warehouse=WH,
        available=Decimal(9),
        min_quantity=Decimal(10),
        max_quantity=Decimal(50),
        reorder_quantity=Decimal(40),
        unit="pcs",
    )
    assert isinstance(back, StockBackInRange) and back.available == 24
    assert back.was == "below_min"
    assert isinstance(second_low, LowStockDetected) and second_low.available == 8
    assert overstock == OverstockDetected(
        sku=sku, warehouse=WH, available=Decimal(68), max_quantity=Decimal(50), unit="pcs"
    )
    # The alert raised by the shipment carries the shipment's causation.
    assert events[1][0].causation_id is not None

    assert [type(e) for _, e in streams[of(preset)]] == [
        ReorderRuleSet,
        LowStockDetected,
        ReorderRuleRemoved,
    ]


async def test_concurrent_issues_across_min_publish_one_alert(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sku = f"OIL-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await register(client, url, [sku], [WH])
        inv = Inventory(stack, client, url)
        await inv.receive(sku, 15)
        await inv.set_rule(sku, min_quantity="10", max_quantity="100")
        # ten one-unit issues at once: 15 -> 5, the fall below 10 happens in one of them
        await asyncio.gather(*(inv.issue(sku, 1) for _ in range(10)))
        assert await inv.available(sku) == 5
        [alert] = await inv.alerts()
        assert Decimal(alert["alert_available"]) == 9
    streams = await rule_streams(stack, 2 + 1 + 1 + 10 + 1)  # item and warehouse registered first
    assert [type(e) for _, e in streams[of(sku)]] == [ReorderRuleSet, LowStockDetected]


async def test_a_rule_set_while_stock_moves_alerts_exactly_once(stack: Stack) -> None:
    """Setting a rule races forty issues: whichever sees the other first, the fall below min
    is published once — by the setter if the stock was already low, else by the issue that
    crossed. And rules set at the moment the first stock of their positions arrives: the
    overstock is published once, by whichever comes second."""
    _, url = stack.serve("inventory")
    sku = f"SOY-{uuid4().hex[:6]}"
    fresh = [f"VINEGAR-{uuid4().hex[:6]}" for _ in range(10)]
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await register(client, url, [sku, *fresh], [WH])
        inv = Inventory(stack, client, url)
        await inv.receive(sku, 100)
        rule = inv.set_rule(sku, min_quantity="70", max_quantity="200")
        await asyncio.gather(rule, *(inv.issue(sku, 1) for _ in range(40)))
        assert await inv.available(sku) == 60

        async def arrive(new_sku: str) -> None:
            response = await client.post(
                f"{url}/stock/{new_sku}/{WH}/adjustments",
                json={"quantity": "300", "unit": "pcs", "reason": "found", "unit_cost": "1"},
            )
            assert response.status_code == 201, response.text

        await asyncio.gather(
            *(arrive(s) for s in fresh),
            *(inv.set_rule(s, min_quantity="0", max_quantity="200", unit="pcs") for s in fresh),
        )
        alerts = {a["sku"]: a["alert"] for a in await inv.alerts()}
        assert alerts == {sku: "below_min", **{s: "above_max" for s in fresh}}
    # 11 items and the warehouse registered, receipt, issues, the rule and its alert, 10 x 3
    expected = 12 + 1 + 40 + 2 + 10 * 3
    streams = await rule_streams(stack, expected)
    assert [type(e) for _, e in streams[of(sku)]] == [ReorderRuleSet, LowStockDetected]
    for new_sku in fresh:
        assert [type(e) for _, e in streams[of(new_sku)]] == [ReorderRuleSet, OverstockDetected]
