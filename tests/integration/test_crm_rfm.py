"""Issue 8, item 11: RFM segments on real Kafka and PostgreSQL, on a generated purchase
history whose expected quintiles and segments this test computes itself: recomputed on demand
(POST /rfm/recompute) and on a schedule (crm's worker `rfm`, run alone by `jxc-crm work rfm`),
queryable per customer and by segment, crm.CustomerSegmentChanged published when, and only
when, a segment changes."""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx
import psycopg

from jxc.events.cloudevents import from_kafka
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.crm_sales import cancelled, envelope, placed, publish_sales, returned
from tests.integration.harness import BIN, Stack, eventually
from tests.integration.publishing import read_all

CRM = bearer("wang.fang", ["crm"])
N = 25


@dataclass
class Buyer:
    customer: UUID
    last: datetime
    orders: int
    monetary: Decimal
    envelopes: list[Envelope] = field(default_factory=list)


def expected_quintiles(values: list[Any]) -> list[int]:
    """1 + 5 x (how many are strictly lower) // n: the lowest fifth 1, the highest 5."""
    return [1 + 5 * sum(1 for other in values if other < value) // len(values) for value in values]


def expected_segment(r: int, f: int, m: int) -> str:
    fm = (f + m + 1) // 2
    if r >= 4:
        return (
            "champions"
            if fm >= 4
            else "potential_loyalist"
            if fm >= 2
            else ("new_customers" if r == 5 else "promising")
        )
    if r == 3:
        return "loyal" if fm >= 4 else "need_attention" if fm == 3 else "about_to_sleep"
    if r == 1 and fm == 5:
        return "cannot_lose_them"
    if fm >= 3:
        return "at_risk"
    return "hibernating" if r == 2 else "lost"


def expectations(buyers: list[Buyer]) -> dict[str, tuple[str, int, int, int]]:
    r = expected_quintiles([b.last for b in buyers])
    f = expected_quintiles([b.orders for b in buyers])
    m = expected_quintiles([b.monetary for b in buyers])
    return {
        str(b.customer): (expected_segment(r[i], f[i], m[i]), r[i], f[i], m[i])
        for i, b in enumerate(buyers)
    }


def generate(now: datetime) -> list[Buyer]:
    rng = random.Random(20261201)
    recency, frequency, monetary = (rng.sample(range(1, N + 1), N) for _ in range(3))
    buyers = []
    for i in range(N):
        customer = uuid4()
        last = now - timedelta(days=3 * recency[i], hours=1)
        count = frequency[i]
        value = Decimal(1000 * monetary[i] + 7)
        buyer = Buyer(customer, last, count, value)
        # count orders: the last one at `last`, the others a day apart before it, worth 1
        # each but the last, which makes the value up.
        for k in range(count):
            worth = value - (count - 1) if k == 0 else Decimal(1)
            order = placed(customer, [("TEA", "1", str(worth))])
            buyer.envelopes.append(envelope(order, at=last - timedelta(days=k)))
        buyers.append(buyer)
    # A cancelled order, the latest of all, counts nowhere; a return lowers the monetary value.
    first = buyers[0]
    dropped = placed(first.customer, [("SCARF", "1", "99999")])
    first.envelopes += [
        envelope(dropped, at=now - timedelta(minutes=5)),
        envelope(cancelled(dropped), at=now - timedelta(minutes=4), version=2),
    ]
    second = buyers[1]
    kept = placed(second.customer, [("TEA", "1", "1")])
    second.envelopes.append(envelope(returned(kept, "TEA", "1", "500"), at=second.last))
    second.monetary -= 500
    return buyers


async def test_rfm_segments_on_a_generated_history(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    now = datetime.now(UTC)
    buyers = generate(now)
    every = [e for b in buyers for e in b.envelopes]
    await publish_sales(stack.namespace, *every)

    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        for sent in every:
            applied = await client.get(
                f"{crm}/customers/{uuid4()}/purchase-history",
                params={"wait_for_event": str(sent.event_id), "wait_seconds": 30},
            )
            assert applied.status_code == 200, applied.text

        refused = await client.post(f"{crm}/rfm/recompute", headers=bearer("z", ["sales"]))
        assert refused.status_code == 403, refused.text
        computed = await client.post(f"{crm}/rfm/recompute")
        assert computed.status_code == 200, computed.text
        assert (computed.json()["customers"], computed.json()["changed"]) == (N, N)

        async def shown() -> dict[str, tuple[str, int, int, int]]:
            found = {}
            for buyer in buyers:
                response = await client.get(f"{crm}/customers/{buyer.customer}/segment")
                if response.status_code != 200:
                    continue
                row = response.json()
                found[str(buyer.customer)] = (
                    row["segment"],
                    row["recency_score"],
                    row["frequency_score"],
                    row["monetary_score"],
                )
            return found

        expected = expectations(buyers)
        assert await shown() == expected
        first = (await client.get(f"{crm}/customers/{buyers[0].customer}/segment")).json()
        assert (first["frequency"], Decimal(first["monetary"])) == (
            buyers[0].orders,
            buyers[0].monetary,
        )
        counts = Counter(segment for segment, *_ in expected.values())
        assert (await client.get(f"{crm}/segments")).json()["segments"] == dict(counts)
        segment, size = counts.most_common(1)[0]
        members = []
        after = None
        while True:
            params: dict[str, Any] = {"limit": 1} | ({"after": after} if after else {})
            page = (await client.get(f"{crm}/segments/{segment}/customers", params=params)).json()
            members += [m["customer_id"] for m in page["items"]]
            after = page["next"]
            if after is None:
                break
        assert sorted(members) == sorted(c for c, e in expected.items() if e[0] == segment)
        assert len(members) == size
        unknown = await client.get(f"{crm}/segments/vip/customers")
        assert unknown.status_code == 422, unknown.text
        nobody = await client.get(f"{crm}/customers/{uuid4()}/segment")
        assert nobody.status_code == 404, nobody.text

        again = await client.post(f"{crm}/rfm/recompute")
        assert again.json()["changed"] == 0

        # The least recent buyer buys big today; the scheduled worker sees it.
        sleeper = min(buyers, key=lambda b: b.last)
        before = expected[str(sleeper.customer)][0]
        big = placed(sleeper.customer, [("TEA", "100", "100000")])
        await publish_sales(stack.namespace, envelope(big, at=now))
        sleeper.last, sleeper.orders, sleeper.monetary = (
            now,
            sleeper.orders + 1,
            sleeper.monetary + 100000,
        )
        stack.start("crm", "work", "rfm", JXC_CRM_RFM_INTERVAL_SECONDS="1")
        moved = expectations(buyers)
        assert moved[str(sleeper.customer)][0] != before
        assert await eventually(lambda: _same(shown, moved), timeout=60)

    async def published() -> Any:
        records = await read_all(topic_of("crm", stack.namespace), expect=N + 1, timeout=5)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        changes = [
            json.loads(e.payload) for e in found if e.event_type == "crm.CustomerSegmentChanged"
        ]
        return changes if any(c["previous_segment"] for c in changes) else None

    changes = await eventually(published)
    firsts = [c for c in changes if c["previous_segment"] is None]
    assert len(firsts) == N
    later = [
        c for c in changes if c["customer_id"] == str(sleeper.customer) and c["previous_segment"]
    ]
    assert later[0]["previous_segment"] == before
    assert later[0]["segment"] == moved[str(sleeper.customer)][0]


async def _same(shown: Any, expected: dict[str, Any]) -> bool:
    found: dict[str, Any] = await shown()
    return found == expected


async def test_a_customer_whose_orders_are_all_cancelled_leaves_the_segments(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    customer = uuid4()
    order = placed(customer, [("TEA", "1", "10")])
    first = envelope(order)
    await publish_sales(stack.namespace, first)
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:

        async def recompute_after(event: Envelope) -> dict[str, Any]:
            params = {"wait_for_event": str(event.event_id), "wait_seconds": 20}
            applied = await client.get(
                f"{crm}/customers/{customer}/purchase-history", params=params
            )
            assert applied.status_code == 200, applied.text
            response = await client.post(f"{crm}/rfm/recompute")
            assert response.status_code == 200, response.text
            body: dict[str, Any] = response.json()
            return body

        # Computed once by the worker (`jxc-crm work rfm --once`), then on demand.
        params = {"wait_for_event": str(first.event_id), "wait_seconds": 20}
        applied = await client.get(f"{crm}/customers/{customer}/purchase-history", params=params)
        assert applied.status_code == 200, applied.text
        once = await asyncio.to_thread(
            subprocess.run,
            [str(BIN / "jxc-crm"), "work", "rfm", "--once"],
            env=stack.env("crm"),
            capture_output=True,
            timeout=120,
        )
        assert once.returncode == 0, once.stderr
        shown = await client.get(f"{crm}/customers/{customer}/segment")
        assert shown.status_code == 200, shown.text
        segment = shown.json()["segment"]
        assert (await client.get(f"{crm}/segments")).json()["segments"] == {segment: 1}

        cancellation = envelope(cancelled(order), version=2)
        await publish_sales(stack.namespace, cancellation)
        assert (await recompute_after(cancellation))["customers"] == 0
        gone = await client.get(f"{crm}/customers/{customer}/segment")
        assert gone.status_code == 404, gone.text
        assert (await client.get(f"{crm}/segments")).json()["segments"] == {}


async def test_one_computation_runs_at_a_time(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    held = await psycopg.AsyncConnection.connect(stack.database("crm"), autocommit=True)
    try:
        await held.execute("SELECT pg_advisory_lock(hashtextextended('crm-rfm-computation', 0))")
        async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
            busy = await client.post(f"{crm}/rfm/recompute")
            assert busy.status_code == 409, busy.text
            assert "being computed right now" in busy.json()["detail"]
            await held.execute(
                "SELECT pg_advisory_unlock(hashtextextended('crm-rfm-computation', 0))"
            )
            free = await client.post(f"{crm}/rfm/recompute")
            assert free.status_code == 200, free.text
    finally:
        await held.close()
