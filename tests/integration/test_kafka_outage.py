"""Issue 2, 7d: Kafka stopped while receipts are recorded. Every command succeeds; once Kafka
is back every event is published exactly once and projected."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import httpx
import pytest

from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, known_to_purchasing, line, supplier
from tests.integration.harness import Stack, eventually, kafka_stopped
from tests.integration.publishing import read_all

RECEIPTS = 20
pytestmark = pytest.mark.exclusive  # it stops the shared broker


async def test_commands_succeed_while_kafka_is_down_and_publish_once_after(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    _, inventory = stack.serve("inventory")
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, ["RICE"], ["WH-GZ"])
        order_id = await approved_order(
            client, purchasing, supplier_id, [line(1, "RICE", "1000", "WH-GZ")]
        )
        event_ids = []
        with kafka_stopped():
            for i in range(RECEIPTS):
                response = await client.post(
                    f"{purchasing}/purchase-orders/{order_id}/receipts",
                    json={"lines": [{"line_no": 1, "quantity_accepted": str(i + 1)}]},
                )
                assert response.status_code == 201, response.text
                event_ids.extend(response.json()["event_ids"])
            ready = await client.get(f"{purchasing}/readyz")
            assert ready.status_code == 503  # Kafka is reported missing, commands still work

        expected = Decimal(sum(range(1, RECEIPTS + 1)))

        async def projected() -> bool:
            level = await client.get(f"{inventory}/stock/RICE/WH-GZ")
            return level.status_code == 200 and Decimal(level.json()["on_hand"]) == expected

        await eventually(projected, timeout=90, interval=0.5)

    records = await read_all(topic_of("purchasing", stack.namespace), expect=3 + RECEIPTS)
    published = Counter(dict(r.headers)["ce_id"].decode() for r in records)  # type: ignore[attr-defined]
    assert all(published[e] == 1 for e in event_ids), published
    assert len(published) == 3 + RECEIPTS  # supplier, PO created, approved, and the receipts
    assert max(published.values()) == 1
