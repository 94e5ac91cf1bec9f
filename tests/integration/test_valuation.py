"""Issue 3, inventory 8: FIFO and moving-average cost of a receipt / issue sequence on real
Kafka and PostgreSQL, checked against figures worked out by hand.

Purchasing's GoodsReceived and sales' OrderPlaced / OrderShipped are published to their topics
as those services would; the inventory service (started with JXC_INVENTORY_VALUATION) puts
the goods into stock, reserves, ships, and answers direct issues over HTTP. The cost of each
issue is read back from inventory.StockIssued on jxc.inventory.events, the value on hand from
GET /stock/{sku}/{warehouse}.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.base import DomainEvent, Money
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts.inventory import CostAdjusted, StockIssued
from jxc.events.contracts.purchasing import GoodsReceived, ReceivedLine
from jxc.events.contracts.registry import registry
from jxc.events.contracts.sales import OrderLine, OrderPlaced, OrderShipped, ShippedLine
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually, free_port, wait_http
from tests.integration.publishing import envelope_of, publish, read_all
from tests.integration.registering import register

WH = "WH-SH"
ZERO = Decimal(0)


class Run:
    """One inventory service with one valuation method, and the events published to it."""

    def __init__(self, stack: Stack, client: httpx.AsyncClient, url: str, sku: str) -> None:
        self.stack = stack
        self.client = client
        self.url = url
        self.sku = sku
        self.order_id = uuid4()
        self.customer_id = uuid4()

    @property
    def stock_url(self) -> str:
        return f"{self.url}/stock/{self.sku}/{WH}"

    async def publish(self, context: str, event: DomainEvent, stream_id: str) -> Envelope:
        """Publish `event` on `context`'s topic and wait until inventory has consumed it."""
        envelope = envelope_of(event, stream_id)
        await publish(topic_of(context, self.stack.namespace), [envelope])

        async def consumed() -> httpx.Response | None:
            response = await self.client.get(
                self.stock_url, params={"wait_for_event": str(envelope.event_id)}
            )
            return None if response.status_code == 504 else response  # not yet: ask again

        response = await eventually(consumed, timeout=60)
        assert response.status_code == 200, response.text
        return envelope

    async def receive(self, quantity: str, unit_cost: str) -> Envelope:
        """A goods receipt of one line, all accepted, at `unit_cost` CNY."""
        event = GoodsReceived(
            receipt_id=uuid4(),
            purchase_order_id=uuid4(),
            supplier_id=uuid4(),
            lines=[
                ReceivedLine(
                    line_no=1,
                    sku=self.sku,
                    warehouse=WH,
                    unit="pcs",
                    quantity_accepted=Decimal(quantity),
                    quantity_rejected=Decimal(0),
                    unit_cost=Money(amount=Decimal(unit_cost), currency="CNY"),
                )
            ],
        )
        return await self.publish("purchasing", event, f"purchase-order-{event.purchase_order_id}")

    async def place_order(self, quantity: str) -> Envelope:
        event = OrderPlaced(
            order_id=self.order_id,
            customer_id=self.customer_id,
            lines=[
                OrderLine(
                    line_no=1,
                    sku=self.sku,
                    warehouse=WH,
                    quantity=Decimal(quantity),
                    unit="pcs",
                    unit_price=Money(amount=Decimal("9.90"), currency="CNY"),
                )
            ],
        )
        return await self.publish("sales", event, f"sales-order-{self.order_id}")

    async def ship_order(self, quantity: str) -> Envelope:
        event = OrderShipped(
            order_id=self.order_id,
            shipment_id=uuid4(),
            customer_id=self.customer_id,
            lines=[
                ShippedLine(
                    line_no=1, sku=self.sku, warehouse=WH, quantity=Decimal(quantity), unit="pcs"
                )
            ],
        )
        return await self.publish("sales", event, f"sales-order-{self.order_id}")

    async def issue(self, quantity: str) -> str:
        """A direct issue over HTTP; the id of the one StockIssued it answers."""
        response = await self.client.post(
            f"{self.stock_url}/issues",
            json={"quantity": quantity, "unit": "pcs", "reason": "sample for a trade fair"},
        )
        assert response.status_code == 201, response.text
        [event_id] = response.json()["event_ids"]
        return str(event_id)

    async def level(self) -> dict[str, Decimal]:
        response = await self.client.get(self.stock_url)
        assert response.status_code == 200, response.text
        body = response.json()
        return {
            k: Decimal(str(body[k]))
            for k in ("on_hand", "reserved", "available", "value", "unit_cost")
        }

    async def published(self, expect: int) -> dict[str, tuple[Envelope, DomainEvent]]:
        """Every event on the inventory topic by event id: exactly `expect` of them."""
        records: list[Any] = await read_all(
            topic_of("inventory", self.stack.namespace), expect=expect
        )
        assert len(records) == expect, [dict(r.headers)["ce_type"] for r in records]
        found = {}
        for record in records:
            envelope = from_kafka(record.value, record.headers)
            found[str(envelope.event_id)] = (envelope, registry.decode(envelope))
        return found


def inventory(stack: Stack, valuation: str) -> str:
    port = free_port()
    process = stack.start(
        "inventory", "serve", JXC_HTTP_PORT=str(port), JXC_INVENTORY_VALUATION=valuation
    )
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/healthz", process)
    return url


def cost(event: DomainEvent) -> tuple[Decimal, Decimal, list[tuple[Decimal, Decimal]]]:
    """(quantity, total cost, [(layer quantity, layer unit cost)]) of a StockIssued in CNY."""
    assert isinstance(event, StockIssued)
    assert event.total_cost.currency == "CNY"
    return (
        event.quantity,
        event.total_cost.amount,
        [(layer.quantity, layer.unit_cost.amount) for layer in event.layers],
    )


def shipment_of(
    events: dict[str, tuple[Envelope, DomainEvent]], shipped: Envelope
) -> tuple[Envelope, StockIssued]:
    [(envelope, event)] = [
        (envelope, event)
        for envelope, event in events.values()
        if isinstance(event, StockIssued) and event.reason == "shipment"
    ]
    assert isinstance(event, StockIssued)
    assert envelope.causation_id == shipped.event_id
    return envelope, event


def d(value: str) -> Decimal:
    return Decimal(value)


async def test_fifo_cost_of_receipts_issues_a_correction_and_a_shipment(stack: Stack) -> None:
    url = inventory(stack, "fifo")
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        run = Run(stack, client, url, f"TEA-{uuid4().hex[:6]}")
        await register(client, url, [run.sku], [WH])

        await run.receive("10", "2.00")  # 20.00
        second = await run.receive("30", "3.00")  # 90.00
        level = await run.level()
        assert (level["on_hand"], level["value"]) == (d("40"), d("110.00"))  # 20 + 90
        assert level["unit_cost"] == d("2.75")  # 110.00 / 40, what the whole stock averages

        # Issue 15: the whole first layer and 5 of the second: 10 × 2.00 + 5 × 3.00 = 35.00
        sample = await run.issue("15")
        level = await run.level()
        assert (level["on_hand"], level["value"]) == (d("25"), d("75.00"))  # 25 × 3.00
        assert level["unit_cost"] == d("3.00")

        # A late landed cost of 6.00 on the second receipt (30 received, 25 still here):
        # 6.00 × 25 / 30 = 5.00 capitalised, 1.00 expensed; its layer is now 3.00 + 5 / 25 = 3.20
        corrected = await client.post(
            f"{run.stock_url}/cost-corrections",
            json={
                "amount": "6.00",
                "currency": "CNY",
                "quantity": "30",
                "reason": "landed cost: sea freight",
                "source_event_id": str(second.event_id),
            },
        )
        assert corrected.status_code == 201, corrected.text
        [correction_id] = corrected.json()["event_ids"]
        level = await run.level()
        assert level["value"] == d("80.00")  # 75.00 + 5.00 = 25 × 3.20

        third = await run.receive("10", "3.60")  # 36.00
        detail = (await client.get(f"{run.stock_url}/detail")).json()
        layers = [
            (d(str(la["quantity"])), d(str(la["unit_cost"])), la["source"])
            for la in detail["layers"]
        ]
        assert layers == [
            (d("25"), d("3.20"), str(second.event_id)),
            (d("10"), d("3.60"), str(third.event_id)),
        ]

        await run.place_order("30")
        level = await run.level()
        assert (level["on_hand"], level["reserved"], level["available"]) == (
            d("35"),
            d("30"),
            d("5"),  # 35 - 30
        )

        # The shipment of 30: 25 × 3.20 + 5 × 3.60 = 80.00 + 18.00 = 98.00
        shipped = await run.ship_order("30")
        level = await run.level()
        assert (level["on_hand"], level["reserved"], level["available"]) == (d("5"), ZERO, d("5"))
        assert (level["value"], level["unit_cost"]) == (d("18.00"), d("3.60"))  # 5 × 3.60

        # The last 5 take exactly what is left: 5 × 3.60 = 18.00
        last = await run.issue("5")
        level = await run.level()
        assert (level["on_hand"], level["value"]) == (ZERO, ZERO)

        # 3 receipts, 1 issue, 1 correction, 1 reservation, the shipment, the last issue
        events = await run.published(expect=2 + 8)  # the item and the warehouse registered first

    assert cost(events[sample][1]) == (d("15"), d("35.00"), [(d("10"), d("2")), (d("5"), d("3"))])
    _, adjusted = events[correction_id]
    assert isinstance(adjusted, CostAdjusted)
    assert (adjusted.capitalised.amount, adjusted.expensed.amount) == (d("5.00"), d("1.00"))
    _, shipment = shipment_of(events, shipped)
    assert shipment.order_id == run.order_id
    assert cost(shipment) == (d("30"), d("98.00"), [(d("25"), d("3.20")), (d("5"), d("3.60"))])
    assert cost(events[last][1]) == (d("5"), d("18.00"), [(d("5"), d("3.60"))])
    # Everything that came in went out: 20 + 90 + 5 (capitalised) + 36 = 151
    # = 35 + 98 + 18, with no residue.
    issued = [e for _, e in events.values() if isinstance(e, StockIssued)]
    assert sum(e.total_cost.amount for e in issued) == d("151.00")


async def test_moving_average_cost_of_receipts_issues_and_a_shipment(stack: Stack) -> None:
    url = inventory(stack, "moving_average")
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        run = Run(stack, client, url, f"TEA-{uuid4().hex[:6]}")
        await register(client, url, [run.sku], [WH])

        await run.receive("10", "2.00")  # 20.00
        await run.receive("30", "3.00")  # 90.00
        level = await run.level()
        assert (level["on_hand"], level["value"]) == (d("40"), d("110.00"))  # 20 + 90
        assert level["unit_cost"] == d("2.75")  # 110.00 / 40

        # Issue 20 at the average: 20 × 2.75 = 55.00
        sample = await run.issue("20")
        level = await run.level()
        assert (level["on_hand"], level["value"], level["unit_cost"]) == (
            d("20"),
            d("55.00"),  # 110.00 - 55.00
            d("2.75"),  # an issue does not move the average
        )

        await run.receive("10", "3.60")  # 36.00
        level = await run.level()
        assert (level["on_hand"], level["value"]) == (d("30"), d("91.00"))  # 55.00 + 36.00
        assert level["unit_cost"] == d("3.033333")  # 91.00 / 30 = 3.0333…, shown to 6 places

        await run.place_order("20")
        level = await run.level()
        assert (level["reserved"], level["available"]) == (d("20"), d("10"))  # 30 - 20

        # The shipment of 20: 20 × 91.00 / 30 = 60.666666… → 60.666667
        shipped = await run.ship_order("20")
        level = await run.level()
        assert (level["on_hand"], level["reserved"], level["available"]) == (d("10"), ZERO, d("10"))
        assert level["value"] == d("30.333333")  # 91.00 - 60.666667

        # The last 10 take exactly what is left, 30.333333, not 10 × 3.033333 = 30.33333
        last = await run.issue("10")
        level = await run.level()
        assert (level["on_hand"], level["value"]) == (ZERO, ZERO)

        # 3 receipts, 1 issue, 1 reservation, the shipment, the last issue
        events = await run.published(expect=2 + 7)  # the item and the warehouse registered first

    assert cost(events[sample][1]) == (d("20"), d("55.00"), [(d("20"), d("2.75"))])
    _, shipment = shipment_of(events, shipped)
    assert shipment.order_id == run.order_id
    assert cost(shipment) == (d("20"), d("60.666667"), [(d("20"), d("3.033333"))])
    assert shipment.unit_cost.amount == d("3.033333")  # 60.666667 / 20, rounded
    assert cost(events[last][1]) == (d("10"), d("30.333333"), [(d("10"), d("3.033333"))])
    # Everything that came in went out: 20 + 90 + 36 = 146 = 55 + 60.666667 + 30.333333
    issued = [e for _, e in events.values() if isinstance(e, StockIssued)]
    assert sum(e.total_cost.amount for e in issued) == d("146.00")
