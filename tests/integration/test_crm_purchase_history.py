"""Issue 8, item 10: a customer's purchase history, projected by crm from sales' events on
real Kafka and PostgreSQL: orders, returns, lifetime value, average order value, last
purchase and preferred products; a cancelled order counts nowhere; a redelivered event
changes nothing."""

from __future__ import annotations

import asyncio
import subprocess
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from tests.integration.auth import bearer
from tests.integration.crm_sales import cancelled, envelope, placed, publish_sales, returned
from tests.integration.harness import BIN, Stack, stop

CRM = bearer("wang.fang", ["crm"])


async def test_history_counts_orders_and_returns_but_not_cancelled_orders(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    customer, other = uuid4(), uuid4()
    now = datetime.now(UTC).replace(microsecond=0)
    first = placed(customer, [("TEA", "2", "200"), ("CUP", "1", "50")])
    second = placed(customer, [("TEA", "1", "100")])
    dropped = placed(customer, [("SCARF", "1", "1000")])
    elsewhere = placed(other, [("TEA", "9", "900")])
    envelopes = [
        envelope(first, at=now - timedelta(days=10)),
        envelope(dropped, at=now - timedelta(days=8)),
        envelope(cancelled(dropped), at=now - timedelta(days=7), version=2),
        envelope(second, at=now - timedelta(days=5)),
        envelope(elsewhere, at=now - timedelta(days=1)),
        envelope(returned(first, "CUP", "1", "50"), at=now - timedelta(days=3)),
    ]
    # The same event twice (a relay retry) and the same order in a second event: once.
    envelopes += [envelopes[3], envelope(second, at=now - timedelta(days=4))]
    await publish_sales(stack.namespace, *envelopes)

    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        url = f"{crm}/customers/{customer}/purchase-history"

        async def history(**params: Any) -> dict[str, Any]:
            response = await client.get(url, params=params)
            assert response.status_code == 200, response.text
            body: dict[str, Any] = response.json()
            return body

        for sent in envelopes:
            await history(wait_for_event=str(sent.event_id), wait_seconds=20)
        shown = await history()
        assert shown["currency"] == "CNY"
        assert (shown["orders"], shown["cancelled_orders"], shown["returns"]) == (2, 1, 1)
        assert Decimal(shown["order_value"]) == 350
        assert Decimal(shown["returned_value"]) == 50
        assert Decimal(shown["lifetime_value"]) == 300
        assert Decimal(shown["average_order_value"]) == 175
        assert datetime.fromisoformat(shown["last_purchase"]) == now - timedelta(days=5)
        assert datetime.fromisoformat(shown["first_purchase"]) == now - timedelta(days=10)
        preferred = [
            (p["sku"], p["orders"], Decimal(p["quantity"])) for p in shown["preferred_products"]
        ]
        assert preferred == [("TEA", 2, 3), ("CUP", 1, 1)]

        orders = await client.get(f"{url}/orders", params={"limit": 2})
        assert orders.status_code == 200, orders.text
        page = orders.json()
        assert [o["order_id"] for o in page["items"]] == [
            str(second.order_id),
            str(dropped.order_id),
        ]
        assert [o["status"] for o in page["items"]] == ["placed", "cancelled"]
        rest = (await client.get(f"{url}/orders", params={"after": page["next"]})).json()
        assert [o["order_id"] for o in rest["items"]] == [str(first.order_id)]
        assert Decimal(rest["items"][0]["returned_value"]) == 50
        assert rest["next"] is None
        gone = (await client.get(f"{url}/orders", params={"status": "cancelled"})).json()
        assert [o["order_id"] for o in gone["items"]] == [str(dropped.order_id)]
        kept = (await client.get(f"{url}/orders", params={"status": "placed"})).json()
        assert [o["order_id"] for o in kept["items"]] == [str(second.order_id), str(first.order_id)]

        unknown = (await client.get(f"{crm}/customers/{uuid4()}/purchase-history")).json()
        assert (unknown["orders"], unknown["currency"], unknown["average_order_value"]) == (
            0,
            None,
            None,
        )
        bad = await client.get(f"{url}/orders", params={"after": "yesterday"})
        assert bad.status_code == 422, bad.text
        assert bad.json()["fields"] == ["after"]
        assert (await client.get(url, headers={"Authorization": ""})).status_code == 401


async def test_the_history_is_rebuilt_from_the_topic_as_it_was(stack: Stack) -> None:
    process, crm = stack.serve("crm")
    customer = uuid4()
    first = placed(customer, [("TEA", "2", "200")])
    second = placed(customer, [("CUP", "1", "50")])
    sent = [envelope(first), envelope(second), envelope(cancelled(second), version=2)]
    await publish_sales(stack.namespace, *sent)
    url = f"/customers/{customer}/purchase-history"

    async def figures(base: str) -> tuple[Any, ...]:
        async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
            for event in sent:
                params = {"wait_for_event": str(event.event_id), "wait_seconds": 20}
                assert (await client.get(base + url, params=params)).status_code == 200
            shown = (await client.get(base + url)).json()
        return (shown["orders"], shown["cancelled_orders"], Decimal(shown["lifetime_value"]))

    before = await figures(crm)
    assert before == (1, 1, 200)
    stop(process)
    rebuilt = await asyncio.to_thread(
        subprocess.run,
        [str(BIN / "jxc-crm"), "rebuild", "purchase-history"],
        env=stack.env("crm"),
        capture_output=True,
        timeout=60,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    _, crm = stack.serve("crm")
    assert await figures(crm) == before
