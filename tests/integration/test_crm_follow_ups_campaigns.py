"""Issue 8, item 13 on real Kafka and PostgreSQL: follow-ups (call, visit) with due dates and
owners, and an owner's due and overdue ones; a campaign aimed at a tag issues each customer
of it one coupon (crm.CouponIssued), and its conversion (coupons redeemed, revenue) comes
from sales.OrderPlaced's coupon code and total."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.cloudevents import from_kafka
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.crm_sales import (
    cancelled,
    envelope,
    placed,
    publish_sales,
    registered_customer,
)
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import read_all

CRM = bearer("wang.fang", ["crm"])


async def test_follow_ups_due_and_overdue_per_owner(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        customer = await registered_customer(client, crm, "HX-001")

        async def schedule(owner: str, due_on: str, kind: str = "call") -> str:
            body = {
                "customer_id": customer,
                "kind": kind,
                "subject": f"{kind} about the winter order",
                "owner": owner,
                "due_on": due_on,
            }
            response = await client.post(f"{crm}/follow-ups", json=body)
            assert response.status_code == 201, response.text
            return str(response.json()["id"])

        late = await schedule("li.na", "2026-12-01")
        today = await schedule("li.na", "2026-12-03", "visit")
        later = await schedule("li.na", "2026-12-05")
        await schedule("zhao.lei", "2026-12-01")
        done = await schedule("li.na", "2026-12-02")
        completed = await client.post(
            f"{crm}/follow-ups/{done}/complete", json={"outcome": "ordered 20 boxes"}
        )
        assert completed.status_code == 200, completed.text
        again = await client.post(f"{crm}/follow-ups/{done}/complete", json={"outcome": "x"})
        assert again.status_code == 409, again.text

        due = (await client.get(f"{crm}/follow-ups/due/li.na", params={"on": "2026-12-03"})).json()
        assert [f["follow_up_id"] for f in due["overdue"]] == [late]
        assert [f["follow_up_id"] for f in due["due"]] == [today]
        assert due["due"][0]["kind"] == "visit"

        moved = await client.post(
            f"{crm}/follow-ups/{late}/reschedule",
            json={"due_on": "2026-12-04", "reason": "customer away", "owner": "zhao.lei"},
        )
        assert moved.status_code == 200, moved.text
        due = (await client.get(f"{crm}/follow-ups/due/li.na", params={"on": "2026-12-03"})).json()
        assert (due["overdue"], [f["follow_up_id"] for f in due["due"]]) == ([], [today])

        page = (await client.get(f"{crm}/follow-ups", params={"owner": "li.na", "limit": 2})).json()
        assert [f["follow_up_id"] for f in page["items"]] == [done, today]
        rest = (
            await client.get(f"{crm}/follow-ups", params={"owner": "li.na", "after": page["next"]})
        ).json()
        assert [f["follow_up_id"] for f in rest["items"]] == [later]
        shown = (await client.get(f"{crm}/follow-ups/{done}")).json()
        assert (shown["status"], shown["outcome"]) == ("done", "ordered 20 boxes")
        open_ones = await client.get(
            f"{crm}/follow-ups", params={"customer_id": customer, "status": "open"}
        )
        assert len(open_ones.json()["items"]) == 4

        refused = await client.post(
            f"{crm}/follow-ups/{today}/cancel",
            json={"reason": "x"},
            headers=bearer("zhao.lei", ["sales"]),
        )
        assert refused.status_code == 403, refused.text
        bad = await client.post(
            f"{crm}/follow-ups",
            json={
                "customer_id": customer,
                "kind": "email",
                "subject": "x",
                "owner": "li",
                "due_on": "2026-12-01",
            },
        )
        assert bad.status_code == 422, bad.text
        stranger = {
            "customer_id": str(uuid4()),
            "kind": "call",
            "subject": "x",
            "owner": "li",
            "due_on": "2026-12-01",
        }
        unknown = await client.post(f"{crm}/follow-ups", json=stranger)
        assert unknown.status_code == 404, unknown.text
        assert unknown.json()["fields"] == ["customer_id"]


async def test_a_campaign_issues_coupons_to_a_tag_and_counts_its_conversion(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        ids = []
        for code, tags in (("C-1", ["vip"]), ("C-2", ["vip", "east"]), ("C-3", ["east"])):
            body = {
                "code": code,
                "name": f"Customer {code}",
                "customer_group": "retail",
                "currency": "CNY",
                "tags": tags,
            }
            response = await client.post(f"{crm}/customers", json=body)
            assert response.status_code == 201, response.text
            ids.append(response.json()["id"])
        vip_a, vip_b, _ = ids

        campaign_body = {
            "code": "WINTER",
            "name": "Winter tea for VIPs",
            "target": "tag",
            "target_value": "vip",
            "percent_off": "0.10",
            "min_order_value": {"amount": "100", "currency": "CNY"},
            "valid_from": "2026-12-01",
            "valid_until": "2099-12-31",
        }
        created = await client.post(f"{crm}/campaigns", json=campaign_body)
        assert created.status_code == 201, created.text
        campaign = created.json()["id"]
        clash = await client.post(f"{crm}/campaigns", json={**campaign_body, "name": "Other"})
        assert clash.status_code == 409, clash.text
        assert clash.json()["fields"] == ["code"]

        issued = await client.post(f"{crm}/campaigns/{campaign}/issue-coupons")
        assert issued.status_code == 200, issued.text
        assert len(issued.json()["event_ids"]) == 2
        twice = await client.post(f"{crm}/campaigns/{campaign}/issue-coupons")
        assert twice.json()["event_ids"] == []

        nobody = await client.post(
            f"{crm}/campaigns",
            json={**campaign_body, "code": "LOST", "target": "segment", "target_value": "lost"},
        )
        assert nobody.status_code == 201, nobody.text
        empty = await client.post(f"{crm}/campaigns/{nobody.json()['id']}/issue-coupons")
        assert empty.status_code == 409, empty.text
        assert "no customer is in the segment lost" in empty.json()["detail"]

        listed = (await client.get(f"{crm}/campaigns", params={"limit": 1})).json()
        assert [c["code"] for c in listed["items"]] == ["LOST"]
        rest = (await client.get(f"{crm}/campaigns", params={"after": listed["next"]})).json()
        assert [(c["code"], c["coupons"]) for c in rest["items"]] == [("WINTER", 2)]
        by_tag = (await client.get(f"{crm}/campaigns", params={"target": "tag"})).json()
        assert [c["code"] for c in by_tag["items"]] == ["WINTER"]
        ended = await client.get(f"{crm}/campaigns", params={"active_on": "2026-11-30"})
        assert ended.json()["items"] == []

    async def coupons() -> Any:
        records = await read_all(topic_of("crm", stack.namespace), expect=7, timeout=5)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        issued = [json.loads(e.payload) for e in found if e.event_type == "crm.CouponIssued"]
        return issued if len(issued) >= 2 else None

    by_customer = {c["customer_id"]: c for c in await eventually(coupons)}
    assert set(by_customer) == {vip_a, vip_b}
    assert by_customer[vip_a]["percent_off"] == "0.10"

    used = placed(uuid4(), [("TEA", "5", "500")], coupon=by_customer[vip_a]["coupon_code"])
    dropped = placed(uuid4(), [("TEA", "3", "300")], coupon=by_customer[vip_b]["coupon_code"])
    plain = placed(uuid4(), [("TEA", "1", "100")])
    sent = [
        envelope(used),
        envelope(dropped),
        envelope(cancelled(dropped), version=2),
        envelope(plain),
    ]
    await publish_sales(stack.namespace, *sent)
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        for event in sent:
            shown = await client.get(
                f"{crm}/campaigns/{campaign}",
                params={"wait_for_event": str(event.event_id), "wait_seconds": 20},
            )
            assert shown.status_code == 200, shown.text
        conversion = shown.json()["conversion"]
        assert (
            conversion["coupons_issued"],
            conversion["coupons_redeemed"],
            conversion["orders"],
        ) == (2, 1, 1)
        assert Decimal(conversion["rate"]) == Decimal("0.5")
        assert [(Decimal(r["amount"]), r["currency"]) for r in conversion["revenue"]] == [
            (Decimal(500), "CNY")
        ]
