"""Issue 8, item 14 on real PostgreSQL and Kafka: complaints and suggestions opened (about an
order or a shipment), worked on and resolved; the list by customer and status with the time
each took; a customer's open complaints and times to resolve."""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

import httpx

from tests.integration.auth import bearer
from tests.integration.crm_sales import registered_customer
from tests.integration.harness import Stack

CRM = bearer("wang.fang", ["crm"])


async def test_complaints_are_opened_worked_on_and_resolved(stack: Stack) -> None:
    _, crm = stack.serve("crm")
    order, shipment = str(uuid4()), str(uuid4())
    async with httpx.AsyncClient(headers=CRM, timeout=30) as client:
        customer = await registered_customer(client, crm, "HX-001")
        other = await registered_customer(client, crm, "HX-002")

        async def open_(who: str, kind: str, subject: str, **links: str) -> str:
            body = {"customer_id": who, "kind": kind, "subject": subject, **links}
            response = await client.post(f"{crm}/feedback", json=body)
            assert response.status_code == 201, response.text
            return str(response.json()["id"])

        crushed = await open_(customer, "complaint", "tea arrived crushed", order_id=order)
        late = await open_(customer, "complaint", "delivery late", shipment_id=shipment)
        idea = await open_(customer, "suggestion", "sell smaller boxes")
        await open_(other, "complaint", "wrong invoice")

        started = await client.post(f"{crm}/feedback/{crushed}/start", json={"assignee": "li.na"})
        assert started.status_code == 200, started.text
        twice = await client.post(f"{crm}/feedback/{crushed}/start", json={})
        assert twice.status_code == 409, twice.text
        resolved = await client.post(
            f"{crm}/feedback/{crushed}/resolve", json={"resolution": "replaced 2 boxes"}
        )
        assert resolved.status_code == 200, resolved.text
        noted = await client.post(f"{crm}/feedback/{idea}/resolve", json={"resolution": "noted"})
        assert noted.status_code == 200, noted.text
        await client.post(f"{crm}/feedback/{late}/start", json={})

        shown = (await client.get(f"{crm}/feedback/{crushed}")).json()
        assert (shown["status"], shown["order_id"], shown["assignee"]) == (
            "resolved",
            order,
            "li.na",
        )
        assert (await client.get(f"{crm}/feedback/{late}")).json()["assignee"] == "wang.fang"

        summary = (await client.get(f"{crm}/customers/{customer}/feedback-summary")).json()
        assert summary["open_complaints"] == 1
        assert (summary["complaints"]["in_progress"], summary["complaints"]["resolved"]) == (1, 1)
        assert Decimal(summary["complaints"]["average_hours_to_resolve"]) >= 0
        assert (summary["suggestions"]["open"], summary["suggestions"]["resolved"]) == (0, 1)

        listed = await client.get(
            f"{crm}/feedback", params={"customer_id": customer, "kind": "complaint", "limit": 1}
        )
        page = listed.json()
        assert [f["feedback_id"] for f in page["items"]] == [crushed]
        assert page["items"][0]["seconds_to_resolve"] is not None
        rest = await client.get(
            f"{crm}/feedback",
            params={"customer_id": customer, "kind": "complaint", "after": page["next"]},
        )
        assert [f["feedback_id"] for f in rest.json()["items"]] == [late]
        assert rest.json()["items"][0]["shipment_id"] == shipment
        open_ones = await client.get(f"{crm}/feedback", params={"status": "in_progress"})
        assert [f["feedback_id"] for f in open_ones.json()["items"]] == [late]

        refused = await client.post(
            f"{crm}/feedback",
            json={"customer_id": customer, "kind": "complaint", "subject": "x"},
            headers=bearer("li", ["warehouse"]),
        )
        assert refused.status_code == 403, refused.text
        bad = await client.post(
            f"{crm}/feedback", json={"customer_id": customer, "kind": "praise", "subject": "x"}
        )
        assert bad.status_code == 422, bad.text
        stranger = {"customer_id": str(uuid4()), "kind": "complaint", "subject": "x"}
        not_ours = await client.post(f"{crm}/feedback", json=stranger)
        assert not_ours.status_code == 404, not_ours.text
        unknown = await client.post(f"{crm}/feedback/{uuid4()}/resolve", json={"resolution": "x"})
        assert unknown.status_code == 404, unknown.text
