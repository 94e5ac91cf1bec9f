"""Issue 8, item 4: credit. Exposure = placed orders not yet invoiced (sales.InvoiceIssued
lowers it) + open receivables (finance.ReceivablesChanged). An order that would take it over
the customer's credit limit is held with the reason and not placed (no sales.OrderPlaced, so
inventory reserves nothing) until a credit_controller releases it (then placed) or refuses it.
Two concurrent orders of one customer never both pass on the same headroom."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx

from jxc.events.base import Money
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts.finance import ReceivablesChanged
from jxc.events.contracts.sales import InvoiceIssued, InvoiceLine
from jxc.platform.settings import topic_of
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, read_all
from tests.integration.sales_kit import (
    CREDIT,
    SALES,
    catalog,
    customer,
    known_to_sales,
    publish_as,
)


def order(customer_id: UUID, amount: str) -> dict[str, Any]:
    return {
        "customer_id": str(customer_id),
        "lines": [{"sku": "TEA", "warehouse": "WH-SH", "quantity": "1", "unit_price": amount}],
    }


async def exposure(client: httpx.AsyncClient, sales: str, customer_id: UUID) -> dict[str, Any]:
    got = await client.get(f"{sales}/customers/{customer_id}")
    assert got.status_code == 200, got.text
    shown = got.json()["exposure"]
    return {k: v if k == "currency" else Decimal(v) for k, v in shown.items()}


async def test_an_order_over_the_limit_is_held_then_released(stack: Stack) -> None:
    _, sales = stack.serve("sales")
    await catalog(stack, {"TEA": "box"}, ["WH-SH"])
    hx = await customer(stack, "HX-001", "1000")
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "1000")], ["TEA"])
        first = await client.post(f"{sales}/orders", json=order(hx, "600"))
        assert first.status_code == 201, first.text
        first_id = first.json()["id"]
        assert (await exposure(client, sales, hx))["open_orders"] == 600

        second = await client.post(f"{sales}/orders", json=order(hx, "500"))
        assert second.status_code == 201, second.text
        held_id = second.json()["id"]
        view = (await client.get(f"{sales}/orders/{held_id}")).json()
        assert view["status"] == "held_on_credit"
        assert "credit limit 1000 CNY of customer HX-001 would be exceeded" in view["status_reason"]
        assert Decimal(view["credit_hold"]["exposure"]) == 600
        assert (await exposure(client, sales, hx))["open_orders"] == 600  # held: not counted
        book = (await client.get(f"{sales}/orders", params={"status": "held_on_credit"})).json()
        assert [o["order_id"] for o in book["items"]] == [held_id]
        # the list of held orders says why (the credit controller's screen)
        assert book["items"][0]["status_reason"] == view["status_reason"]

        confirm = await client.post(f"{sales}/orders/{held_id}/confirm")
        assert confirm.status_code == 409, confirm.text
        by_sales = await client.post(f"{sales}/orders/{held_id}/release-credit-hold", json={})
        assert by_sales.status_code == 403, by_sales.text
        released = await client.post(
            f"{sales}/orders/{held_id}/release-credit-hold",
            json={"note": "paid in advance"},
            headers=CREDIT,
        )
        assert released.status_code == 200, released.text
        assert (await client.get(f"{sales}/orders/{held_id}")).json()["status"] == "placed"
        book = (await client.get(f"{sales}/orders", params={"customer_id": str(hx)})).json()
        assert {o["order_id"]: o["status_reason"] for o in book["items"]}[held_id] is None
        assert (await exposure(client, sales, hx))["open_orders"] == 1100
        again = await client.post(
            f"{sales}/orders/{held_id}/release-credit-hold", json={}, headers=CREDIT
        )
        assert again.status_code == 409, again.text

        # invoicing the first order moves it from open orders to receivables (finance's word)
        invoice = InvoiceIssued(
            invoice_id=uuid4(),
            invoice_no="INV-1",
            order_id=UUID(first_id),
            customer_id=hx,
            issued_on=datetime.now(UTC).date(),
            due_on=datetime.now(UTC).date(),
            currency="CNY",
            lines=[
                InvoiceLine(
                    line_no=1,
                    sku="TEA",
                    quantity=Decimal(1),
                    unit="box",
                    net_amount=Decimal(600),
                    tax_rate=Decimal("0.13"),
                    tax_amount=Decimal(78),
                )
            ],
            taxes=[],
            net_total=Decimal(600),
            tax_total=Decimal(78),
            gross_total=Decimal(678),
        )
        await publish_as(stack, "sales", f"invoice-{uuid4()}", invoice)
        receivables = ReceivablesChanged(
            customer_id=hx,
            open_receivables=Money(amount=Decimal(678), currency="CNY"),
            overdue=Money(amount=Decimal(0), currency="CNY"),
            as_of=datetime.now(UTC).date(),
        )
        await publish_as(stack, "finance", f"receivables-{hx}", receivables)

        async def moved() -> dict[str, Any] | None:
            found = await exposure(client, sales, hx)
            return found if found["open_receivables"] == 678 else None

        found = await eventually(moved)
        assert (found["open_orders"], found["total"]) == (500, 1178)

        third = await client.post(f"{sales}/orders", json=order(hx, "10"))
        third_id = third.json()["id"]
        assert (await client.get(f"{sales}/orders/{third_id}")).json()["status"] == "held_on_credit"
        refused = await client.post(
            f"{sales}/orders/{third_id}/refuse-credit",
            json={"reason": "over limit, pay first"},
            headers=CREDIT,
        )
        assert refused.status_code == 200, refused.text
        view = (await client.get(f"{sales}/orders/{third_id}")).json()
        assert (view["status"], view["status_reason"]) == (
            "credit_refused",
            "over limit, pay first",
        )

    async def published() -> Any:
        records = await read_all(topic_of("sales", stack.namespace), expect=8, timeout=5)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        placed = [json.loads(e.payload) for e in found if e.event_type == "sales.OrderPlaced"]
        return placed if len(placed) >= 2 else None

    placed = await eventually(published)
    # the held order was placed once, when released; the refused one never
    assert sorted(p["order_id"] for p in placed) == sorted([first_id, held_id])


async def test_two_concurrent_orders_cannot_both_pass_on_the_same_headroom(stack: Stack) -> None:
    _, sales = stack.serve("sales")
    await catalog(stack, {"TEA": "box"}, ["WH-SH"])
    hx = await customer(stack, "HX-002", "1000")
    async with httpx.AsyncClient(headers=SALES, timeout=60) as client:
        await known_to_sales(client, sales, [(hx, "1000")], ["TEA"])
        answers = await asyncio.gather(
            *(client.post(f"{sales}/orders", json=order(hx, "600")) for _ in range(6))
        )
        assert [a.status_code for a in answers] == [201] * 6, [a.text for a in answers]
        statuses = [
            (await client.get(f"{sales}/orders/{a.json()['id']}")).json()["status"] for a in answers
        ]
        assert sorted(statuses) == ["held_on_credit"] * 5 + ["placed"]
        assert (await exposure(client, sales, hx))["open_orders"] == 600


async def test_receivables_overdue_hold_orders_until_they_are_paid(stack: Stack) -> None:
    """Finance says the customer has receivables overdue: a small order well within the limit
    is held, naming them; once finance says they are paid, the next order is placed."""
    _, sales = stack.serve("sales")
    await catalog(stack, {"TEA": "box"}, ["WH-SH"])
    hx = await customer(stack, "HX-003", "100000")
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "100000")], ["TEA"])

        async def report(version: int, open_amount: str, overdue: str) -> None:
            said = ReceivablesChanged(
                customer_id=hx,
                open_receivables=Money(amount=Decimal(open_amount), currency="CNY"),
                overdue=Money(amount=Decimal(overdue), currency="CNY"),
                as_of=datetime.now(UTC).date(),
            )
            envelope = envelope_of(said, f"receivables-{hx}", version)
            await publish(topic_of("finance", stack.namespace), [envelope])

            async def seen() -> dict[str, Any] | None:
                found = await exposure(client, sales, hx)
                return found if found["overdue"] == Decimal(overdue) else None

            await eventually(seen)

        await report(1, "500", "120.5")
        held = await client.post(f"{sales}/orders", json=order(hx, "10"))
        assert held.status_code == 201, held.text
        view = (await client.get(f"{sales}/orders/{held.json()['id']}")).json()
        assert view["status"] == "held_on_credit"
        assert view["status_reason"] == "customer HX-003 has 120.5 CNY of receivables overdue"

        await report(2, "379.5", "0")
        placed = await client.post(f"{sales}/orders", json=order(hx, "10"))
        view = (await client.get(f"{sales}/orders/{placed.json()['id']}")).json()
        assert view["status"] == "placed", view
