"""Issue 3, point 5: stock counts (盘点) on real Kafka and PostgreSQL.

1. A count with movements during the count: the variance is against the stock at the moment
   the line was counted, not at the close.
2. A count of 5,000 lines recorded and closed (the close's time is printed, not asserted).
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx
import psycopg

from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.inventory import StockAdjusted, StockCounted
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish, read_all, receipt
from tests.integration.registering import register


async def receive(
    stack: Stack, client: httpx.AsyncClient, url: str, lines: list[tuple[str, str, Decimal]]
) -> Envelope:
    """Publish a GoodsReceived as purchasing does and wait until inventory has put it in."""
    envelope = envelope_of(receipt(lines), f"purchase-order-{uuid4()}")
    await publish(topic_of("purchasing", stack.namespace), [envelope])
    sku, warehouse, _ = lines[0]
    answer = await client.get(
        f"{url}/stock/{sku}/{warehouse}",
        params={"wait_for_event": str(envelope.event_id), "wait_seconds": 30},
    )
    assert answer.status_code == 200, answer.text
    return envelope


def ok(answer: httpx.Response, status: int = 200) -> Any:
    assert answer.status_code == status, answer.text
    return answer.json()


async def test_a_count_with_movements_during_the_count(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    sku, other = f"TEA-{uuid4().hex[:6]}", f"CUP-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), base_url=inventory, timeout=60) as client:
        await register(client, inventory, [sku, other], ["WH-A"])
        await receive(
            stack, client, inventory, [(sku, "WH-A", Decimal(100)), (other, "WH-A", Decimal(20))]
        )
        opened = ok(await client.post("/stock-counts", json={"warehouse": "WH-A"}), 201)
        count_id = opened["id"]
        assert opened["stream_id"] == f"stock-count-{count_id}"

        # A second count of all items of WH-A would count the same balances: refused.
        clash = await client.post("/stock-counts", json={"warehouse": "WH-A"})
        assert clash.status_code == 409, clash.text
        assert count_id in clash.json()["detail"]

        # The counter finds 97 where the system holds 100 (recounted: the last count wins).
        for counted in ("95", "97"):
            recorded = ok(
                await client.post(
                    f"/stock-counts/{count_id}/lines",
                    json={"lines": [{"sku": sku, "counted": counted}]},
                )
            )
            assert recorded["lines_recorded"] == 1
            assert "expected" not in str(recorded)

        # Goods of an item nobody registered: refused, naming the line; nothing recorded.
        unknown = await client.post(
            f"/stock-counts/{count_id}/lines",
            json={"lines": [{"sku": other, "counted": "20"}, {"sku": "NO-SUCH", "counted": "4"}]},
        )
        assert unknown.status_code == 404, unknown.text
        assert unknown.json()["fields"] == ["lines.1.sku"]
        assert "NO-SUCH" in unknown.json()["detail"]

        # Blind while open: what was counted, never what the system expects.
        view = ok(await client.get(f"/stock-counts/{count_id}"))
        assert view["status"] == "open"
        [line] = view["lines"]
        assert Decimal(line["counted"]) == 97 and line["times_counted"] == 2
        assert "expected" not in line and "variance" not in line
        assert "uncounted_lines" not in view

        # 10 more arrive after the line was counted and before the close.
        await receive(stack, client, inventory, [(sku, "WH-A", Decimal(10))])
        level = ok(await client.get(f"/stock/{sku}/WH-A"))
        assert Decimal(level["on_hand"]) == 110

        closed = ok(await client.post(f"/stock-counts/{count_id}/close"))
        assert closed["status"] == "closed"
        assert (closed["lines_counted"], closed["lines_adjusted"], closed["uncounted"]) == (1, 1, 1)
        [uncounted] = closed["uncounted_lines"]
        assert uncounted["sku"] == other and Decimal(uncounted["on_hand"]) == 20

        level = ok(await client.get(f"/stock/{sku}/WH-A"))
        assert Decimal(level["on_hand"]) == 107  # 110 - 3: the variance when it was counted
        assert Decimal(ok(await client.get(f"/stock/{other}/WH-A"))["on_hand"]) == 20
        ledger = ok(await client.get(f"/stock/{sku}/WH-A/ledger"))
        assert [(x["movement"], Decimal(x["quantity"])) for x in ledger] == [
            ("receipt", Decimal(100)),
            ("receipt", Decimal(10)),
            ("adjustment", Decimal(-3)),
        ]
        assert ledger[-1]["reason"] == f"stock count {count_id}"
        assert Decimal(ledger[-1]["value_change"]) == Decimal("-7.50")  # 3 x 2.50

        view = ok(await client.get(f"/stock-counts/{count_id}"))
        [line] = view["lines"]
        figures = [Decimal(line[k]) for k in ("expected", "counted", "variance")]
        assert figures == [Decimal(100), Decimal(97), Decimal(-3)]
        listed = ok(await client.get("/stock-counts", params={"warehouse": "WH-A"}))
        assert [(c["count_id"], c["status"]) for c in listed] == [(count_id, "closed")]

        # Closed is closed; and a new count may now be opened, and cancelled.
        again = await client.post(f"/stock-counts/{count_id}/close")
        assert again.status_code == 409, again.text
        late = await client.post(
            f"/stock-counts/{count_id}/lines", json={"lines": [{"sku": sku, "counted": "1"}]}
        )
        assert late.status_code == 409, late.text
        cycle = ok(
            await client.post(
                "/stock-counts",
                json={"warehouse": "WH-A", "scope": "selection", "skus": [other]},
            ),
            201,
        )
        outside = await client.post(
            f"/stock-counts/{cycle['id']}/lines", json={"lines": [{"sku": sku, "counted": "1"}]}
        )
        assert outside.status_code == 422 and "outside this count" in outside.text
        ok(await client.post(f"/stock-counts/{cycle['id']}/cancel", json={"reason": "later"}))
        open_now = ok(await client.get("/stock-counts", params={"status": "open"}))
        assert open_now == []

    # 3 registrations (2 items, the warehouse), then 11 of the stock and the counts
    records = await read_all(topic_of("inventory", stack.namespace), expect=3 + 11)
    events = [registry.decode(from_kafka(r.value, r.headers)) for r in records]  # type: ignore[attr-defined]
    [report] = [e for e in events if isinstance(e, StockCounted)]
    assert str(report.count_id) == count_id and report.warehouse == "WH-A"
    [reported] = report.lines
    assert (reported.sku, reported.expected, reported.counted, reported.variance) == (
        sku,
        Decimal(100),
        Decimal(97),
        Decimal(-3),
    )
    [adjusted] = [e for e in events if isinstance(e, StockAdjusted)]
    assert adjusted.quantity == -3 and str(adjusted.count_id) == count_id
    assert adjusted.reason == f"stock count {count_id}"
    kinds = sorted(e.event_type for e in events if e.event_type.startswith("inventory.StockCount"))
    assert kinds == [
        "inventory.StockCountCancelled",
        "inventory.StockCountClosed",
        "inventory.StockCountLinesRecorded",
        "inventory.StockCountLinesRecorded",
        "inventory.StockCountOpened",
        "inventory.StockCountOpened",
        "inventory.StockCounted",
    ]


SKUS = 5_000
PER_RECEIPT = 1_000


def counted_of(i: int) -> Decimal:
    """What the counter finds of SKU i, which holds 10 + i % 7: a third short by one, a third
    over by two, a third right."""
    held = Decimal(10 + i % 7)
    return held - 1 if i % 3 == 0 else held + 2 if i % 3 == 1 else held


async def test_a_count_of_5000_lines(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    prefix = f"B{uuid4().hex[:5]}"
    skus = [f"{prefix}-{i:05}" for i in range(SKUS)]
    receipts = [
        envelope_of(
            receipt([(sku, "WH-Z", Decimal(10 + i % 7)) for i, sku in batch]),
            f"purchase-order-{uuid4()}",
        )
        for batch in (
            list(enumerate(skus))[start : start + PER_RECEIPT]
            for start in range(0, SKUS, PER_RECEIPT)
        )
    ]
    await publish(topic_of("purchasing", stack.namespace), receipts)
    async with httpx.AsyncClient(headers=bearer(), base_url=inventory, timeout=120) as client:
        await register(client, inventory, [], ["WH-Z"])
        for envelope in receipts:
            ok(
                await client.get(
                    f"/stock/{skus[0]}/WH-Z",
                    params={"wait_for_event": str(envelope.event_id), "wait_seconds": 30},
                )
            )
        count_id = ok(await client.post("/stock-counts", json={"warehouse": "WH-Z"}), 201)["id"]

        started = time.perf_counter()
        lines = [{"sku": sku, "counted": str(counted_of(i))} for i, sku in enumerate(skus)]
        for start in range(0, SKUS, 2_500):  # two recordings (scanners) of 2,500 lines
            answer = ok(
                await client.post(
                    f"/stock-counts/{count_id}/lines", json={"lines": lines[start : start + 2_500]}
                )
            )
            assert answer["lines_recorded"] == 2_500
        recording = time.perf_counter() - started

        started = time.perf_counter()
        closed = ok(await client.post(f"/stock-counts/{count_id}/close"))
        closing = time.perf_counter() - started
        print(
            f"\nstock count of {SKUS} lines: recorded in {recording:.2f}s (2 calls), "
            f"closed (posted {closed['lines_adjusted']} adjustments) in {closing:.2f}s"
        )
        adjusted = sum(1 for i in range(SKUS) if i % 3 != 2)
        assert (closed["lines_counted"], closed["lines_adjusted"], closed["uncounted"]) == (
            SKUS,
            adjusted,
            0,
        )
        for i in (0, 1, 2, SKUS - 1):
            level = ok(await client.get(f"/stock/{skus[i]}/WH-Z"))
            assert Decimal(level["on_hand"]) == counted_of(i), (i, level)
        view = ok(await client.get(f"/stock-counts/{count_id}", params={"limit": 3}))
        assert [Decimal(x["variance"]) for x in view["lines"]] == [-1, 2, 0]

    async with await psycopg.AsyncConnection.connect(stack.database("inventory")) as conn:
        cur = await conn.execute(
            "SELECT sku, on_hand FROM stock_positions WHERE warehouse = 'WH-Z' ORDER BY sku"
        )
        positions: dict[str, Decimal] = dict(await cur.fetchall())
        cur = await conn.execute(
            "SELECT count(*), sum(quantity) FROM stock_ledger "
            "WHERE movement = 'adjustment' AND reason = %s",
            (f"stock count {count_id}",),
        )
        ledger_lines, ledger_sum = await cur.fetchone()  # type: ignore[misc]
        cur = await conn.execute(
            "SELECT count(*), sum(jsonb_array_length(payload->'lines')) FROM events "
            "WHERE stream_id = %s AND event_type = 'inventory.StockCounted'",
            (f"stock-count-{count_id}",),
        )
        reports, reported_lines = await cur.fetchone()  # type: ignore[misc]
        cur = await conn.execute("SELECT count(*) FROM events")
        (all_events,) = await cur.fetchone()  # type: ignore[misc]
    assert positions == {sku: counted_of(i) for i, sku in enumerate(skus)}
    assert ledger_lines == adjusted
    assert ledger_sum == sum(counted_of(i) - (10 + i % 7) for i in range(SKUS))
    assert (reports, reported_lines) == (5, SKUS)  # 1,000 lines an event

    # Everything, the big reports included, reaches Kafka.
    records = await read_all(topic_of("inventory", stack.namespace), expect=all_events, timeout=60)
    assert len(records) == all_events
    reported = 0
    for record in records:
        headers: dict[str, bytes] = dict(record.headers)  # type: ignore[attr-defined]
        if headers["ce_type"] == b"inventory.StockCounted":
            event = registry.decode(from_kafka(record.value, record.headers))  # type: ignore[attr-defined]
            assert isinstance(event, StockCounted)
            reported += len(event.lines)
    assert reported == SKUS


async def test_a_difference_the_stock_can_no_longer_take_stops_the_close(stack: Stack) -> None:
    """Counted 2 of 10; 9 are issued before the close: taking 8 more is refused (no negative
    stock here), nothing is posted, and a recount of the line lets the count close."""
    _, inventory = stack.serve("inventory")
    sku = f"PEN-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), base_url=inventory, timeout=60) as client:
        await register(client, inventory, [sku], ["WH-C"])
        await receive(stack, client, inventory, [(sku, "WH-C", Decimal(10))])
        count_id = ok(
            await client.post(
                "/stock-counts", json={"warehouse": "WH-C", "scope": "selection", "skus": [sku]}
            ),
            201,
        )["id"]
        line = {"lines": [{"sku": sku, "counted": "2", "unit": "pcs"}]}
        ok(await client.post(f"/stock-counts/{count_id}/lines", json=line))
        ok(
            await client.post(
                f"/stock/{sku}/WH-C/issues",
                json={"quantity": "9", "unit": "pcs", "reason": "shipment"},
            ),
            201,
        )
        refused = await client.post(f"/stock-counts/{count_id}/close")
        assert refused.status_code == 409, refused.text
        problem = refused.json()
        assert "recount them" in problem["detail"] and problem["refused_lines"] == sku
        assert ok(await client.get(f"/stock-counts/{count_id}"))["status"] == "open"
        assert Decimal(ok(await client.get(f"/stock/{sku}/WH-C"))["on_hand"]) == 1

        wrong_unit = await client.post(
            f"/stock-counts/{count_id}/lines",
            json={"lines": [{"sku": sku, "counted": "1", "unit": "box"}]},
        )
        assert wrong_unit.status_code == 422 and "kept in pcs, not box" in wrong_unit.text
        nowhere = await client.post(
            f"/stock-counts/{count_id}/lines",
            json={"lines": [{"sku": sku, "location": "Z-99", "counted": "1"}]},
        )
        assert nowhere.status_code == 422 and "has no location Z-99" in nowhere.text
        ok(
            await client.post(
                f"/stock-counts/{count_id}/lines", json={"lines": [{"sku": sku, "counted": "0"}]}
            )
        )
        closed = ok(await client.post(f"/stock-counts/{count_id}/close"))
        assert closed["lines_adjusted"] == 1
        assert Decimal(ok(await client.get(f"/stock/{sku}/WH-C"))["on_hand"]) == 0
        [line_view] = ok(await client.get(f"/stock-counts/{count_id}"))["lines"]
        assert [Decimal(line_view[k]) for k in ("expected", "variance")] == [1, -1]
