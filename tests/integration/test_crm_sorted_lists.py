"""Crm's lists sorted on the server (sort, order, after: jxc.platform.paging) on the real
PostgreSQL, their filters and old paging kept: customers, follow-ups, feedback, campaigns and
loyalty members. Every sort in both orders, small pages, each row exactly once; bad cursors and
unknown sorts are 422s."""

from __future__ import annotations

from typing import Any

import httpx

from tests.integration.auth import bearer
from tests.integration.crm_sales import delivered, envelope, placed, publish_sales
from tests.integration.harness import Stack
from tests.integration.sorted_bodies import check_refusals, check_sorts, walk

CRM = bearer("wang.fang", ["crm"])
CREDIT = bearer("zhou.xin", ["credit_controller"])


def field(name: str) -> Any:
    return lambda row: row[name]


async def test_the_crm_lists_page_in_the_order_asked(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        ids = []
        for code, name, group, owner, limit in (
            ("HX-3", "Zhou Tea House", "retail", "li.na", "5000"),
            ("HX-1", "Anhui Leaves", "wholesale", None, "20000"),
            ("HX-5", "Beijing Brew", "retail", "zhao.lei", "100"),
            ("HX-2", "Chengdu Cups", "retail", "li.na", "5000"),
            ("HX-4", "Dalian Drinks", "wholesale", "zhao.lei", "900"),
        ):
            body = {"code": code, "name": name, "customer_group": group, "currency": "CNY"}
            if owner:
                body["sales_owner"] = owner
            answer = await client.post(f"{crm}/customers", json=body)
            assert answer.status_code == 201, answer.text
            ids.append(answer.json()["id"])
            changed = await client.post(
                f"{crm}/customers/{ids[-1]}/credit-limit",
                json={"amount": limit, "currency": "CNY", "reason": "opening terms"},
                headers=CREDIT,
            )
            assert changed.status_code == 200, changed.text

        customers = f"{crm}/customers"
        await check_sorts(
            client,
            customers,
            {
                "code": field("code"),
                "name": field("name"),
                "customer_group": field("customer_group"),
                "sales_owner": field("sales_owner"),
                "credit_limit": lambda r: r["credit_limit"]["amount"],
                "updated_at": None,
            },
            field("customer_id"),
        )
        retail = await walk(client, customers, {"group": "retail", "sort": "name"}, 1)
        assert [r["code"] for r in retail] == ["HX-5", "HX-2", "HX-3"]
        by_limit = await walk(client, customers, {"sort": "credit_limit", "order": "desc"}, 2)
        assert [r["code"] for r in by_limit][:1] == ["HX-1"]
        old = await walk(client, customers, {}, 2)  # the old paging, by code
        assert [r["code"] for r in old] == ["HX-1", "HX-2", "HX-3", "HX-4", "HX-5"]
        await check_refusals(client, customers, "name", "code")

        # follow-ups
        for i, (owner, due) in enumerate(
            [
                ("li.na", "2026-12-09"),
                ("zhao.lei", "2026-12-01"),
                ("li.na", "2026-12-05"),
                ("chen.jie", "2026-12-07"),
                ("zhao.lei", "2026-12-03"),
            ]
        ):
            body = {
                "customer_id": ids[i],
                "kind": "call" if i % 2 else "visit",
                "subject": f"about order {i}",
                "owner": owner,
                "due_on": due,
            }
            answer = await client.post(f"{crm}/follow-ups", json=body)
            assert answer.status_code == 201, answer.text
            if i == 2:
                done = answer.json()["id"]
        completed = await client.post(f"{crm}/follow-ups/{done}/complete", json={"outcome": "ok"})
        assert completed.status_code == 200, completed.text
        follow_ups = f"{crm}/follow-ups"
        await check_sorts(
            client,
            follow_ups,
            {n: field(n) for n in ("due_on", "owner", "status", "kind", "subject", "completed_on")},
            field("follow_up_id"),
        )
        open_ones = await walk(client, follow_ups, {"status": "open", "sort": "owner"}, 1)
        assert [r["owner"] for r in open_ones] == ["chen.jie", "li.na", "zhao.lei", "zhao.lei"]
        await check_refusals(client, follow_ups, "owner", "due_on")

        # feedback
        for i, (kind, subject) in enumerate(
            [
                ("complaint", "crushed"),
                ("suggestion", "smaller boxes"),
                ("complaint", "late"),
                ("complaint", "wrong invoice"),
                ("suggestion", "green tea"),
            ]
        ):
            body = {"customer_id": ids[i], "kind": kind, "subject": subject}
            answer = await client.post(f"{crm}/feedback", json=body)
            assert answer.status_code == 201, answer.text
            if i == 0:
                first = answer.json()["id"]
        started = await client.post(f"{crm}/feedback/{first}/start", json={"assignee": "li.na"})
        assert started.status_code == 200, started.text
        feedback = f"{crm}/feedback"
        await check_sorts(
            client,
            feedback,
            {
                "opened_at": field("opened_at"),
                "kind": field("kind"),
                "status": field("status"),
                "customer": None,
                "subject": field("subject"),
                "assignee": field("assignee"),
                "resolved_at": field("resolved_at"),
            },
            field("feedback_id"),
        )
        complaints = await walk(client, feedback, {"kind": "complaint", "sort": "status"}, 1)
        assert [r["status"] for r in complaints] == ["in_progress", "opened", "opened"]
        await check_refusals(client, feedback, "subject", "kind")

        # campaigns
        for code, starts, ends in (
            ("SPRING", "2027-03-01", "2027-05-31"),
            ("WINTER", "2026-12-01", "2027-02-28"),
            ("AUTUMN", "2026-09-01", "2026-11-30"),
            ("SUMMER", "2027-06-01", "2027-08-31"),
            ("NEWYEAR", "2026-12-25", "2027-01-05"),
        ):
            body = {
                "code": code,
                "name": f"{code.title()} tea",
                "target": "tag",
                "target_value": "vip",
                "percent_off": "0.10",
                "min_order_value": {"amount": "100", "currency": "CNY"},
                "valid_from": starts,
                "valid_until": ends,
            }
            answer = await client.post(f"{crm}/campaigns", json=body)
            assert answer.status_code == 201, answer.text
        campaigns = f"{crm}/campaigns"
        await check_sorts(
            client,
            campaigns,
            {
                "code": field("code"),
                "name": field("name"),
                "target": field("target"),
                "starts": field("valid_from"),
                "ends": field("valid_until"),
                "coupons": field("coupons"),
            },
            field("campaign_id"),
        )
        running = await walk(
            client, campaigns, {"active_on": "2027-01-01", "sort": "ends", "order": "desc"}, 1
        )
        assert [r["code"] for r in running] == ["WINTER", "NEWYEAR"]
        await check_refusals(client, campaigns, "starts", "code")

        # loyalty members: points from deliveries
        last = None
        for i, value in enumerate(("1200", "300", "8000", "50", "2500")):
            order = placed(ids[i], [("TEA", "1", value)])  # type: ignore[arg-type]
            last = envelope(delivered(order, value), version=2)
            await publish_sales(stack.namespace, envelope(order), last)
        assert last is not None
        caught = await client.get(
            f"{crm}/customers/{ids[-1]}/loyalty",
            params={"wait_for_event": str(last.event_id), "wait_seconds": 20},
        )
        assert caught.status_code == 200, caught.text
        members = f"{crm}/loyalty/members"
        everyone = await walk(client, members, {}, 100)
        assert len(everyone) == 5, everyone
        await check_sorts(
            client,
            members,
            {n: field(n) for n in ("balance", "tier", "tier_points", "redeemed", "owed")},
            field("customer_id"),
        )
        by_points = await walk(client, members, {"sort": "balance", "order": "desc"}, 2)
        assert [r["balance"] for r in by_points] == [8000, 2500, 1200, 300, 50]
        old_members = await walk(client, members, {}, 2)
        assert [r["customer_id"] for r in old_members] == sorted(ids)
        await check_refusals(client, members, "balance", "tier")
