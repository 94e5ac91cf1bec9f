"""Issue 8, item 8: sales plans (销售计划). Targets per period for a salesperson, a team, a
product category and a warehouse, set by sales over HTTP; sales against target and sales by
period, product, customer and warehouse, projected exactly once from the orders sales
publishes (and the item categories inventory publishes), cancelled orders left out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.contracts.inventory import ItemRegistered
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish
from tests.integration.selling import cancelled, order, placed

MEI = bearer("mei", ["sales"])
NOV = date(2026, 11, 1)


async def test_sales_against_targets_by_salesperson_team_category_and_warehouse(
    stack: Stack,
) -> None:
    _, sales = stack.serve("sales")
    tea, cup = f"TEA-{uuid4().hex[:6]}", f"CUP-{uuid4().hex[:6]}"
    ann, ben = uuid4(), uuid4()
    items = [
        envelope_of(ItemRegistered(sku=tea, name="Tea", unit="box", category="tea"), tea),
        envelope_of(ItemRegistered(sku=cup, name="Cup", unit="box", category="ware"), cup),
    ]
    await publish(topic_of("inventory", stack.namespace), items)
    o1 = placed(ann, [(tea, "WH-SH", "10", "1000"), (cup, "WH-BJ", "5", "250")])
    o2 = placed(ben, [(tea, "WH-SH", "4", "400")])
    o3 = placed(ann, [(cup, "WH-SH", "2", "100")])
    o4 = placed(ben, [(tea, "WH-SH", "100", "10000")])  # cancelled: not a sale
    o5 = placed(ann, [(tea, "WH-SH", "1", "100")])  # October
    o6 = placed(ann, [(tea, "WH-SH", "1", "70")], currency="USD")  # not in CNY
    envelopes = [
        order(o1, date(2026, 11, 3), "alice"),
        order(o2, date(2026, 11, 20), "bob"),
        order(o3, date(2026, 11, 25), "carol"),
        order(o4, date(2026, 11, 26), "alice"),
        order(o5, date(2026, 10, 30), "alice"),
        order(o6, date(2026, 11, 4), "alice"),
        cancelled(o4, date(2026, 11, 27), "alice"),
    ]
    await publish(topic_of("sales", stack.namespace), envelopes)

    async with httpx.AsyncClient(headers=MEI, timeout=30) as client:

        async def set_target(**body: Any) -> dict[str, Any]:
            response = await client.post(f"{sales}/sales-targets", json=body)
            assert response.status_code == 200, response.text
            return dict(response.json())

        alice = await set_target(
            dimension="salesperson",
            subject="alice",
            period="2026-11",
            amount="5000",
            currency="CNY",
        )
        team = await set_target(
            dimension="team",
            subject="EAST",
            period="2026-Q4",
            amount="2000",
            currency="CNY",
            members=["alice", "bob"],
        )
        await set_target(
            dimension="category", subject="tea", period="2026-11", amount="1000", currency="CNY"
        )
        await set_target(
            dimension="warehouse",
            subject="WH-SH",
            period="2026-11",
            amount="3000",
            currency="CNY",
            quantity="20",
        )

        # Orders spread over partitions, items on another topic: wait until each is applied.
        for envelope in items + envelopes:
            waited = await client.get(
                f"{sales}/sales-targets", params={"wait_for_event": str(envelope.event_id)}
            )
            assert waited.status_code == 200, waited.text
        response = await client.get(f"{sales}/sales-targets", params={"limit": 10})
        assert response.status_code == 200, response.text
        targets = {(t["dimension"], t["subject"]): t for t in response.json()["items"]}
        got = {
            key: (
                Decimal(t["actual"]["amount"]),
                Decimal(t["attainment_percent"]),
                t["actual"]["orders"],
            )
            for key, t in targets.items()
        }
        assert got == {
            ("salesperson", "alice"): (Decimal(1250), Decimal("25.00"), 1),  # o1
            ("team", "EAST"): (Decimal(1750), Decimal("87.50"), 3),  # o1, o2, o5 in Q4
            ("category", "tea"): (Decimal(1400), Decimal("140.00"), 2),  # o1 and o2's tea
            ("warehouse", "WH-SH"): (Decimal(1500), Decimal("50.00"), 3),  # o1, o2, o3
        }
        assert targets[("warehouse", "WH-SH")]["actual"]["quantity"] == "16"
        assert targets[("team", "EAST")]["period_start"] == "2026-10-01"
        assert targets[("team", "EAST")]["members"] == ["alice", "bob"]
        assert Decimal(targets[("salesperson", "alice")]["remaining"]["amount"]) == 3750

        # keyset pages, in (period, dimension, subject) order
        first = (await client.get(f"{sales}/sales-targets", params={"limit": 3})).json()
        assert [t["period"] for t in first["items"]] == ["2026-11"] * 3
        rest = (
            await client.get(f"{sales}/sales-targets", params={"limit": 3, "after": first["next"]})
        ).json()
        assert ([t["subject"] for t in rest["items"]], rest["next"]) == (["EAST"], None)
        only = await client.get(f"{sales}/sales-targets", params={"dimension": "team"})
        assert [t["target_id"] for t in only.json()["items"]] == [team["id"]]

        # revised: a new version; set again unchanged: nothing recorded
        revised = await set_target(
            dimension="salesperson",
            subject="alice",
            period="2026-11",
            amount="2500",
            currency="CNY",
        )
        assert (revised["id"], revised["version"]) == (alice["id"], 2)
        again = await set_target(
            dimension="salesperson",
            subject="alice",
            period="2026-11",
            amount="2500",
            currency="CNY",
        )
        assert (again["version"], again["event_ids"]) == (2, [])
        one = (await client.get(f"{sales}/sales-targets/{alice['id']}")).json()
        assert (one["target"]["amount"], one["attainment_percent"], one["set_by"]) == (
            "2500",
            "50.00",
            "mei",
        )

        # what the team sold in its quarter, by month and by customer
        by_month = (
            await client.get(f"{sales}/sales-targets/{team['id']}", params={"by": "month"})
        ).json()["breakdown"]
        assert [(g["key"], Decimal(g["amount"])) for g in by_month["items"]] == [
            ("2026-10", 100),
            ("2026-11", 1650),
        ]
        by_customer = (
            await client.get(f"{sales}/sales-targets/{team['id']}", params={"by": "customer"})
        ).json()["breakdown"]["items"]
        assert {g["key"]: Decimal(g["amount"]) for g in by_customer} == {
            str(ann): 1350,
            str(ben): 400,
        }

        async def summary(**params: Any) -> dict[str, Any]:
            response = await client.get(
                f"{sales}/sales-summary", params={"currency": "CNY", **params}
            )
            assert response.status_code == 200, response.text
            return dict(response.json())

        def amounts(page: dict[str, Any]) -> dict[str, Decimal]:
            return {row["key"]: Decimal(row["amount"]) for row in page["items"]}

        assert amounts(await summary(by="month")) == {"2026-10": 100, "2026-11": 1750}
        assert amounts(await summary(by="customer", since="2026-11-01")) == {
            str(ann): 1350,
            str(ben): 400,
        }
        assert amounts(await summary(by="warehouse", until="2026-11-30")) == {
            "WH-BJ": 250,
            "WH-SH": 1600,
        }
        assert amounts(await summary(by="category")) == {"tea": 1500, "ware": 350}
        assert amounts(await summary(by="salesperson", warehouse="WH-SH")) == {
            "alice": 1100,
            "bob": 400,
            "carol": 100,
        }
        assert amounts(await summary(by="sku", customer_id=str(ben))) == {tea: 400}
        assert amounts(await summary(by="sku", currency="USD")) == {tea: 70}
        page = await summary(by="sku", limit=1)
        assert (amounts(page), page["next"]) == ({cup: 350}, cup)
        assert amounts(await summary(by="sku", after=cup)) == {tea: 1500}

        wrong = await client.get(
            f"{sales}/sales-summary", params={"by": "colour", "currency": "CNY"}
        )
        assert wrong.status_code == 422
        backwards = await summary_status(client, sales, since="2026-12-01", until="2026-11-01")
        assert backwards == 422
        bad = await client.post(
            f"{sales}/sales-targets",
            json={
                "dimension": "team",
                "subject": "W",
                "period": "2026-13",
                "amount": "1",
                "currency": "CNY",
                "members": ["x"],
            },
        )
        assert (bad.status_code, bad.json()["fields"]) == (422, ["period"])
        stranger = await client.post(
            f"{sales}/sales-targets",
            json={
                "dimension": "warehouse",
                "subject": "W",
                "period": "2026",
                "amount": "1",
                "currency": "CNY",
            },
            headers=bearer("pat", ["purchaser"]),
        )
        assert stranger.status_code == 403


async def summary_status(client: httpx.AsyncClient, sales: str, **params: str) -> int:
    response = await client.get(
        f"{sales}/sales-summary", params={"by": "sku", "currency": "CNY", **params}
    )
    return response.status_code
