"""A served service whose consumer is stalled says so: /readyz is not ready and names the
partition, /metrics counts it, and a query waiting for an event it holds answers why."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import httpx

from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, receipt


async def test_a_stalled_stock_keeper_shows_in_readiness_metrics_and_waits(stack: Stack) -> None:
    newer = dataclasses.replace(
        envelope_of(receipt([("TEA", "WH-A", Decimal(5))]), "purchase-order-1"), schema_version=2
    )
    await publish(topic_of("purchasing", stack.namespace), [newer])
    _, url = stack.serve("inventory")
    async with httpx.AsyncClient(headers=bearer(), base_url=url, timeout=10) as client:

        async def not_ready() -> httpx.Response | None:
            answer = await client.get("/readyz")
            return answer if answer.status_code == 503 else None

        ready = await eventually(not_ready, timeout=60)
        consumers = ready.json()["checks"]["consumers"]
        assert "stock-keeper stalled" in consumers and "v2" in consumers, consumers
        assert ready.json()["checks"]["postgresql"] == "ok"

        metrics = (await client.get("/metrics")).text
        assert f'jxc_consumer_stalled_partitions{{consumer="{stack.namespace}.inventory' in metrics

        waited = await client.get(
            "/stock/TEA/WH-A", params={"wait_for_event": str(newer.event_id), "wait_seconds": 0.5}
        )
        assert waited.status_code == 504
        assert "stalled" in waited.json()["detail"], waited.json()
        assert "try again shortly" not in waited.json()["detail"]
