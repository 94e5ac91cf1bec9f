"""Issue 8, item 9: crm's customers over HTTP on real PostgreSQL and Kafka: registered,
updated and given a credit limit, each published on jxc.crm.events with who did it; the list
with its filters and keyset paging; a code held once, even under concurrency; the roles."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

import httpx

from jxc.events.cloudevents import from_kafka
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import read_all

CRM = bearer("wang.fang", ["crm"])
CREDIT = bearer("zhou.li", ["credit_controller"])
SHOP = {
    "label": "shop",
    "street": "88 Nanjing Road",
    "city": "Shanghai",
    "country": "CN",
    "latitude": "31.2354",
    "longitude": "121.4737",
}


def customer(code: str, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "code": code,
        "name": f"Customer {code}",
        "customer_group": "retail",
        "currency": "CNY",
    }
    body.update(changes)
    return body


async def test_a_customer_is_registered_updated_and_given_a_credit_limit(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    async with httpx.AsyncClient(timeout=30) as client:
        registered = await client.post(
            f"{crm}/customers",
            json=customer(
                "HX-001",
                name="Hongxing Trading",
                tags=["vip"],
                sales_owner="wang.fang",
                contacts=[{"name": "Chen Jing", "email": "chen@hx.example"}],
                addresses=[SHOP],
            ),
            headers=CRM,
        )
        assert registered.status_code == 201, registered.text
        customer_id = registered.json()["id"]
        url = f"{crm}/customers/{customer_id}"

        moved = {**SHOP, "latitude": "31.2304", "longitude": "121.4737001"}
        updated = await client.post(
            f"{url}/update",
            json={"customer_group": "wholesale", "addresses": [moved]},
            headers=CRM,
        )
        assert updated.status_code == 200, updated.text
        assert updated.json()["version"] == 2

        limit = {"amount": "80000.50", "currency": "CNY", "reason": "annual review"}
        not_crm = await client.post(f"{url}/credit-limit", json=limit, headers=CRM)
        assert not_crm.status_code == 403, not_crm.text
        changed = await client.post(f"{url}/credit-limit", json=limit, headers=CREDIT)
        assert changed.status_code == 200, changed.text
        in_usd = await client.post(
            f"{url}/credit-limit", json={**limit, "currency": "USD"}, headers=CREDIT
        )
        assert in_usd.status_code == 422, in_usd.text
        assert in_usd.json()["fields"] == ["currency"]

        shown = (await client.get(url, headers=CREDIT)).json()
        assert (shown["version"], shown["customer_group"], shown["tags"]) == (
            3,
            "wholesale",
            ["vip"],
        )
        assert shown["credit_limit"] == {"amount": "80000.50", "currency": "CNY"}
        assert [Decimal(shown["addresses"][0][k]) for k in ("latitude", "longitude")] == [
            Decimal("31.2304"),
            Decimal("121.4737001"),
        ]
        assert shown["contacts"][0]["email"] == "chen@hx.example"

    async def published() -> Any:
        records = await read_all(topic_of("crm", stack.namespace), expect=3, timeout=5)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        return found if len(found) >= 3 else None

    envelopes = await eventually(published)
    assert [(e.event_type, e.actor) for e in envelopes] == [
        ("crm.CustomerRegistered", "wang.fang"),
        ("crm.CustomerUpdated", "wang.fang"),
        ("crm.CreditLimitChanged", "zhou.li"),
    ]
    assert {e.stream_id for e in envelopes} == {f"customer-{customer_id}"}
    registration, _, credit = (json.loads(e.payload) for e in envelopes)
    assert registration["code"] == "HX-001"
    assert credit["credit_limit"] == {"amount": "80000.50", "currency": "CNY"}
    assert credit["previous_limit"] == {"amount": "0", "currency": "CNY"}
    assert credit["changed_by"] == "zhou.li"


async def test_the_list_filters_and_pages_by_code(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        bodies = [
            customer("C-05", name="Dragon 100% Tea", tags=["vip", "east"], sales_owner="li"),
            customer("C-01", name="Acme Foods", sales_owner="li"),
            customer("C-03", name="Blue Sky", customer_group="wholesale", tags=["vip"]),
            customer("C-02", name="Dragon_Gate", tags=["east"]),
            customer("C-04", name="Everbright", customer_group="wholesale", sales_owner="li"),
        ]
        for body in bodies:
            response = await client.post(f"{crm}/customers", json=body)
            assert response.status_code == 201, response.text

        async def codes(**params: Any) -> tuple[list[str], str | None]:
            response = await client.get(f"{crm}/customers", params=params)
            assert response.status_code == 200, response.text
            page = response.json()
            return [c["code"] for c in page["items"]], page["next"]

        assert await codes(limit=2) == (["C-01", "C-02"], "C-02")
        assert await codes(limit=2, after="C-02") == (["C-03", "C-04"], "C-04")
        assert await codes(limit=2, after="C-04") == (["C-05"], None)
        assert await codes(group="wholesale") == (["C-03", "C-04"], None)
        assert await codes(tag="vip") == (["C-03", "C-05"], None)
        assert await codes(owner="li", tag="east") == (["C-05"], None)
        assert await codes(q="dragon") == (["C-02", "C-05"], None)
        assert await codes(q="c-0") == (["C-01", "C-02", "C-03", "C-04", "C-05"], None)
        assert await codes(q="100%") == (["C-05"], None)  # % is a character, not a wildcard
        assert await codes(q="dr_gon") == ([], None)  # _ too
        assert await codes(q="N_G") == (["C-02"], None)
        assert await codes(group="wholesale", limit=1, after="C-03") == (["C-04"], None)
        refused = await client.get(f"{crm}/customers", params={"limit": 0})
        assert refused.status_code == 422


async def test_a_customer_code_is_registered_once_even_under_concurrency(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:

        async def register(code: str) -> httpx.Response:
            return await client.post(f"{crm}/customers", json=customer(code))

        first = await register("HX-001")
        assert first.status_code == 201, first.text
        second = await register(" HX-001 ")
        assert second.status_code == 409, second.text
        assert second.json()["fields"] == ["code"]
        assert "HX-001" in second.json()["detail"]
        assert first.json()["id"] in second.json()["detail"]

        racing = await asyncio.gather(*(register("GLOBEX") for _ in range(8)))
        assert sorted(r.status_code for r in racing) == [201] + [409] * 7, [r.text for r in racing]
        listed = (await client.get(f"{crm}/customers", params={"q": "GLOBEX"})).json()
        assert len(listed["items"]) == 1


async def test_only_crm_registers_and_updates_customers(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    async with httpx.AsyncClient(timeout=30) as client:
        sales = bearer("zhao.lei", ["sales"])
        refused = await client.post(f"{crm}/customers", json=customer("X-1"), headers=sales)
        assert refused.status_code == 403, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        by_credit = await client.post(f"{crm}/customers", json=customer("X-1"), headers=CREDIT)
        assert by_credit.status_code == 403, by_credit.text
        created = await client.post(f"{crm}/customers", json=customer("X-1"), headers=CRM)
        assert created.status_code == 201, created.text
        url = f"{crm}/customers/{created.json()['id']}"
        update = await client.post(f"{url}/update", json={"name": "X"}, headers=sales)
        assert update.status_code == 403, update.text
        unknown = await client.get(
            f"{crm}/customers/{created.json()['id'][:-4]}0000", headers=sales
        )
        assert unknown.status_code == 404, unknown.text
        assert (await client.get(url)).status_code == 401
        # a customer's profile is personal data: the people who serve customers read it,
        # a warehouse keeper or an accountant does not
        for reader in (CRM, sales, CREDIT):
            assert (await client.get(url, headers=reader)).status_code == 200
        for other in (bearer("zhao.cang", ["warehouse"]), bearer("qian.kuaiji", ["accountant"])):
            for path in (url, f"{crm}/customers", f"{url}/purchase-history", f"{crm}/campaigns"):
                refused = await client.get(path, headers=other)
                assert refused.status_code == 403, (path, refused.text)
