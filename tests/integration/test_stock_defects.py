"""Inventory defects (issue items 1, 9, 11, 14), each shown on the real PostgreSQL and Kafka."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx
import psycopg
import pytest

from jxc.events.base import Money
from jxc.events.contracts.registry import registry
from jxc.events.contracts.sales import OrderLine, OrderPlaced
from jxc.inventory.app.stock_keeper import StockKeeper
from jxc.inventory.app.stock_policy import StockPolicy
from jxc.inventory.domain.stock import Valuation
from jxc.platform.projection import Consumed
from jxc.platform.settings import topic_of
from jxc.platform.store import EventStore
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish, receipt

D = Decimal


async def _register(client: httpx.AsyncClient, url: str, skus: list[str], whs: list[str]) -> None:
    for sku in skus:
        made = await client.post(f"{url}/items", json={"sku": sku, "name": sku, "unit": "pcs"})
        assert made.status_code == 201, made.text
    for wh in whs:
        made = await client.post(f"{url}/warehouses", json={"code": wh, "name": wh})
        assert made.status_code == 201, made.text


async def _level(client: httpx.AsyncClient, url: str, sku: str, wh: str) -> dict[str, Any]:
    answer = await client.get(f"{url}/stock/{sku}/{wh}")
    assert answer.status_code == 200, answer.text
    level: dict[str, Any] = answer.json()
    return level


# --- item 1: the ledger refuses to apply one consumed event twice ------------------------------


async def test_a_consumed_event_applied_twice_is_refused_by_the_ledger(stack: Stack) -> None:
    stack.migrate("inventory")
    url = stack.database("inventory")
    keeper = StockKeeper(EventStore(registry, "/jxc/tests", "unused"), Valuation.FIFO, "CNY")
    policy = StockPolicy(name="stock-keeper", topics=[], keeper=keeper)
    sku = f"TEA-{uuid4().hex[:6]}"
    # one event, several lines on one position (two lots) and on two positions: all legitimate
    goods = receipt([(sku, "WH-A", D(10)), (sku, "WH-A", D(5)), (sku, "WH-B", D(7))])
    goods = goods.model_copy(
        update={
            "lines": [
                goods.lines[0],
                goods.lines[1].model_copy(update={"lot": "L2"}),
                goods.lines[2],
            ]
        }
    )
    consumed = Consumed(envelope_of(goods, "goods-receipt-1"), goods, "t", 0, 0)
    async with await psycopg.AsyncConnection.connect(url) as conn:
        async with conn.transaction():
            await policy.apply(conn, [consumed])
        with pytest.raises(psycopg.errors.UniqueViolation, match="stock_ledger_applied_once"):
            async with conn.transaction():
                await policy.apply(conn, [consumed])  # a duplicate the runner let through
        with pytest.raises(psycopg.errors.UniqueViolation):
            async with conn.transaction():
                await policy.apply(conn, [consumed, consumed])  # twice in one batch
        cur = await conn.execute(
            "SELECT warehouse, sum(quantity), count(*) FROM stock_ledger WHERE sku = %s "
            "GROUP BY warehouse ORDER BY warehouse",
            (sku,),
        )
        assert await cur.fetchall() == [("WH-A", D(15), 2), ("WH-B", D(7), 1)]


# --- item 9b: reservations are keyed by position; repeated line numbers are refused ------------


async def test_one_line_number_on_two_positions_keeps_both_reservations(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    tag = uuid4().hex[:6]
    a, b = f"A-{tag}", f"B-{tag}"
    async with httpx.AsyncClient(timeout=30) as client:
        await _register(client, url, [a, b], ["WH-R"])
        for sku in (a, b):
            put = await client.post(
                f"{url}/stock/{sku}/WH-R/adjustments",
                json={"quantity": "10", "unit": "pcs", "reason": "opening", "unit_cost": "1"},
            )
            assert put.status_code == 201, put.text
        order = str(uuid4())
        for sku, quantity in ((a, "2"), (b, "3")):
            line = {
                "line_no": 1,
                "sku": sku,
                "warehouse": "WH-R",
                "quantity": quantity,
                "unit": "pcs",
            }
            made = await client.post(
                f"{url}/reservations", json={"order_id": order, "lines": [line]}
            )
            assert made.status_code == 200, made.text
            assert made.json()["lines"][0]["status"] == "reserved"
        assert [D((await _level(client, url, s, "WH-R"))["reserved"]) for s in (a, b)] == [2, 3]
        freed = await client.post(
            f"{url}/reservations/{order}/release", json={"reason": "cancelled"}
        )
        assert freed.status_code == 200, freed.text
        assert [D((await _level(client, url, s, "WH-R"))["reserved"]) for s in (a, b)] == [0, 0]


async def test_an_order_repeating_a_line_number_is_rejected_line_by_line(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    tag = uuid4().hex[:6]
    a, b = f"A-{tag}", f"B-{tag}"
    stocked = envelope_of(receipt([(a, "WH-S", D(10)), (b, "WH-S", D(10))]), "po-1")
    await publish(topic_of("purchasing", stack.namespace), [stocked])
    price = Money(amount=D(1), currency="CNY")
    placed = OrderPlaced(
        order_id=uuid4(),
        customer_id=uuid4(),
        lines=[
            OrderLine(
                line_no=1, sku=a, warehouse="WH-S", quantity=D(2), unit="pcs", unit_price=price
            ),
            OrderLine(
                line_no=1, sku=b, warehouse="WH-S", quantity=D(3), unit="pcs", unit_price=price
            ),
        ],
    )
    order = envelope_of(placed, f"sales-order-{placed.order_id}")
    await publish(topic_of("sales", stack.namespace), [order])
    async with httpx.AsyncClient(timeout=30) as client:
        await client.get(f"{url}/stock", params={"wait_for_event": str(order.event_id)})
        assert [D((await _level(client, url, s, "WH-S"))["reserved"]) for s in (a, b)] == [0, 0]
    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        cur = await conn.execute(
            "SELECT payload->>'reason' FROM events WHERE event_type = "
            "'inventory.ReservationRejected' AND causation_id = %s",
            (order.event_id,),
        )
        reasons = [r for (r,) in await cur.fetchall()]
    assert len(reasons) == 2
    assert all("repeats line number(s) 1" in r for r in reasons), reasons


# --- item 9d: one rounding rule for the unit cost ----------------------------------------------


async def test_the_unit_cost_shown_is_rounded_half_to_even_like_the_domain(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sku = f"PIN-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(timeout=30) as client:
        await _register(client, url, [sku], ["WH-U"])
        for cost in ("0.000001", "0.000004"):  # value 0.000005 over 2: 0.0000025 each
            put = await client.post(
                f"{url}/stock/{sku}/WH-U/adjustments",
                json={"quantity": "1", "unit": "pcs", "reason": "found", "unit_cost": cost},
            )
            assert put.status_code == 201, put.text
        level = await _level(client, url, sku, "WH-U")
        listed = (await client.get(f"{url}/stock", params={"sku": sku})).json()
    assert D(level["unit_cost"]) == D("0.000002")
    assert D(listed[0]["unit_cost"]) == D("0.000002")


# --- item 14e: consumption is a typed kind, not a free-text reason ----------------------------


async def test_abc_counts_shipments_by_kind_not_by_the_reason_typed(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    tag = uuid4().hex[:6]
    sold, scrapped = f"S-{tag}", f"X-{tag}"
    today = datetime.now(UTC).date()
    async with httpx.AsyncClient(timeout=30) as client:
        await _register(client, url, [sold, scrapped], ["WH-C"])
        for sku in (sold, scrapped):
            put = await client.post(
                f"{url}/stock/{sku}/WH-C/adjustments",
                json={"quantity": "100", "unit": "pcs", "reason": "opening", "unit_cost": "1"},
            )
            assert put.status_code == 201, put.text
        shipped = await client.post(
            f"{url}/stock/{sold}/WH-C/issues",
            json={
                "quantity": "10",
                "unit": "pcs",
                "reason": "sold at the counter",
                "kind": "shipment",
            },
        )
        assert shipped.status_code == 201, shipped.text
        typed = await client.post(  # "shipment" typed as a reason does not make it one
            f"{url}/stock/{scrapped}/WH-C/issues",
            json={"quantity": "90", "unit": "pcs", "reason": "shipment"},
        )
        assert typed.status_code == 201, typed.text
        run = await client.post(
            f"{url}/abc/classify",
            json={"period_from": str(today), "period_to": str(today)},
        )
        assert run.status_code == 200, run.text
        classes = (await client.get(f"{url}/abc", params={"warehouse": "WH-C"})).json()
    values = {row["sku"]: D(row["consumption_value"]) for row in classes}
    assert values == {sold: D(10), scrapped: D(0)}
