"""A worker has no API; with JXC_METRICS_PORT it serves its Prometheus metrics, so a projection
running alone (as on Kubernetes) can be watched: what it applied, how far behind it is."""

from __future__ import annotations

from decimal import Decimal

import httpx

from jxc.platform.settings import topic_of
from tests.integration.consumer_kit import publish_to
from tests.integration.harness import Stack, eventually, free_port, wait_http
from tests.integration.publishing import envelope_of, receipt


async def test_a_projection_worker_serves_its_metrics(stack: Stack) -> None:
    stack.migrate("inventory")
    port = free_port()
    worker = stack.start("inventory", "project", "stock-keeper", JXC_METRICS_PORT=str(port))
    url = f"http://127.0.0.1:{port}/metrics"
    wait_http(url, worker)
    await publish_to(
        topic_of("purchasing", stack.namespace),
        0,
        [envelope_of(receipt([("SKU-1", "WH1", Decimal(3))]), "po-1")],
    )
    consumer = f"{stack.namespace}.inventory.stock-keeper"

    async def applied() -> bool:
        async with httpx.AsyncClient() as client:
            text = (await client.get(url)).text
        return f'jxc_events_consumed_total{{consumer="{consumer}"}} 1.0' in text and (
            f'jxc_projection_lag{{consumer="{consumer}"' in text
        )

    assert await eventually(applied, timeout=60)


def test_a_relay_worker_serves_its_metrics(stack: Stack) -> None:
    stack.migrate("crm")
    port = free_port()
    relay = stack.start("crm", "relay", JXC_METRICS_PORT=str(port))
    wait_http(f"http://127.0.0.1:{port}/metrics", relay)
    text = httpx.get(f"http://127.0.0.1:{port}/metrics").text
    assert "# TYPE jxc_outbox_pending gauge" in text
