"""Finance's lists sorted on the server (sort, order, after: jxc.platform.paging) on the real
PostgreSQL, their filters and old paging kept: the journal and the payments (answers
`{items, next}`), the open items (a plain list, the next page's cursor in X-Next-Cursor).
Every sort in both orders, small pages, each row exactly once; bad cursors and unknown sorts
are 422s."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal as D
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.contracts.sales import InvoiceIssued, InvoiceLine, TaxTotal
from jxc.platform.settings import topic_of
from tests.integration import sorted_bodies, sorted_pages
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish

ACCOUNTANT = bearer("qian.kuaiji", ["accountant"])
TODAY = datetime.now(UTC).date()


def invoice(no: str, customer: Any, net: str, due_in: int) -> InvoiceIssued:
    amount, tax = D(net), D(net) * D("0.13")
    return InvoiceIssued(
        invoice_id=uuid4(),
        invoice_no=no,
        order_id=uuid4(),
        customer_id=customer,
        issued_on=TODAY - timedelta(days=40),
        due_on=TODAY + timedelta(days=due_in),
        currency="CNY",
        lines=[
            InvoiceLine(
                line_no=1,
                sku="TEA",
                quantity=D(1),
                unit="pcs",
                net_amount=amount,
                tax_rate=D("0.13"),
                tax_amount=tax,
            )
        ],
        taxes=[TaxTotal(tax_rate=D("0.13"), net_amount=amount, tax_amount=tax)],
        net_total=amount,
        tax_total=tax,
        gross_total=amount + tax,
    )


def _amount(row: dict[str, Any]) -> D:
    return D(row["debit"]) + D(row["credit"])


async def test_the_finance_lists_page_in_the_order_asked(stack: Stack) -> None:
    _, finance = stack.serve("finance")
    customers = [uuid4(), uuid4(), uuid4()]
    invoices = [
        invoice(f"SI-{i}", customers[i % 3], net, due)
        for i, (net, due) in enumerate(
            [("100", -35), ("300", 5), ("200", -3), ("300", -70), ("50", 20), ("120", -10)]
        )
    ]
    envelopes = [envelope_of(x, f"invoice-{x.invoice_id}") for x in invoices]
    await publish(topic_of("sales", stack.namespace), envelopes)
    async with httpx.AsyncClient(headers=ACCOUNTANT, timeout=60) as client:
        caught = await client.get(
            f"{finance}/open-items",
            params={"kind": "receivable", "wait_for_event": str(envelopes[-1].event_id)},
        )
        assert caught.status_code == 200, caught.text
        for i, (amount, paid) in enumerate(
            [("30", 2), ("10", 9), ("50", 1), ("20", 5), ("40", 3), ("10", 7)]
        ):
            recorded = await client.post(
                f"{finance}/payments",
                json={
                    "direction": "incoming" if i % 2 else "outgoing",
                    "party_id": str(customers[i % 3]),
                    "amount": amount,
                    "currency": "CNY",
                    "paid_on": str(TODAY - timedelta(days=paid)),
                    "cash_account": "1002" if i % 3 else "1001",
                },
            )
            assert recorded.status_code == 201, recorded.text
        last = recorded.json()["event_ids"][-1]
        await client.get(f"{finance}/journal", params={"wait_for_event": last})

        # the journal: lines of the invoices' and payments' entries
        journal = f"{finance}/journal"
        await sorted_bodies.check_sorts(
            client,
            journal,
            {
                "entry": lambda r: r["entry_id"],
                "posted_on": lambda r: r["posted_on"],
                "recorded_at": None,
                "period": lambda r: r["period"],
                "source_type": lambda r: r["source_type"],
                "account": lambda r: r["account"],
                "amount": _amount,
            },
            lambda r: (r["entry_id"], r["line_no"]),
            limit=4,
        )
        by_amount = await sorted_bodies.walk(
            client, journal, {"sort": "amount", "order": "desc", "account": "1122"}, 2
        )
        assert [_amount(r) for r in by_amount] == sorted(
            (x.gross_total for x in invoices), reverse=True
        )  # the filters hold: the receivable lines only
        old = await sorted_bodies.walk(client, journal, {}, 3)  # the old paging: entry.line
        assert [(r["entry_id"], r["line_no"]) for r in old] == sorted(
            (r["entry_id"], r["line_no"]) for r in old
        )
        await sorted_bodies.check_refusals(client, journal, "amount", "posted_on")

        # the payments
        payments = f"{finance}/payments"
        await sorted_bodies.check_sorts(
            client,
            payments,
            {
                "paid_on": lambda r: r["paid_on"],
                "party": None,
                "amount": lambda r: r["amount"],
                "direction": lambda r: r["direction"],
                "cash_account": lambda r: r["cash_account"],
                "unallocated": lambda r: r["unallocated"],
                "recorded_at": lambda r: r["recorded_at"],
            },
            lambda r: r["payment_id"],
        )
        incoming = await sorted_bodies.walk(
            client, payments, {"direction": "incoming", "sort": "amount"}, 2
        )
        assert [D(r["amount"]) for r in incoming] == [10, 10, 20]
        old_payments = await sorted_bodies.walk(client, payments, {}, 4)
        assert [r["payment_id"] for r in old_payments] == sorted(
            r["payment_id"] for r in old_payments
        )
        bad = await client.get(payments, params={"after": "not-an-id"})
        assert bad.status_code == 422, bad.text
        await sorted_bodies.check_refusals(client, payments, "amount", "paid_on")

        # the open items: a plain list, the cursor in the header
        items = f"{finance}/open-items"
        receivable = {"kind": "receivable"}
        await sorted_pages.check_sorts(
            client,
            items,
            ["due_on", "issued_on", "document_no", "amount", "open"],
            lambda r: r["document_id"],
            params=receivable,
        )
        for sort in ("party", "days_overdue"):
            for order in ("asc", "desc"):
                rows = await sorted_pages.walk(
                    client, items, {**receivable, "sort": sort, "order": order}, 2
                )
                assert len({r["document_id"] for r in rows}) == len(invoices)
        most_overdue = await sorted_pages.walk(
            client, items, {**receivable, "sort": "days_overdue", "order": "desc"}, 2
        )
        assert [r["document_no"] for r in most_overdue] == [
            "SI-3",
            "SI-0",
            "SI-5",
            "SI-2",
            "SI-1",
            "SI-4",
        ]
        one = await sorted_pages.walk(
            client, items, {**receivable, "party_id": str(customers[0]), "sort": "open"}, 1
        )
        assert [r["document_no"] for r in one] == ["SI-0", "SI-3"]
        old_items = await client.get(items, params=receivable)  # all, by party and due date
        assert len(old_items.json()) == len(invoices)
        assert "x-next-cursor" not in old_items.headers
        # the aging, a list by party: by total, overdue, oldest open item
        aging = f"{finance}/aging"
        c0, c1, c2 = (str(c) for c in customers)
        by_id, totals = await aging_walk(client, aging, **receivable)  # the old paging
        assert by_id == sorted([c0, c1, c2])
        for sort, order, expected in (
            ("total", "desc", [c0, c1, c2]),
            ("total", "asc", [c2, c1, c0]),
            ("oldest", "desc", [c0, c2, c1]),
            ("overdue", "asc", [c1, c2, c0]),
            ("party", "asc", sorted([c0, c1, c2])),
        ):
            walked, same = await aging_walk(client, aging, **receivable, sort=sort, order=order)
            assert walked == expected, (sort, order)
            assert same == totals  # the totals over all parties, whatever the page
        bad = await client.get(aging, params={**receivable, "sort": "total", "after": "x!"})
        assert bad.status_code == 422, bad.text

        unknown = await client.get(items, params={**receivable, "sort": "colour"})
        assert unknown.status_code == 422, unknown.text
        assert unknown.json()["fields"] == ["sort"]
        for garbled in ("garbage!", "eyJsIjoi", "A" * 3000):
            bad = await client.get(items, params={**receivable, "sort": "open", "after": garbled})
            assert bad.status_code == 422, bad.text
        first = await client.get(items, params={**receivable, "sort": "open", "limit": 1})
        cursor = first.headers["x-next-cursor"]
        for other in ({"sort": "due_on"}, {"sort": "open", "order": "desc"}):
            clash = await client.get(items, params={**receivable, **other, "after": cursor})
            assert clash.status_code == 422, clash.text
            assert "after" in clash.json()["fields"]


async def aging_walk(
    client: httpx.AsyncClient, url: str, **params: Any
) -> tuple[list[str], dict[str, Any]]:
    parties: list[str] = []
    after: str | None = None
    for _ in range(20):
        given = {**params, "limit": 1} | ({"after": after} if after else {})
        answer = await client.get(url, params=given)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        parties += [x["party_id"] for x in page["parties"]]
        after = page["next"]
        if after is None:
            return parties, page["totals"]
    raise AssertionError("the pages never ended")
