"""Issue 11: `jxc replay` rebuilds a read model while its service runs and new events arrive
(nothing lost, nothing applied twice), and `jxc dlq retry` applies a dead letter again for the
consumer that failed it only (once; a second retry is refused; the topic sees nothing new).

The read model is purchasing's supplier scorecard: it sums the accepted quantities of a
supplier's receipts, so an event applied twice or lost changes the sum."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import psycopg
import pytest
from typer.testing import CliRunner

from jxc.cli.main import app
from jxc.cli.status import partition_ends
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.harness import KAFKA_BOOTSTRAP, Stack, eventually, wait_http
from tests.integration.publishing import envelope_of, publish, receipt

SCORECARD = "supplier-scorecard"


def receipt_of(supplier: UUID, quantity: Decimal) -> Envelope:
    event = receipt([("SKU-R", "WH-A", quantity)]).model_copy(update={"supplier_id": supplier})
    return envelope_of(event, f"purchase-order-{uuid4()}")


async def accepted(dsn: str, supplier: UUID) -> Decimal:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(
            "SELECT coalesce(sum(accepted), 0) FROM supplier_scorecard_days WHERE supplier_id = %s",
            (supplier,),
        )
        row = await cur.fetchone()
    return Decimal(row[0]) if row else Decimal(0)


async def stored_offsets(dsn: str, consumer: str) -> dict[int, int]:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(
            "SELECT partition, next_offset FROM consumer_offsets WHERE consumer = %s", (consumer,)
        )
        return {p: o for p, o in await cur.fetchall()}


async def topic_ends(topic: str) -> dict[int, int]:
    _, ends = await partition_ends(KAFKA_BOOTSTRAP, [topic])
    return {tp.partition: offset for tp, offset in ends.items()}


def serve_purchasing(stack: Stack, monkeypatch: pytest.MonkeyPatch, **extra: str) -> str:
    """purchasing serving (API, relay, projections); the jxc CLI pointed at it."""
    port = str(free_port())
    process = stack.start("purchasing", "serve", JXC_HTTP_PORT=port, **extra)
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/healthz", process)
    for name, value in stack.env("purchasing").items():
        if name.startswith("JXC_"):
            monkeypatch.setenv(name, value)
    monkeypatch.setenv("JXC_PURCHASING_URL", url)
    monkeypatch.setenv("JXC_OPERATOR", "li.ops")
    return url


def free_port() -> int:
    from tests.integration.harness import free_port as port

    return port()


async def jxc(*args: str) -> Any:
    """The jxc command, in a thread (it runs its own event loop)."""
    return await asyncio.to_thread(CliRunner().invoke, app, list(args))


async def test_replay_while_the_service_runs_and_events_arrive(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    topic = topic_of("purchasing", stack.namespace)
    supplier = uuid4()
    first_quantities = [Decimal(i % 7 + 1) for i in range(400)]
    new_quantities = [Decimal("0.5") * (i % 3 + 1) for i in range(200)]
    before = [receipt_of(supplier, q) for q in first_quantities]
    during = [receipt_of(supplier, q) for q in new_quantities]
    await publish(topic, before)
    stack.migrate("purchasing")
    dsn = stack.database("purchasing")
    # Small batches: the replay takes many transactions, which new events interleave with.
    serve_purchasing(stack, monkeypatch, JXC_PROJECTION_BATCH_SIZE="20")
    consumer = f"{stack.namespace}.purchasing.{SCORECARD}"
    expected_before = sum(first_quantities, Decimal(0))
    await eventually(lambda: _is(accepted(dsn, supplier), expected_before), timeout=60)

    seen: list[Decimal] = []

    async def publish_while_replaying() -> None:
        await eventually(lambda: _replayed(dsn, consumer), timeout=120, interval=0.01)
        seen.append(await accepted(dsn, supplier))  # cleared: the replay has begun
        for start in range(0, len(during), 20):
            await publish(topic, during[start : start + 20])
            seen.append(await accepted(dsn, supplier))

    publisher = asyncio.create_task(publish_while_replaying())
    result = await jxc("replay", consumer, "--patience", "60")
    await publisher
    assert result.exit_code == 0, result.output
    assert "has caught up" in result.output and "records/s" in result.output
    assert min(seen) < expected_before, "the read model was not cleared: nothing was replayed"

    expected = expected_before + sum(new_quantities, Decimal(0))
    ends = await topic_ends(topic)
    await eventually(lambda: _caught_up(dsn, consumer, ends), timeout=60)
    assert await accepted(dsn, supplier) == expected  # everything once: none lost, none twice
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(
            "SELECT generation, replayed_by FROM consumer_generations WHERE consumer = %s",
            (consumer,),
        )
        assert await cur.fetchone() == (1, "li.ops")


async def test_dlq_retry_applies_a_letter_once_for_its_consumer_only(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    topic = topic_of("purchasing", stack.namespace)
    supplier = uuid4()
    stack.migrate("purchasing")
    dsn = stack.database("purchasing")
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
        # A condition the handler trips on (say, a constraint since relaxed): a day over 1000.
        await conn.execute(
            "ALTER TABLE supplier_scorecard_days ADD CONSTRAINT not_huge CHECK (accepted < 1000)"
        )
    serve_purchasing(stack, monkeypatch)
    consumer = f"{stack.namespace}.purchasing.{SCORECARD}"
    await publish(
        topic,
        [
            receipt_of(supplier, Decimal(1)),
            receipt_of(supplier, Decimal(5000)),
            receipt_of(supplier, Decimal(2)),
            receipt_of(supplier, Decimal(6000)),
        ],
    )
    letters = await eventually(lambda: _letters(dsn, consumer, 2), timeout=60)
    assert await accepted(dsn, supplier) == 3  # the others went on
    first, second = (letter_id for letter_id, _ in letters)  # in either order (partitions)
    quantity = await _quantity_in(dsn, first)
    assert quantity in (5000, 6000)
    ends = await topic_ends(topic)

    failed = await jxc("dlq", "retry", "purchasing", str(first))
    assert failed.exit_code == 1 and "failed again" in failed.output
    assert await _letter(dsn, first) == (1, None, None)  # still open, one attempt more
    assert "not_huge" in await _reason(dsn, first)

    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
        await conn.execute("ALTER TABLE supplier_scorecard_days DROP CONSTRAINT not_huge")
    applied = await jxc("dlq", "retry", "purchasing", str(first))
    assert applied.exit_code == 0, applied.output
    assert await accepted(dsn, supplier) == 3 + quantity
    attempts, retried_at, retried_by = await _letter(dsn, first)
    assert attempts == 2 and retried_at is not None and retried_by == "li.ops"

    again = await jxc("dlq", "retry", "purchasing", str(first))
    assert again.exit_code == 1 and "retried before" in again.output
    assert await accepted(dsn, supplier) == 3 + quantity  # once

    rest = await jxc("dlq", "retry", "purchasing", "--all", consumer)
    assert rest.exit_code == 0, rest.output
    assert await accepted(dsn, supplier) == 11003
    assert (await _letter(dsn, second))[2] == "li.ops"

    # Not a republish: the source topic holds what it held, its other consumers see nothing.
    assert await topic_ends(topic) == ends


async def _is(value: Any, expected: Decimal) -> bool:
    return bool(await value == expected)


async def _replayed(dsn: str, consumer: str) -> bool:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(
            "SELECT 1 FROM consumer_generations WHERE consumer = %s", (consumer,)
        )
        return await cur.fetchone() is not None


async def _caught_up(dsn: str, consumer: str, ends: dict[int, int]) -> bool:
    stored = await stored_offsets(dsn, consumer)
    return all(stored.get(p, 0) >= end for p, end in ends.items())


async def _letters(dsn: str, consumer: str, count: int) -> list[tuple[int, str]] | None:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(
            "SELECT id, reason FROM dead_letters WHERE consumer = %s ORDER BY id", (consumer,)
        )
        rows = [(int(i), str(r)) for i, r in await cur.fetchall()]
    return rows if len(rows) == count else None


async def _letter(dsn: str, letter_id: int) -> tuple[int, Any, Any]:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(
            "SELECT retries, retried_at, retried_by FROM dead_letters WHERE id = %s", (letter_id,)
        )
        row = await cur.fetchone()
    assert row is not None
    return row[0], row[1], row[2]


async def _quantity_in(dsn: str, letter_id: int) -> Decimal:
    """The accepted quantity of the receipt a letter keeps (its record's value, as it came)."""
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(
            "SELECT convert_from(value, 'UTF8')::jsonb -> 'lines' -> 0 ->> 'quantity_accepted' "
            "FROM dead_letters WHERE id = %s",
            (letter_id,),
        )
        row = await cur.fetchone()
    assert row is not None
    return Decimal(row[0])


async def _reason(dsn: str, letter_id: int) -> str:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute("SELECT reason FROM dead_letters WHERE id = %s", (letter_id,))
        row = await cur.fetchone()
    return str(row[0]) if row else ""
