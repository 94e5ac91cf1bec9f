"""Issue 8, item 12: loyalty points on real Kafka and PostgreSQL. A delivery earns points and
a return takes them back (crm's policy on sales' events, exactly once); the balance never goes
below zero (the rest is owed); a redemption (role crm or sales) makes a voucher published as
crm.PointsRedeemed, and is never spent twice, even by concurrent requests."""

from __future__ import annotations

import asyncio
import json
import subprocess
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.cloudevents import from_kafka
from jxc.events.ids import uuid7
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.crm_sales import delivered, envelope, placed, publish_sales, returned
from tests.integration.harness import BIN, Stack, eventually
from tests.integration.publishing import read_all

CRM = bearer("wang.fang", ["crm"])
SALES = bearer("zhao.lei", ["sales"])


async def test_delivery_earns_a_return_reverses_and_redemptions_are_spent_once(
    stack: Stack,
) -> None:
    _, crm = stack.serve("crm")
    customer = uuid4()
    order = placed(customer, [("TEA", "10", "1250.50")])
    delivery = envelope(delivered(order, "1250.50"), version=2)
    await publish_sales(stack.namespace, envelope(order), delivery)

    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        url = f"{crm}/customers/{customer}/loyalty"

        async def account() -> dict[str, Any]:
            response = await client.get(url)
            assert response.status_code == 200, response.text
            body: dict[str, Any] = response.json()
            return body

        async def at(balance: int, owed: int = 0) -> dict[str, Any] | None:
            shown = await account()
            return shown if (shown["balance"], shown["owed"]) == (balance, owed) else None

        waited = await client.get(
            url, params={"wait_for_event": str(delivery.event_id), "wait_seconds": 20}
        )
        assert waited.status_code == 200, waited.text
        assert waited.json()["balance"] == 1250
        earned = await eventually(lambda: at(1250))
        assert (earned["tier"], earned["tier_points"], earned["currency"]) == (
            "silver",
            1250,
            "CNY",
        )

        # The same delivery again (a relay retry): nothing more is earned.
        back = returned(order, "TEA", "2", "300")
        await publish_sales(stack.namespace, delivery, envelope(back))
        reversed_ = await eventually(lambda: at(950))
        assert (reversed_["tier"], reversed_["tier_points"]) == ("member", 950)

        async def redeem(redemption: str, points: int, headers: dict[str, str]) -> httpx.Response:
            body = {"redemption_id": redemption, "points": points}
            return await client.post(f"{url}/redeem", json=body, headers=headers)

        refused = await redeem(str(uuid7()), 100, bearer("li", ["warehouse"]))
        assert refused.status_code == 403, refused.text

        # One redemption asked for six times at once: recorded once.
        once = str(uuid7())
        same = await asyncio.gather(*(redeem(once, 100, SALES) for _ in range(6)))
        assert sorted(r.status_code for r in same) == [200] + [409] * 5, [r.text for r in same]
        voucher = next(r.json()["voucher_code"] for r in same if r.status_code == 200)
        assert (await account())["balance"] == 850

        # A retry with the same Idempotency-Key answers as the first time and spends nothing.
        keyed = {**SALES, "Idempotency-Key": "till-7-receipt-0042"}
        redemption = str(uuid7())
        retried = [await redeem(redemption, 100, keyed) for _ in range(2)]
        assert [r.status_code for r in retried] == [200, 200], [r.text for r in retried]
        assert retried[0].json() == retried[1].json()
        assert (await account())["balance"] == 750

        # Four redemptions of 300 at once on 750 points: two fit, two are refused.
        racing = await asyncio.gather(*(redeem(str(uuid7()), 300, CRM) for _ in range(4)))
        assert sorted(r.status_code for r in racing) == [200, 200, 409, 409], [
            r.text for r in racing
        ]
        refusal = next(r for r in racing if r.status_code == 409)
        assert refusal.headers["content-type"] == "application/problem+json"
        assert "has 150 points" in refusal.json()["detail"]
        assert (await account())["balance"] == 150

        # A return worth more than the balance: the balance goes to zero, the rest is owed.
        await publish_sales(stack.namespace, envelope(returned(order, "TEA", "8", "950.50")))
        owing = await eventually(lambda: at(0, owed=800))
        assert owing["tier_points"] == 0

        ledger = (await client.get(f"{url}/ledger", params={"limit": 3})).json()
        assert [(x["kind"], x["change"], x["balance"]) for x in ledger["items"]] == [
            ("earned", 1250, 1250),
            ("reversed", -300, 950),
            ("redeemed", -100, 850),
        ]
        rest = (await client.get(f"{url}/ledger", params={"after": ledger["next"]})).json()
        assert [(x["kind"], x["change"], x["balance"]) for x in rest["items"]] == [
            ("redeemed", -100, 750),
            ("redeemed", -300, 450),
            ("redeemed", -300, 150),
            ("reversed", -150, 0),
        ]
        members = (await client.get(f"{crm}/loyalty/members", params={"tier": "member"})).json()
        assert [m["customer_id"] for m in members["items"]] == [str(customer)]

    async def published() -> Any:
        records = await read_all(topic_of("crm", stack.namespace), expect=10, timeout=5)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        redeemed = [e for e in found if e.event_type == "crm.PointsRedeemed"]
        return redeemed if len(redeemed) >= 4 else None

    redeemed = [json.loads(e.payload) for e in await eventually(published)]
    assert len(redeemed) == 4
    assert redeemed[0]["voucher_code"] == voucher
    assert redeemed[0]["value"] == {"amount": "1.00", "currency": "CNY"}
    assert redeemed[1]["voucher_code"] == retried[0].json()["voucher_code"]
    assert len({r["voucher_code"] for r in redeemed}) == 4


def test_rebuilding_the_loyalty_policy_is_refused_with_a_clear_message(stack: Stack) -> None:
    """Its ledger is crm's own write side: replaying sales would earn every point twice."""
    stack.migrate("crm")
    done = subprocess.run(
        [str(BIN / "jxc-crm"), "rebuild", "loyalty"],
        env=stack.env("crm"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "cannot be rebuilt" in done.stderr + done.stdout
