"""Issue 2, 7c and 7e: the stock projection applies every event exactly once across a SIGKILL,
and a malformed record goes to the dead-letter topic while the projection goes on."""

from __future__ import annotations

import signal
from decimal import Decimal

import psycopg

from jxc.platform.settings import topic_of
from tests.integration.harness import Stack, eventually, stop
from tests.integration.publishing import envelope_of, publish, publish_raw, read_all, receipt

SKUS = [f"SKU-{i}" for i in range(7)]
WAREHOUSES = ["WH-A", "WH-B", "WH-C"]


async def stock(url: str) -> dict[tuple[str, str], Decimal]:
    async with await psycopg.AsyncConnection.connect(url) as conn:
        cur = await conn.execute("SELECT sku, warehouse, on_hand FROM stock_positions")
        return {(s, w): q for s, w, q in await cur.fetchall()}


async def ledger_lines(url: str) -> int:
    async with await psycopg.AsyncConnection.connect(url) as conn:
        cur = await conn.execute("SELECT count(*) FROM stock_ledger")
        row = await cur.fetchone()
        return int(row[0]) if row else 0


async def test_sigkill_mid_stream_neither_loses_nor_doubles(stack: Stack) -> None:
    topic = topic_of("purchasing", stack.namespace)
    expected: dict[tuple[str, str], Decimal] = {}
    envelopes = []
    line_count = 0
    for i in range(2500):  # 2,500 receipts x 4 lines = 10,000 lines
        lines = []
        for j in range(4):
            sku, wh = SKUS[(i + j) % len(SKUS)], WAREHOUSES[(i * 3 + j) % len(WAREHOUSES)]
            quantity = Decimal(i % 13 + 1) + Decimal("0.125") * j
            lines.append((sku, wh, quantity))
            expected[(sku, wh)] = expected.get((sku, wh), Decimal(0)) + quantity
        envelopes.append(envelope_of(receipt(lines), f"purchase-order-{i % 97}"))
        line_count += len(lines)
    assert line_count == 10_000
    await publish(topic, envelopes)

    db = stack.database("inventory")
    stack.migrate("inventory")
    env = {"JXC_PROJECTION_BATCH_SIZE": "50"}
    for kills in range(3):
        projector = stack.start("inventory", "project", "stock-keeper", **env)
        floor = 1000 * (kills + 1)
        await eventually(lambda f=floor: _progressed(db, f), timeout=60, interval=0.05)  # type: ignore[misc]
        projector.send_signal(signal.SIGKILL)
        projector.wait()
    assert await ledger_lines(db) < 10_000, "the kills came too late to test anything"

    projector = stack.start("inventory", "project", "stock-keeper", **env)
    await eventually(lambda: _ledger_is(db, 10_000), timeout=120)
    # Redelivered duplicates (an outbox relay may publish a row twice) change nothing.
    await publish(topic, envelopes[:100])
    await eventually(lambda: _records_consumed(db, topic, 2600), timeout=60)
    stop(projector)

    assert await ledger_lines(db) == 10_000
    assert await stock(db) == expected


async def _records_consumed(db: str, topic: str, count: int) -> bool:
    """The projection has committed `count` records of the (fresh) topic: its stored offsets
    add up to it."""
    async with await psycopg.AsyncConnection.connect(db) as conn:
        cur = await conn.execute(
            "SELECT coalesce(sum(next_offset), 0) FROM consumer_offsets WHERE topic = %s",
            (topic,),
        )
        row = await cur.fetchone()
    return row is not None and int(row[0]) == count


async def _progressed(db: str, floor: int) -> bool:
    return await ledger_lines(db) > floor


async def _ledger_is(db: str, count: int) -> bool:
    return await ledger_lines(db) == count


async def test_malformed_record_is_dead_lettered_and_projection_goes_on(stack: Stack) -> None:
    topic = topic_of("purchasing", stack.namespace)
    good = envelope_of(receipt([("SKU-OK", "WH-A", Decimal("3"))]), "purchase-order-1")
    wrong_type = envelope_of(receipt([("SKU-BAD", "WH-A", Decimal("1"))]), "purchase-order-1", 2)
    # Same partition (same key) for all, bad ones first: the good one must still be applied.
    await publish_raw(topic, b"purchase-order-1", b"{not json", _headers_of(wrong_type))
    await publish_raw(
        topic,
        b"purchase-order-1",
        b'{"receipt_id": "not-a-uuid", "lines": []}',
        _headers_of(wrong_type),
    )
    await publish_raw(topic, b"purchase-order-1", b"{}", [("ce_specversion", b"1.0")])
    await publish(topic, [good])

    db = stack.database("inventory")
    stack.migrate("inventory")
    stack.start("inventory", "project", "stock-keeper")
    await eventually(lambda: _ledger_is(db, 1), timeout=60)
    assert await stock(db) == {("SKU-OK", "WH-A"): Decimal("3")}

    dead = await read_all(f"{stack.namespace}.dlq.inventory.stock-keeper", expect=3)
    assert len(dead) == 3
    reasons = [dict(r.headers)["jxc_dlq_reason"].decode() for r in dead]  # type: ignore[attr-defined]
    assert "not JSON" in reasons[0] or "json" in reasons[0].lower()
    assert "receipt_id" in reasons[1]
    assert "header ce_id is missing" in reasons[2]
    sources = [dict(r.headers)["jxc_dlq_source"].decode() for r in dead]  # type: ignore[attr-defined]
    assert all(s.startswith(f"{topic}/") for s in sources)
    assert dead[0].value == b"{not json"  # type: ignore[attr-defined]


def _headers_of(envelope: object) -> list[tuple[str, bytes]]:
    from jxc.events.cloudevents import to_kafka

    return to_kafka(envelope)[2]  # type: ignore[arg-type]
