"""Issue 12 item 7 on real Kafka and PostgreSQL: the journal filtered by the source event's
type, and one entry with its lines and its source (event id, type, the stream of its document
and the event's payload), for the back office's drill-down from an entry to its document."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal as D
from uuid import uuid4

import httpx

from jxc.events.base import Money
from jxc.events.contracts.inventory import StockReceived
from jxc.events.contracts.sales import InvoiceIssued, InvoiceLine, TaxTotal
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish

ACCOUNTANT = bearer("qian.kuaiji", ["accountant"])
SALES = bearer("li.xiaoshou", ["sales"])


async def test_an_entry_shows_its_lines_and_the_event_and_document_that_posted_it(
    stack: Stack,
) -> None:
    _, url = stack.serve("finance")
    order = uuid4()
    received = envelope_of(
        StockReceived(
            sku="TEA",
            warehouse="WH-SH",
            quantity=D(10),
            unit="box",
            unit_cost=Money(amount=D("12.5"), currency="CNY"),
            reason="purchase_receipt",
            document_id=order,
        ),
        f"stock-TEA-WH-SH-{uuid4()}",
    )
    await publish(topic_of("inventory", stack.namespace), [received])
    async with httpx.AsyncClient(base_url=url, headers=ACCOUNTANT, timeout=30) as client:
        page = (
            await client.get(
                "/journal",
                params={
                    "wait_for_event": str(received.event_id),
                    "source_type": "inventory.StockReceived",
                },
            )
        ).json()
        assert {x["source_event_id"] for x in page["items"]} == {str(received.event_id)}
        assert page["items"][0]["source_stream"] == received.stream_id
        none = await client.get("/journal", params={"source_type": "sales.InvoiceIssued"})
        assert none.json()["items"] == []

        entry_id = page["items"][0]["entry_id"]
        entry = (await client.get(f"/journal/entries/{entry_id}")).json()
        assert entry["entry_id"] == entry_id
        assert entry["total"] == "125"
        assert entry["source"]["event_id"] == str(received.event_id)
        assert entry["source"]["event_type"] == "inventory.StockReceived"
        assert entry["source"]["stream_id"] == received.stream_id
        assert entry["source"]["payload"]["document_id"] == str(order)
        assert [(x["account"], x["debit"], x["credit"]) for x in entry["lines"]] == [
            ("1405", "125", "0"),
            ("2205", "0", "125"),
        ]
        assert entry["lines"][0]["account_name"] == "Inventory (merchandise)"

        missing = await client.get("/journal/entries/999999999")
        assert missing.status_code == 404, missing.text
        assert missing.headers["content-type"].startswith("application/problem+json")
        bad = await client.get("/journal/entries/zero")
        assert bad.status_code == 422
        refused = await client.get(f"/journal/entries/{entry_id}", headers=SALES)
        assert refused.status_code == 403


async def test_aging_pages_the_parties_by_id_with_totals_over_all(stack: Stack) -> None:
    _, url = stack.serve("finance")
    today = datetime.now(UTC).date()
    customers = sorted([uuid4(), uuid4(), uuid4()])
    sent = [
        envelope_of(
            InvoiceIssued(
                invoice_id=uuid4(),
                invoice_no=f"SI-{n}",
                order_id=uuid4(),
                customer_id=customer,
                issued_on=today,
                due_on=today - timedelta(days=10 * n),
                currency="CNY",
                lines=[
                    InvoiceLine(
                        line_no=1,
                        sku="TEA",
                        quantity=D(1),
                        unit="box",
                        net_amount=D(100),
                        tax_rate=D("0.13"),
                        tax_amount=D(13),
                    )
                ],
                taxes=[TaxTotal(tax_rate=D("0.13"), net_amount=D(100), tax_amount=D(13))],
                net_total=D(100),
                tax_total=D(13),
                gross_total=D(113),
            ),
            f"invoice-{uuid4()}",
        )
        for n, customer in enumerate(customers)
    ]
    await publish(topic_of("sales", stack.namespace), sent)
    async with httpx.AsyncClient(base_url=url, headers=ACCOUNTANT, timeout=30) as client:
        query = {"kind": "receivable", "as_of": str(today), "limit": 2}
        first = (
            await client.get("/aging", params={**query, "wait_for_event": str(sent[-1].event_id)})
        ).json()
        assert [x["party_id"] for x in first["parties"]] == [str(c) for c in customers[:2]]
        assert first["next"] == str(customers[1])
        assert first["totals"] == {
            "current": "113",
            "1-30": "226",
            "31-60": "0",
            "61-90": "0",
            "90+": "0",
            "total": "339",
            "overdue": "226",
        }
        last = (await client.get("/aging", params={**query, "after": first["next"]})).json()
        assert [x["party_id"] for x in last["parties"]] == [str(customers[2])]
        assert last["next"] is None
        assert last["parties"][0]["1-30"] == "113"

        # the open items behind it, a page at a time (party, due date, document)
        items = {"kind": "receivable", "limit": 2}
        page = (await client.get("/open-items", params=items)).json()
        assert [x["party_id"] for x in page] == [str(c) for c in customers[:2]]
        rest = await client.get("/open-items", params={**items, "after": page[-1]["cursor"]})
        assert [x["document_no"] for x in rest.json()] == ["SI-2"]
        everything = (await client.get("/open-items", params={"kind": "receivable"})).json()
        assert [x["document_no"] for x in everything] == ["SI-0", "SI-1", "SI-2"]
        bad = await client.get("/open-items", params={**items, "after": "not-a-cursor"})
        assert bad.status_code == 422, bad.text
        assert bad.json()["fields"] == ["after"]
