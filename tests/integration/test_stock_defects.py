"""Inventory defects (issue items 1, 9, 11, 14), each shown on the real PostgreSQL and Kafka."""

from __future__ import annotations

import subprocess
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
from tests.integration.auth import bearer
from tests.integration.harness import BIN, Stack
from tests.integration.publishing import envelope_of, publish, receipt
from tests.integration.registering import register

D = Decimal


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
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [a, b], ["WH-R"])
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
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
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
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], ["WH-U"])
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
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sold, scrapped], ["WH-C"])
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


# --- item 11: stock commands take Idempotency-Key; rebuilding the stock keeper is refused ------


async def test_stock_commands_answer_a_retry_with_the_first_answer(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sku = f"KEY-{uuid4().hex[:6]}"
    stock = f"{url}/stock/{sku}/WH-K"
    order = str(uuid4())
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], ["WH-K"])

        async def twice(path: str, body: dict[str, Any], key: str) -> dict[str, Any]:
            first = await client.post(path, json=body, headers={"Idempotency-Key": key})
            again = await client.post(path, json=body, headers={"Idempotency-Key": key})
            assert first.status_code in (200, 201), first.text
            assert (again.status_code, again.json()) == (first.status_code, first.json())
            other = await client.post(
                path, json={**body, "reason": "something else"}, headers={"Idempotency-Key": key}
            )
            assert other.status_code == 422, other.text
            assert "Idempotency-Key" in other.text
            answer: dict[str, Any] = first.json()
            return answer

        adjust = {"quantity": "10", "unit": "pcs", "reason": "opening", "unit_cost": "2"}
        await twice(f"{stock}/adjustments", adjust, "adjust-1")
        await twice(f"{stock}/issues", {"quantity": "1", "unit": "pcs", "reason": "scrap"}, "i-1")
        correction = {"amount": "0.9", "currency": "CNY", "quantity": "9", "reason": "freight"}
        await twice(f"{stock}/cost-corrections", correction, "cost-1")
        line = {"line_no": 1, "sku": sku, "warehouse": "WH-K", "quantity": "4", "unit": "pcs"}
        reserve = {"order_id": order, "lines": [line]}
        first = await client.post(
            f"{url}/reservations", json=reserve, headers={"Idempotency-Key": "r-1"}
        )
        again = await client.post(
            f"{url}/reservations", json=reserve, headers={"Idempotency-Key": "r-1"}
        )
        assert first.json() == again.json()
        assert D((await _level(client, url, sku, "WH-K"))["reserved"]) == 4
        await twice(f"{url}/reservations/{order}/release", {"reason": "cancelled"}, "rel-1")
        level = await _level(client, url, sku, "WH-K")
        answer = await client.get(f"{stock}/ledger")
        assert answer.status_code == 200, answer.text
        ledger = answer.json()
    assert (D(level["on_hand"]), D(level["value"]), D(level["reserved"])) == (9, D("18.9"), 0)
    assert [line["movement"] for line in ledger] == ["adjustment", "issue", "revaluation"]


def test_rebuilding_the_stock_keeper_is_refused_with_a_clear_message(stack: Stack) -> None:
    stack.migrate("inventory")
    done = subprocess.run(
        [str(BIN / "jxc-inventory"), "rebuild", "stock-keeper"],
        env=stack.env("inventory"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "cannot be rebuilt" in done.stderr + done.stdout


# --- item 14f: an as-of time must say its time zone ---------------------------------------------


@pytest.mark.parametrize("at", ["2026-01-01T10:00:00", "2026-01-01"])
async def test_an_as_of_time_without_a_time_zone_is_refused(stack: Stack, at: str) -> None:
    _, url = stack.serve("inventory")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        answer = await client.get(f"{url}/stock/TEA/WH-A/as-of", params={"at": at})
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert "time zone" in answer.json()["detail"]
    assert "at" in answer.text


# --- item 14b: commands name registered warehouses and SKUs -------------------------------------


async def test_commands_naming_an_unknown_warehouse_or_sku_are_refused(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sku = f"REG-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], ["WH-REG"])
        put = await client.post(
            f"{url}/stock/{sku}/WH-REG/adjustments",
            json={"quantity": "10", "unit": "pcs", "reason": "opening", "unit_cost": "1"},
        )
        assert put.status_code == 201, put.text

        async def refused(answer: httpx.Response, field: str, words: str) -> None:
            assert answer.status_code in (404, 422), answer.text
            assert words in answer.json()["detail"], answer.text
            assert field in answer.text

        adjust = {"quantity": "5", "unit": "pcs", "reason": "found"}
        await refused(
            await client.post(f"{url}/stock/{sku}/WH-NOPE/adjustments", json=adjust),
            "warehouse",
            "no warehouse WH-NOPE",
        )
        issue = {"quantity": "1", "unit": "pcs", "reason": "scrap"}
        await refused(
            await client.post(f"{url}/stock/NOPE-{sku}/WH-REG/issues", json=issue),
            "sku",
            f"no item NOPE-{sku}",
        )
        await refused(
            await client.post(f"{url}/stock/{sku}/WH-NOPE/issues", json=issue),
            "warehouse",
            "no warehouse WH-NOPE",
        )
        for to in ("WH-NOPE", "wh-reg"):
            transfer = {
                "from_warehouse": "WH-REG",
                "to_warehouse": to,
                "lines": [{"sku": sku, "quantity": "1", "unit": "pcs"}],
            }
            await refused(
                await client.post(f"{url}/transfers", json=transfer),
                "to_warehouse",
                f"no warehouse {to}",
            )
        line = {"line_no": 1, "sku": sku, "warehouse": "WH-NOPE", "quantity": "1", "unit": "pcs"}
        await refused(
            await client.post(
                f"{url}/reservations", json={"order_id": str(uuid4()), "lines": [line]}
            ),
            "warehouse",
            "no warehouse WH-NOPE",
        )
        rule = {"sku": sku, "warehouse": "WH-NOPE", "min_quantity": "1", "max_quantity": "9"}
        await refused(
            await client.post(f"{url}/reorder-rules", json=rule),
            "warehouse",
            "no warehouse WH-NOPE",
        )
        await refused(
            await client.post(f"{url}/stock-counts", json={"warehouse": "WH-NOPE"}),
            "warehouse",
            "no warehouse WH-NOPE",
        )
        missing = await client.get(f"{url}/stock/{sku}/WH-NOPE")
        assert missing.status_code == 404


async def test_an_adjustment_of_an_unregistered_sku_is_refused(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sku = f"NEW-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [], ["WH-NEW"])
        answer = await client.post(
            f"{url}/stock/{sku}/WH-NEW/adjustments",
            json={"quantity": "5", "unit": "pcs", "reason": "found", "unit_cost": "1"},
        )
        assert answer.status_code == 404, answer.text
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert f"no item {sku} is registered" in answer.json()["detail"]
        assert "sku" in answer.text
        missing = await client.get(f"{url}/stock/{sku}/WH-NEW")
        assert missing.status_code == 404, missing.text


async def test_an_adjustment_into_a_warehouse_holding_only_received_stock_is_refused(
    stack: Stack,
) -> None:
    _, url = stack.serve("inventory")
    sku = f"RCV-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], [])
        envelope = envelope_of(receipt([(sku, "WH-RCV", D(4))]), f"purchase-order-{uuid4()}")
        await publish(topic_of("purchasing", stack.namespace), [envelope])
        received = await client.get(
            f"{url}/stock/{sku}/WH-RCV",
            params={"wait_for_event": str(envelope.event_id), "wait_seconds": 30},
        )
        assert received.status_code == 200, received.text
        assert D(received.json()["on_hand"]) == 4  # the receipt was taken in as it is

        answer = await client.post(
            f"{url}/stock/{sku}/WH-RCV/adjustments",
            json={"quantity": "1", "unit": "pcs", "reason": "found", "unit_cost": "1"},
        )
        assert answer.status_code == 404, answer.text
        assert "no warehouse WH-RCV is registered" in answer.json()["detail"]
        assert "warehouse" in answer.text
        assert D((await _level(client, url, sku, "WH-RCV"))["on_hand"]) == 4


async def test_a_reorder_rule_or_a_cycle_count_of_an_unregistered_sku_is_refused(
    stack: Stack,
) -> None:
    _, url = stack.serve("inventory")
    sku = f"RULE-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [], ["WH-RUL"])
        rule = {"sku": sku, "warehouse": "WH-RUL", "min_quantity": "1", "max_quantity": "9"}
        answer = await client.post(f"{url}/reorder-rules", json=rule)
        assert answer.status_code == 404, answer.text
        assert f"no item {sku} is registered" in answer.json()["detail"]
        assert "sku" in answer.text
        cycle = {"warehouse": "WH-RUL", "scope": "selection", "skus": [sku]}
        answer = await client.post(f"{url}/stock-counts", json=cycle)
        assert answer.status_code == 404, answer.text
        assert f"no item {sku} is registered" in answer.json()["detail"]
        assert "skus" in answer.text


# --- item 14d: a transit loss is a ledger line ----------------------------------------------------


async def test_a_transit_loss_is_a_line_of_the_destination_ledger(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sku = f"TL-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], ["WH-FROM", "WH-TO"])
        put = await client.post(
            f"{url}/stock/{sku}/WH-FROM/adjustments",
            json={"quantity": "160", "unit": "pcs", "reason": "opening", "unit_cost": "2.5"},
        )
        assert put.status_code == 201, put.text
        transfer = {
            "from_warehouse": "WH-FROM",
            "to_warehouse": "WH-TO",
            "lines": [{"sku": sku, "quantity": "160", "unit": "pcs"}],
        }
        made = await client.post(f"{url}/transfers", json=transfer)
        assert made.status_code == 201, made.text
        transfer_id = made.json()["id"]
        for step, body in (
            ("dispatch", None),
            (
                "receive",
                {"lines": [{"line_no": 1, "quantity_received": "144", "quantity_lost": "16"}]},
            ),
        ):
            done = await client.post(f"{url}/transfers/{transfer_id}/{step}", json=body)
            assert done.status_code in (200, 201), done.text
        lines = [
            line
            for wh in ("WH-FROM", "WH-TO")
            for line in (await client.get(f"{url}/stock/{sku}/{wh}/ledger")).json()
            if line["document_id"] == transfer_id
        ]
        level = await _level(client, url, sku, "WH-TO")
    moved = [
        (x["warehouse"], x["movement"], x["reason"], D(x["quantity"]), D(x["value_change"]))
        for x in lines
    ]
    assert moved == [
        ("WH-FROM", "issue", "transfer_out", D(-160), D(-400)),
        ("WH-TO", "receipt", "transfer_in", D(160), D(400)),
        ("WH-TO", "adjustment", "transit_loss", D(-16), D(-40)),
    ]
    assert (D(level["on_hand"]), D(level["value"]), D(level["in_transit"])) == (144, 360, 0)
