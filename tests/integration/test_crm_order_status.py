"""Issue 12: a customer's purchase history shows each order's current status, projected by
crm from sales' events on real Kafka and PostgreSQL: shipped (sales.OrderShipped), invoiced
(InvoiceIssued), partially delivered or delivered (OrderDelivered), returned (ReturnReceived),
whatever order the order's, its shipments' and its invoices' streams arrive in."""

from __future__ import annotations

import asyncio
import subprocess
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx
import psycopg

from jxc.events.contracts.sales import (
    InvoiceIssued,
    InvoiceLine,
    OrderPlaced,
    OrderShipped,
    ShippedLine,
    TaxTotal,
)
from tests.integration.auth import bearer
from tests.integration.crm_sales import delivered, envelope, placed, publish_sales, returned
from tests.integration.harness import BIN, Stack, eventually, stop
from tests.integration.publishing import envelope_of

CRM = bearer("wang.fang", ["crm"])


def shipped(order: OrderPlaced) -> OrderShipped:
    line = ShippedLine(line_no=1, sku="TEA", warehouse="WH-SH", quantity=Decimal(1), unit="box")
    return OrderShipped(
        order_id=order.order_id, shipment_id=uuid4(), customer_id=order.customer_id, lines=[line]
    )


def invoiced(order: OrderPlaced, on: date) -> InvoiceIssued:
    net, tax = Decimal(100), Decimal(13)
    return InvoiceIssued(
        invoice_id=uuid4(),
        invoice_no="SI-1",
        order_id=order.order_id,
        customer_id=order.customer_id,
        issued_on=on,
        due_on=on + timedelta(days=30),
        currency="CNY",
        lines=[
            InvoiceLine(
                line_no=1,
                sku="TEA",
                quantity=Decimal(1),
                unit="box",
                net_amount=net,
                tax_rate=Decimal("0.13"),
                tax_amount=tax,
            )
        ],
        taxes=[TaxTotal(tax_rate=Decimal("0.13"), net_amount=net, tax_amount=tax)],
        net_total=net,
        tax_total=tax,
        gross_total=net + tax,
    )


async def test_the_history_shows_how_far_each_order_went(stack: Stack) -> None:
    process, crm = stack.serve("crm")
    customer = uuid4()
    now = datetime.now(UTC).replace(microsecond=0)
    today = now.date()
    orders = {
        name: placed(customer, [("TEA", "1", "100")])
        for name in ("delivered", "shipped", "invoiced", "partial", "returned", "placed")
    }
    a = orders["delivered"]
    arrived = now - timedelta(hours=1)
    # the delivery first (its shipment's stream), then the order and its shipment
    await publish_sales(stack.namespace, envelope(delivered(a, "100", at=arrived), version=3))
    envelopes = [
        envelope(order, at=now - timedelta(days=6 - i)) for i, order in enumerate(orders.values())
    ]
    envelopes += [
        envelope_of(shipped(a), f"sales-order-{a.order_id}", 2),
        envelope_of(shipped(orders["shipped"]), f"sales-order-{orders['shipped'].order_id}", 2),
        envelope_of(invoiced(orders["invoiced"], today), f"invoice-{uuid4()}"),
        envelope(
            delivered(orders["partial"], "50", at=arrived).model_copy(
                update={"fully_delivered": False}
            ),
            version=2,
        ),
        envelope(returned(orders["returned"], "TEA", "1", "100")),
    ]
    await publish_sales(stack.namespace, *envelopes)

    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        url = f"{crm}/customers/{customer}/purchase-history/orders"
        expected = {
            str(orders[name].order_id): status
            for name, status in (
                ("delivered", "delivered"),
                ("shipped", "shipped"),
                ("invoiced", "invoiced"),
                ("partial", "partially_delivered"),
                ("returned", "returned"),
                ("placed", "placed"),
            )
        }

        async def statuses() -> dict[str, Any] | None:
            answer = await client.get(url)
            assert answer.status_code == 200, answer.text
            found = {o["order_id"]: o for o in answer.json()["items"]}
            shown = {k: o["status"] for k, o in found.items()}
            return found if shown == expected else None

        found = await eventually(statuses)
        whole = found[str(a.order_id)]
        assert datetime.fromisoformat(whole["delivered_at"]) == arrived
        assert whole["shipped_at"] is not None
        assert found[str(orders["invoiced"].order_id)]["invoiced_on"] == str(today)
        assert found[str(orders["placed"].order_id)]["shipped_at"] is None

        only = await client.get(url, params={"status": "delivered"})
        assert [o["order_id"] for o in only.json()["items"]] == [str(a.order_id)]
        not_cancelled = await client.get(url, params={"status": "placed"})
        assert len(not_cancelled.json()["items"]) == len(orders)  # as before: not cancelled
        bad = await client.get(url, params={"status": "lost"})
        assert bad.status_code == 422, bad.text

    # orders recorded before migration 0010 have no progress: placed (or returned) until the
    # purchase-history projection is rebuilt from offset 0, which fills it
    async with await psycopg.AsyncConnection.connect(stack.databases["crm"]) as conn:
        await conn.execute("DELETE FROM customer_order_progress")
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        before = (await client.get(url)).json()["items"]
        assert {o["status"] for o in before} == {"placed", "returned"}
    stop(process)
    rebuilt = await asyncio.to_thread(
        subprocess.run,
        [str(BIN / "jxc-crm"), "rebuild", "purchase-history"],
        env=stack.env("crm"),
        capture_output=True,
        timeout=60,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    _, crm = stack.serve("crm")
    url = f"{crm}/customers/{customer}/purchase-history/orders"
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        assert await eventually(statuses)
