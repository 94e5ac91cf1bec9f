"""Issue 9, items 1, 2, 7 and 10 on real Kafka and PostgreSQL: the general ledger projected
from the events purchasing, inventory and sales publish (published here as they would):
one balanced entry per value-moving event, linked to it, never posted twice when redelivered;
the database itself refuses an unbalanced entry and any change to a posted one; trial
balance, profit and loss and balance sheet against figures the test computes on its own; a
closed period passes a late event to the next open one, its date kept; the chart, cost
centres and fiscal years by an admin."""

from __future__ import annotations

import asyncio
import subprocess
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D
from typing import Any
from uuid import UUID, uuid4

import httpx
import psycopg
import pytest

from jxc.events.base import DomainEvent, Money
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts.finance import (
    BudgetThresholdPassed,
    PaymentRecorded,
    ReceivablesChanged,
)
from jxc.events.contracts.inventory import StockIssued, StockReceived, WarehouseRegistered
from jxc.events.contracts.purchasing import (
    InvoiceTax,
    MatchedLine,
    PurchaseOrderCancelled,
    PurchaseOrderCreated,
    PurchaseOrderLine,
    SupplierInvoiceMatched,
)
from jxc.events.contracts.registry import registry
from jxc.events.contracts.sales import (
    CreditNoteIssued,
    FreightCharged,
    InvoiceIssued,
    InvoiceLine,
    OrderLine,
    OrderPlaced,
    TaxTotal,
)
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import BIN, Stack, eventually, stop
from tests.integration.publishing import envelope_of, publish, read_all

ADMIN = bearer("zhao.admin", ["admin"])
ACCOUNTANT = bearer("qian.kuaiji", ["accountant"])
WH = "WH-SH"
SUPPLIER = uuid4()
CUSTOMER = uuid4()
TODAY = datetime.now(UTC).date()
PERIOD = f"{TODAY.year:04d}-{TODAY.month:02d}"


def cny(amount: str) -> Money:
    return Money(amount=D(amount), currency="CNY")


def sale_line(quantity: str, net: str, tax: str) -> InvoiceLine:
    return InvoiceLine(
        line_no=1,
        sku="TEA",
        quantity=D(quantity),
        unit="box",
        net_amount=D(net),
        tax_rate=D("0.13"),
        tax_amount=D(tax),
    )


def invoice(net: str, tax: str, issued_on: date, number: str = "SI-1") -> InvoiceIssued:
    return InvoiceIssued(
        invoice_id=uuid4(),
        invoice_no=number,
        order_id=uuid4(),
        customer_id=CUSTOMER,
        issued_on=issued_on,
        due_on=issued_on,
        currency="CNY",
        lines=[sale_line("40", net, tax)],
        taxes=[TaxTotal(tax_rate=D("0.13"), net_amount=D(net), tax_amount=D(tax))],
        net_total=D(net),
        tax_total=D(tax),
        gross_total=D(net) + D(tax),
    )


class Books:
    """What the test expects, worked out on its own: per source event, account -> debit -
    credit."""

    def __init__(self) -> None:
        self.entries: dict[UUID, dict[str, D]] = {}

    def expect(self, envelope: Envelope, *lines: tuple[str, str]) -> None:
        moved: dict[str, D] = defaultdict(D)
        for account, amount in lines:
            moved[account] += D(amount)
        self.entries[envelope.event_id] = dict(moved)

    def balance(self, account: str) -> D:
        return sum((e.get(account, D(0)) for e in self.entries.values()), D(0))


class Ledger:
    def __init__(self, stack: Stack, client: httpx.AsyncClient, url: str) -> None:
        self.stack, self.client, self.url = stack, client, url

    async def publish(
        self, context: str, event: DomainEvent, *, twice: bool = False, stream: str = ""
    ) -> Envelope:
        """Publish `event` on `context`'s topic (on its own stream unless `stream` names one:
        events of one stream stay in order)."""
        envelope = envelope_of(event, stream or f"{context}-{uuid4()}")
        sent = [envelope, envelope] if twice else [envelope]
        await publish(topic_of(context, self.stack.namespace), sent)
        return envelope

    async def get(self, path: str, **params: Any) -> Any:
        response = await self.client.get(f"{self.url}{path}", params=params, headers=ACCOUNTANT)
        assert response.status_code == 200, response.text
        return response.json()

    async def journal(self, wait_for: Envelope, **filters: Any) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        page: Any = await self.get(
            "/journal", wait_for_event=str(wait_for.event_id), limit=1000, **filters
        )
        found += page["items"]
        while page["next"]:
            page = await self.get("/journal", after=page["next"], limit=1000, **filters)
            found += page["items"]
        return found


def posted(lines: list[dict[str, Any]]) -> dict[UUID, dict[str, D]]:
    entries: dict[UUID, dict[str, D]] = defaultdict(lambda: defaultdict(D))
    for line in lines:
        amount = D(line["debit"]) - D(line["credit"])
        entries[UUID(line["source_event_id"])][line["account"]] += amount
    return {k: dict(v) for k, v in entries.items()}


async def test_the_ledger_posts_each_event_once_balanced_and_the_statements_agree(
    stack: Stack,
) -> None:
    _, url = stack.serve("finance")
    books = Books()
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)
        await ledger.publish(
            "inventory", WarehouseRegistered(warehouse=WH, name="Shanghai central")
        )
        received = await ledger.publish(
            "inventory",
            StockReceived(
                sku="TEA",
                warehouse=WH,
                quantity=D(100),
                unit="box",
                unit_cost=cny("12.50"),
                reason="purchase_receipt",
            ),
            twice=True,  # redelivered at once: posted once
        )
        books.expect(received, ("1405", "1250"), ("2205", "-1250"))
        matched = await ledger.publish(
            "purchasing",
            SupplierInvoiceMatched(
                invoice_id=uuid4(),
                supplier_id=SUPPLIER,
                purchase_order_id=uuid4(),
                invoice_number="INV-88",
                due_date=TODAY,
                lines=[
                    MatchedLine(
                        line_no=1,
                        sku="TEA",
                        unit="box",
                        quantity_invoiced=D(100),
                        quantity_received=D(100),
                        unit_price_invoiced=cny("12.60"),
                        unit_price_po=cny("12.50"),
                        amount_invoiced=cny("1260"),
                        amount_at_po_price=cny("1250"),
                    )
                ],
                total=cny("1260"),
                total_at_po_price=cny("1250"),
                price_variance=cny("10"),
                taxes=[InvoiceTax(tax_rate=D("0.13"), net_amount=D(1260), tax_amount=D("163.80"))],
                tax_total=cny("163.80"),
            ),
        )
        books.expect(
            matched,
            ("2205", "1250"),
            ("6402", "10"),
            ("2221.01.13", "163.80"),
            ("2202", "-1423.80"),
        )
        shipped = await ledger.publish(
            "inventory",
            StockIssued(
                sku="TEA",
                warehouse=WH,
                quantity=D(40),
                unit="box",
                reason="shipment",
                kind="shipment",
                unit_cost=cny("12.50"),
                total_cost=cny("500"),
            ),
        )
        books.expect(shipped, ("6401", "500"), ("1405", "-500"))
        invoiced = await ledger.publish("sales", invoice("800", "104", TODAY))
        books.expect(invoiced, ("1122", "904"), ("6001", "-800"), ("2221.02.13", "-104"))
        freight = await ledger.publish(
            "sales",
            FreightCharged(
                shipment_id=uuid4(),
                order_id=uuid4(),
                warehouse=WH,
                carrier="SF",
                freight_cost=cny("35.50"),
                dispatched_on=TODAY,
            ),
        )
        books.expect(freight, ("6601", "35.50"), ("2241", "-35.50"))
        credited = await ledger.publish(
            "sales",
            CreditNoteIssued(
                credit_note_id=uuid4(),
                credit_note_no="CN-1",
                order_id=uuid4(),
                customer_id=CUSTOMER,
                issued_on=TODAY,
                currency="CNY",
                lines=[sale_line("5", "100", "13")],
                taxes=[TaxTotal(tax_rate=D("0.13"), net_amount=D(100), tax_amount=D(13))],
                net_total=D(100),
                tax_total=D(13),
                gross_total=D(113),
                reason="five boxes returned",
            ),
        )
        books.expect(credited, ("1122", "-113"), ("6001", "100"), ("2221.02.13", "13"))
        restocked = await ledger.publish(
            "inventory",
            StockReceived(
                sku="TEA",
                warehouse=WH,
                quantity=D(5),
                unit="box",
                unit_cost=cny("12.50"),
                reason="customer_return",
            ),
        )
        books.expect(restocked, ("1405", "62.5"), ("6401", "-62.5"))
        # the first receipt once more, later and alone: still posted once
        await publish(topic_of("inventory", stack.namespace), [received])
        last = await ledger.publish(
            "inventory", WarehouseRegistered(warehouse="WH-BJ", name="Beijing")
        )

        # Every entry's lines, line by line, as the test worked them out; each balanced.
        lines = await ledger.journal(restocked)
        assert posted(lines) == books.entries
        for entry in books.entries.values():
            assert sum(entry.values(), D(0)) == 0
        assert len({line["entry_id"] for line in lines}) == len(books.entries)
        mine = await ledger.journal(received, source_event_id=str(received.event_id))
        assert {(x["account"], x["debit"], x["cost_centre"]) for x in mine} == {
            ("1405", "1250", WH),
            ("2205", "0", WH),
        }
        assert mine[0]["source_type"] == "inventory.StockReceived"

        # The statements, against the test's own sums.
        trial = await ledger.get("/statements/trial-balance", **{"from": PERIOD, "to": PERIOD})
        assert trial["totals"]["debit"] == trial["totals"]["credit"]
        closing = {x["account"]: D(x["closing"]) for x in trial["lines"] if D(x["closing"])}
        expected = {
            account: books.balance(account)
            for account in {a for e in books.entries.values() for a in e}
            if books.balance(account) != 0
        }
        assert closing == expected
        pnl = await ledger.get("/statements/profit-and-loss", **{"from": PERIOD, "to": PERIOD})
        assert D(pnl["total_income"]) == D(700)
        assert D(pnl["total_expenses"]) == D(500) - D("62.5") + D(10) + D("35.50")
        assert D(pnl["result"]) == D(217)
        sheet = await ledger.get("/statements/balance-sheet", period=PERIOD)
        assert D(sheet["total_assets"]) == D("812.5") + D(791)
        assert D(sheet["total_liabilities"]) == D("1423.80") + D(91) - D("163.80") + D("35.50")
        assert D(sheet["result_of_the_year"]) == D(217)
        assert sheet["total_assets"] == sheet["total_liabilities_and_equity"]
        in_wh = await ledger.get(
            "/statements/trial-balance", **{"from": PERIOD, "to": PERIOD, "cost_centre": WH}
        )
        assert {x["account"] for x in in_wh["lines"]} == {"1405", "2205", "6401", "6601", "2241"}

        # Warehouses became cost centres; the VAT accounts per rate were opened as used.
        await ledger.get("/journal", wait_for_event=str(last.event_id))
        centres = await ledger.get("/cost-centres")
        assert [(c["code"], c["kind"]) for c in centres] == [
            ("WH-BJ", "warehouse"),
            (WH, "warehouse"),
        ]
        chart = await ledger.get("/accounts", limit=500)
        codes = {a["code"]: a for a in chart["items"]}
        assert codes["2221.01.13"]["parent"] == "2221.01"
        assert codes["2221.02.13"]["name"] == "Output VAT 13 %"


async def test_a_budget_is_held_against_the_actual_and_alerts_once(stack: Stack) -> None:
    """Item 8: freight budgeted at 100 for the warehouse, alert at 80 %."""
    _, url = stack.serve("finance")
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)
        budget = {"period": PERIOD, "account": "6601", "cost_centre": WH, "amount": "100"}
        set_ = await client.post(f"{url}/budgets", json=budget, headers=ACCOUNTANT)
        assert set_.status_code == 200, set_.text
        on_stock = await client.post(
            f"{url}/budgets", json={**budget, "account": "1405"}, headers=ACCOUNTANT
        )
        assert on_stock.status_code == 422, on_stock.text

        def freight(cost: str) -> FreightCharged:
            return FreightCharged(
                shipment_id=uuid4(),
                order_id=uuid4(),
                warehouse=WH,
                carrier="SF",
                freight_cost=cny(cost),
                dispatched_on=TODAY,
            )

        first = await ledger.publish("sales", freight("50"))
        vs = await ledger.get(
            "/budgets/against-actual",
            period=PERIOD,
            cost_centre=WH,
            wait_for_event=str(first.event_id),
        )
        assert [
            (x["budget"], x["actual"], x["variance"], x["used_percent"]) for x in vs["lines"]
        ] == [("100", "50", "50", "50")]
        await ledger.publish("sales", freight("35"))
        last = await ledger.publish("sales", freight("10"))
        vs = await ledger.get(
            "/budgets/against-actual",
            period=PERIOD,
            cost_centre=WH,
            wait_for_event=str(last.event_id),
        )
        assert [(x["actual"], x["variance"], x["used_percent"]) for x in vs["lines"]] == [
            ("95", "5", "95")
        ]
    events = await finance_events(stack, expect=2)
    alerts = [e for _, e in events if isinstance(e, BudgetThresholdPassed)]
    assert [(a.account, a.cost_centre, a.actual.amount, a.budget.amount) for a in alerts] == [
        ("6601", WH, D(85), D(100))
    ]

    # The database refuses what the code would never do: unbalanced entries, changes.
    async with await psycopg.AsyncConnection.connect(stack.database("finance")) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            await conn.execute("UPDATE journal_lines SET debit = debit + 1")
        await conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="does not balance"):
            async with conn.transaction():
                cur = await conn.execute(
                    "INSERT INTO journal_entries (source_event_id, source_type, posted_on, period,"
                    " description, currency, total, recorded_at) VALUES"
                    " (%s, 'x', now(), %s, 'broken', 'CNY', 10, now()) RETURNING entry_id",
                    (uuid4(), PERIOD),
                )
                row = await cur.fetchone()
                assert row is not None
                await conn.execute(
                    "INSERT INTO journal_lines VALUES (%s, 1, %s, '1405', '', 10, 0, NULL, NULL),"
                    " (%s, 2, %s, '2205', '', 0, 9, NULL, NULL)",
                    (row[0], PERIOD, row[0], PERIOD),
                )


async def test_a_late_event_after_a_period_close_posts_in_the_next_open_period(
    stack: Stack,
) -> None:
    _, url = stack.serve("finance")
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)
        year = await client.post(
            f"{url}/fiscal-years", json={"year": 2026, "first_period": "2026-01"}, headers=ADMIN
        )
        assert year.status_code == 201, year.text
        overlapping = await client.post(
            f"{url}/fiscal-years", json={"year": 2027, "first_period": "2026-06"}, headers=ADMIN
        )
        assert overlapping.status_code == 409, overlapping.text
        refused = await client.post(f"{url}/periods/2026-10/close", headers=ACCOUNTANT)
        assert refused.status_code == 403, refused.text
        closed = await client.post(f"{url}/periods/2026-10/close", headers=ADMIN)
        assert closed.status_code == 200, closed.text
        again = await client.post(f"{url}/periods/2026-10/close", headers=ADMIN)
        assert again.status_code == 409, again.text

        late = await ledger.publish("sales", invoice("100", "13", date(2026, 10, 31), "SI-L"))
        lines = await ledger.journal(late, source_event_id=str(late.event_id))
        assert {(x["period"], x["posted_on"]) for x in lines} == {("2026-11", "2026-10-31")}
        october = await ledger.get(
            "/statements/profit-and-loss", **{"from": "2026-10", "to": "2026-10"}
        )
        assert october["result"] == "0"

        reopened = await client.post(
            f"{url}/periods/2026-10/reopen", json={"reason": "audit adjustment"}, headers=ADMIN
        )
        assert reopened.status_code == 200, reopened.text
        assert await ledger.get("/periods/closed") == []
        on_time = await ledger.publish("sales", invoice("50", "6.5", date(2026, 10, 30), "SI-M"))
        lines = await ledger.journal(on_time, source_event_id=str(on_time.event_id))
        assert {x["period"] for x in lines} == {"2026-10"}

    # Who closed and reopened it, and why, is in the event store: the audit trail.
    async with await psycopg.AsyncConnection.connect(stack.database("finance")) as conn:
        cur = await conn.execute(
            "SELECT event_type, actor, payload->>'reason' FROM events"
            " WHERE stream_id = 'period-2026-10' ORDER BY stream_version"
        )
        assert await cur.fetchall() == [
            ("finance.PeriodClosed", "zhao.admin", None),
            ("finance.PeriodReopened", "zhao.admin", "audit adjustment"),
        ]


async def test_an_admin_edits_the_chart_and_defines_cost_centres(stack: Stack) -> None:
    _, url = stack.serve("finance")
    async with httpx.AsyncClient(timeout=30) as client:
        chart = (await client.get(f"{url}/accounts", headers=ACCOUNTANT)).json()["items"]
        assert {"1405", "2202", "2205", "6001", "6401", "4104"} <= {a["code"] for a in chart}
        rent = {
            "code": "6602.01",
            "name": "Office rent",
            "account_type": "expense",
            "parent": "6602",
        }
        assert (
            await client.post(f"{url}/accounts", json=rent, headers=ACCOUNTANT)
        ).status_code == 403
        added = await client.post(f"{url}/accounts", json=rent, headers=ADMIN)
        assert added.status_code == 200, added.text
        renamed = await client.post(
            f"{url}/accounts",
            json={"code": "1405", "name": "Merchandise", "account_type": "asset"},
            headers=ADMIN,
        )
        assert renamed.status_code == 200, renamed.text
        retyped = await client.post(
            f"{url}/accounts",
            json={"code": "1405", "name": "x", "account_type": "expense"},
            headers=ADMIN,
        )
        assert retyped.status_code == 409, retyped.text
        assert retyped.json()["fields"] == ["account_type"]
        bad = await client.post(
            f"{url}/accounts",
            json={"code": "66", "name": "x", "account_type": "expense"},
            headers=ADMIN,
        )
        assert bad.status_code == 422, bad.text
        expenses = (
            await client.get(
                f"{url}/accounts",
                params={"account_type": "expense", "after": "6602"},
                headers=ACCOUNTANT,
            )
        ).json()["items"]
        assert expenses[0] == {
            "code": "6602.01",
            "name": "Office rent",
            "account_type": "expense",
            "parent": "6602",
            "active": True,
        }
        assert (
            await client.get(
                f"{url}/accounts", params={"after": "1404", "limit": 1}, headers=ACCOUNTANT
            )
        ).json()["items"][0]["name"] == "Merchandise"
        centre = await client.post(
            f"{url}/cost-centres",
            json={"code": "SALES-N", "name": "Sales north", "kind": "department"},
            headers=ADMIN,
        )
        assert centre.status_code == 200, centre.text
        listed = (
            await client.get(
                f"{url}/cost-centres", params={"kind": "department"}, headers=ACCOUNTANT
            )
        ).json()
        assert [c["code"] for c in listed] == ["SALES-N"]
        nobody = await client.get(
            f"{url}/statements/trial-balance", params={"from": "2026-01", "to": "2026-12"}
        )
        assert nobody.status_code == 401
        crm = await client.get(
            f"{url}/statements/trial-balance",
            params={"from": "2026-01", "to": "2026-12"},
            headers=bearer("x", ["crm"]),
        )
        assert crm.status_code == 403
        backwards = await client.get(
            f"{url}/statements/trial-balance",
            params={"from": "2026-12", "to": "2026-01"},
            headers=ACCOUNTANT,
        )
        assert backwards.status_code == 422
        not_a_month = await client.get(
            f"{url}/statements/balance-sheet", params={"period": "2026-13"}, headers=ACCOUNTANT
        )
        assert not_a_month.status_code == 422


async def finance_events(stack: Stack, expect: int) -> list[tuple[Envelope, DomainEvent]]:
    records: list[Any] = await read_all(topic_of("finance", stack.namespace), expect=expect)
    decoded = []
    for record in records:
        envelope = from_kafka(record.value, record.headers)
        decoded.append((envelope, registry.decode(envelope)))
    return decoded


async def test_payments_and_receipts_settle_invoices_age_and_report_receivables(
    stack: Stack,
) -> None:
    """Items 3 and 4: a matched supplier invoice with VAT paid in full; two sales invoices, a
    receipt settling one and part of the other with money left over; open items, aging, the
    VAT return, the postings of both payments and the receivables sales is told about."""
    _, url = stack.serve("finance")
    bill_id = uuid4()
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)
        bill = await ledger.publish(
            "purchasing",
            SupplierInvoiceMatched(
                invoice_id=bill_id,
                supplier_id=SUPPLIER,
                purchase_order_id=uuid4(),
                invoice_number="INV-88",
                due_date=TODAY + timedelta(days=10),
                lines=[
                    MatchedLine(
                        line_no=1,
                        sku="TEA",
                        unit="box",
                        quantity_invoiced=D(100),
                        quantity_received=D(100),
                        unit_price_invoiced=cny("12.60"),
                        unit_price_po=cny("12.60"),
                        amount_invoiced=cny("1260"),
                        amount_at_po_price=cny("1260"),
                    )
                ],
                total=cny("1260"),
                total_at_po_price=cny("1260"),
                price_variance=cny("0"),
                taxes=[InvoiceTax(tax_rate=D("0.13"), net_amount=D(1260), tax_amount=D("163.80"))],
                tax_total=cny("163.80"),
            ),
        )
        first = invoice("800", "104", TODAY, "SI-A")
        second = invoice("100", "13", TODAY, "SI-B").model_copy(
            update={"due_on": TODAY + timedelta(days=30)}
        )
        await ledger.publish("sales", first)
        last = await ledger.publish("sales", second)
        items = await ledger.get(
            "/open-items", kind="receivable", wait_for_event=str(last.event_id)
        )
        assert [(x["document_no"], x["open"]) for x in items] == [("SI-A", "904"), ("SI-B", "113")]
        payables = await ledger.get(
            "/open-items", kind="payable", wait_for_event=str(bill.event_id)
        )
        assert [(x["document_no"], x["open"]) for x in payables] == [("INV-88", "1423.8")]

        receipt = {
            "direction": "incoming",
            "party_id": str(CUSTOMER),
            "amount": "1000",
            "currency": "CNY",
            "paid_on": str(TODAY),
            "cash_account": "1002",
            "allocations": [
                {"invoice_id": str(first.invoice_id), "amount": "904"},
                {"invoice_id": str(second.invoice_id), "amount": "50"},
            ],
            "reference": "bank slip 7781",
        }
        refused = await client.post(f"{url}/payments", json=receipt, headers=bearer("x", ["crm"]))
        assert refused.status_code == 403
        received = await client.post(f"{url}/payments", json=receipt, headers=ACCOUNTANT)
        assert received.status_code == 201, received.text
        [received_id] = received.json()["event_ids"]
        too_much = await client.post(
            f"{url}/payments",
            json={**receipt, "allocations": [{"invoice_id": str(first.invoice_id), "amount": "1"}]},
            headers=ACCOUNTANT,
        )
        assert too_much.status_code == 422, too_much.text
        assert too_much.json()["fields"] == ["allocations[0].amount"]
        paid = await client.post(
            f"{url}/payments",
            json={
                "direction": "outgoing",
                "party_id": str(SUPPLIER),
                "amount": "1423.80",
                "currency": "CNY",
                "paid_on": str(TODAY),
                "cash_account": "1002",
                "allocations": [{"invoice_id": str(bill_id), "amount": "1423.80"}],
            },
            headers=ACCOUNTANT,
        )
        assert paid.status_code == 201, paid.text
        [paid_id] = paid.json()["event_ids"]

        items = await ledger.get("/open-items", kind="receivable")
        assert [(x["document_no"], x["open"], x["allocated"]) for x in items] == [
            ("SI-B", "63", "50")
        ]
        assert await ledger.get("/open-items", kind="payable") == []
        aged = await ledger.get("/aging", kind="receivable", as_of=str(TODAY + timedelta(days=40)))
        assert aged["parties"] == [
            {
                "party_id": str(CUSTOMER),
                "current": "0",
                "1-30": "63",
                "31-60": "0",
                "61-90": "0",
                "90+": "0",
                "total": "63",
                "overdue": "63",
            }
        ]

        # The payments' postings, by the general ledger from finance's own events.
        lines = await ledger.journal(_envelope_id(received_id), source_event_id=received_id)
        assert posted(lines)[UUID(received_id)] == {
            "1002": D(1000),
            "1122": D(-954),
            "2203": D(-46),
        }
        lines = await ledger.journal(_envelope_id(paid_id), source_event_id=paid_id)
        assert posted(lines)[UUID(paid_id)] == {"2202": D("1423.80"), "1002": D("-1423.80")}

        vat = await ledger.get("/vat-return", period=PERIOD)
        assert vat["rates"] == [
            {"rate_percent": "13", "output": "117", "input": "163.8", "payable": "-46.8"}
        ]
        sheet = await ledger.get("/statements/balance-sheet", period=PERIOD)
        assert sheet["total_assets"] == sheet["total_liabilities_and_equity"]
        # receivable 63 and the bank (1000 in, 1423.80 out); GRNI (no goods here) is a debit
        assert D(sheet["total_assets"]) == D(63) + D(1000) - D("1423.80")

    # On finance's topic: the payments, and the customer's receivables as they changed.
    events = await finance_events(stack, expect=4)
    kinds = [e.event_type for _, e in events]
    assert kinds.count("finance.PaymentRecorded") == 2
    reported = [e for _, e in events if isinstance(e, ReceivablesChanged)]
    assert [(r.open_receivables.amount, r.overdue.amount) for r in reported][-1] == (D(63), D(0))
    assert all(r.customer_id == CUSTOMER for r in reported)
    [receipt_event] = [
        e for _, e in events if isinstance(e, PaymentRecorded) and e.direction == "incoming"
    ]
    assert receipt_event.unallocated.amount == D(46)
    assert {a.invoice_id for a in receipt_event.allocations} == {
        first.invoice_id,
        second.invoice_id,
    }


async def test_cash_moves_between_accounts_and_the_forecast_sees_the_shortfall(
    stack: Stack,
) -> None:
    """Item 4b: a payroll bank account opened by an admin, money moved to it, the position per
    account; a customer invoice due in three weeks and a supplier's due next week."""
    _, url = stack.serve("finance")
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)
        payroll = {
            "code": "1002.01",
            "name": "ICBC payroll",
            "account_type": "asset",
            "parent": "1002",
        }
        assert (
            await client.post(f"{url}/accounts", json=payroll, headers=ADMIN)
        ).status_code == 200
        sale = invoice("1000", "130", TODAY, "SI-F").model_copy(
            update={"due_on": TODAY + timedelta(days=15)}
        )
        await ledger.publish("sales", sale)
        bill = await ledger.publish(
            "purchasing",
            SupplierInvoiceMatched(
                invoice_id=uuid4(),
                supplier_id=SUPPLIER,
                purchase_order_id=uuid4(),
                invoice_number="INV-F",
                due_date=TODAY + timedelta(days=8),
                lines=[
                    MatchedLine(
                        line_no=1,
                        sku="TEA",
                        unit="box",
                        quantity_invoiced=D(10),
                        quantity_received=D(10),
                        unit_price_invoiced=cny("80"),
                        unit_price_po=cny("80"),
                        amount_invoiced=cny("800"),
                        amount_at_po_price=cny("800"),
                    )
                ],
                total=cny("800"),
                total_at_po_price=cny("800"),
                price_variance=cny("0"),
            ),
        )
        await ledger.get("/open-items", kind="payable", wait_for_event=str(bill.event_id))
        receipt = {
            "direction": "incoming",
            "party_id": str(uuid4()),
            "amount": "500",
            "currency": "CNY",
            "paid_on": str(TODAY),
            "cash_account": "1002",
        }
        paid = await client.post(f"{url}/payments", json=receipt, headers=ACCOUNTANT)
        assert paid.status_code == 201, paid.text
        moved = await client.post(
            f"{url}/cash-transfers",
            json={
                "from_account": "1002",
                "to_account": "1002.01",
                "amount": "300",
                "transferred_on": str(TODAY),
            },
            headers=ACCOUNTANT,
        )
        assert moved.status_code == 201, moved.text
        wrong = await client.post(
            f"{url}/cash-transfers",
            json={
                "from_account": "1002",
                "to_account": "1405",
                "amount": "1",
                "transferred_on": str(TODAY),
            },
            headers=ACCOUNTANT,
        )
        assert wrong.status_code == 422, wrong.text
        position = await ledger.get("/cash/position", wait_for_event=moved.json()["event_ids"][0])
        assert {x["account"]: x["balance"] for x in position["accounts"]} == {
            "1001": "0",
            "1002": "200",
            "1002.01": "300",
        }
        assert position["total"] == "500"
        # open orders: a sales order promised in three weeks, a purchase expected tomorrow
        # and one cancelled
        placed = OrderPlaced(
            order_id=uuid4(),
            customer_id=CUSTOMER,
            lines=[
                OrderLine(
                    line_no=1,
                    sku="TEA",
                    warehouse=WH,
                    quantity=D(100),
                    unit="box",
                    unit_price=cny("20"),
                    net_amount=cny("2000"),
                )
            ],
            total=cny("2000"),
            currency="CNY",
            promised_on=TODAY + timedelta(days=22),
        )
        await ledger.publish("sales", placed)
        purchases = []
        for _ in range(2):
            purchases.append(
                PurchaseOrderCreated(
                    purchase_order_id=uuid4(),
                    supplier_id=SUPPLIER,
                    currency="CNY",
                    lines=[
                        PurchaseOrderLine(
                            line_no=1,
                            sku="TEA",
                            quantity=D(50),
                            unit="box",
                            unit_price=cny("10"),
                            warehouse=WH,
                            expected_date=TODAY + timedelta(days=1),
                        )
                    ],
                    total=cny("500"),
                )
            )
            stream = f"purchase-order-{purchases[-1].purchase_order_id}"
            await ledger.publish("purchasing", purchases[-1], stream=stream)
        cancelled = await ledger.publish(
            "purchasing",
            PurchaseOrderCancelled(
                purchase_order_id=purchases[1].purchase_order_id,
                cancelled_by="li.wei",
                reason="found cheaper",
            ),
            stream=f"purchase-order-{purchases[1].purchase_order_id}",
        )
        ahead = await ledger.get(
            "/cash/forecast", as_of=str(TODAY), wait_for_event=str(cancelled.event_id)
        )
        assert ahead["cash"] == "500"
        assert [(w["inflow"], w["outflow"], w["closing"]) for w in ahead["weeks"][:4]] == [
            ("0", "500", "0"),
            ("0", "800", "-800"),
            ("1130", "0", "330"),
            ("2000", "0", "2330"),
        ]
        assert ahead["first_shortfall"] == str(TODAY + timedelta(days=7))


async def test_a_dollar_supplier_invoice_paid_at_a_different_rate(stack: Stack) -> None:
    """Item 5: the invoice posts at the rate of its day, the payment at the rate of its day;
    the payable is settled at the invoice's rate and the difference is the realised loss."""
    _, url = stack.serve("finance")
    bill_id = uuid4()
    paid_on = TODAY + timedelta(days=5)
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)
        for on, rate in ((TODAY - timedelta(days=30), "7.10"), (paid_on, "7.25")):
            body = {"currency": "USD", "on": str(on), "rate": rate, "source": "PBOC"}
            recorded = await client.post(f"{url}/exchange-rates", json=body, headers=ACCOUNTANT)
            assert recorded.status_code == 200, recorded.text
        usd = Money(amount=D(1000), currency="USD")
        bill = await ledger.publish(
            "purchasing",
            SupplierInvoiceMatched(
                invoice_id=bill_id,
                supplier_id=SUPPLIER,
                purchase_order_id=uuid4(),
                invoice_number="US-1",
                due_date=TODAY,
                lines=[
                    MatchedLine(
                        line_no=1,
                        sku="TEA",
                        unit="box",
                        quantity_invoiced=D(100),
                        quantity_received=D(100),
                        unit_price_invoiced=Money(amount=D(10), currency="USD"),
                        unit_price_po=Money(amount=D(10), currency="USD"),
                        amount_invoiced=usd,
                        amount_at_po_price=usd,
                    )
                ],
                total=usd,
                total_at_po_price=usd,
                price_variance=Money(amount=D(0), currency="USD"),
            ),
        )
        lines = await ledger.journal(bill, source_event_id=str(bill.event_id))
        assert posted(lines)[bill.event_id] == {"2205": D("7100.00"), "2202": D("-7100.00")}
        assert {x["currency"] for x in lines} == {"CNY"}
        paid = await client.post(
            f"{url}/payments",
            json={
                "direction": "outgoing",
                "party_id": str(SUPPLIER),
                "amount": "1000",
                "currency": "USD",
                "paid_on": str(paid_on),
                "cash_account": "1002",
                "allocations": [{"invoice_id": str(bill_id), "amount": "1000"}],
            },
            headers=ACCOUNTANT,
        )
        assert paid.status_code == 201, paid.text
        [paid_id] = paid.json()["event_ids"]
        lines = await ledger.journal(_envelope_id(paid_id), source_event_id=paid_id)
        assert posted(lines)[UUID(paid_id)] == {
            "2202": D("7100.00"),
            "6603": D("150.00"),
            "1002": D("-7250.00"),
        }
        assert await ledger.get("/open-items", kind="payable") == []
        rates = await ledger.get("/exchange-rates", currency="USD")
        assert [r["rate"] for r in rates] == ["7.25", "7.1"]


async def test_open_foreign_invoices_are_revalued_at_the_period_end_and_reversed(
    stack: Stack,
) -> None:
    """Item 5: a dollar invoice of last month booked at 7.10, revalued at 7.40 at the month's
    end (an unrealised gain of 300), reversed on the first day of this month."""
    _, url = stack.serve("finance")
    this_month = TODAY.replace(day=1)
    last_month_end = this_month - timedelta(days=1)
    issued = last_month_end.replace(day=1)
    previous = f"{issued.year:04d}-{issued.month:02d}"
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)
        for on, rate in ((issued, "7.10"), (last_month_end, "7.40")):
            body = {"currency": "USD", "on": str(on), "rate": rate}
            recorded = await client.post(f"{url}/exchange-rates", json=body, headers=ACCOUNTANT)
            assert recorded.status_code == 200, recorded.text
        sale = invoice("1000", "0", issued, "US-S").model_copy(
            update={"currency": "USD", "taxes": []}
        )
        posted_sale = await ledger.publish("sales", sale)
        lines = await ledger.journal(posted_sale, source_event_id=str(posted_sale.event_id))
        assert posted(lines)[posted_sale.event_id] == {"1122": D("7100.00"), "6001": D("-7100.00")}
        revalued = await client.post(f"{url}/periods/{previous}/revalue", headers=ACCOUNTANT)
        assert revalued.status_code == 200, revalued.text
        again = await client.post(f"{url}/periods/{previous}/revalue", headers=ACCOUNTANT)
        assert again.status_code == 409, again.text
        gain, reversal = revalued.json()["event_ids"]
        lines = await ledger.journal(_envelope_id(reversal), source_event_id=gain)
        assert posted(lines)[UUID(gain)] == {"1122": D("300.00"), "6603": D("-300.00")}
        assert {(x["period"], x["posted_on"]) for x in lines} == {(previous, str(last_month_end))}
        lines = await ledger.journal(_envelope_id(reversal), source_event_id=reversal)
        assert posted(lines)[UUID(reversal)] == {"1122": D("-300.00"), "6603": D("300.00")}
        assert {x["posted_on"] for x in lines} == {str(this_month)}


async def test_an_invoice_that_does_not_add_up_is_dead_lettered_and_the_ledger_goes_on(
    stack: Stack,
) -> None:
    """An event whose amounts do not balance posts nothing (no open item, no receivables
    report either): it is kept as a dead letter with the reason, and the events after it post."""
    _, url = stack.serve("finance")
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)
        broken = invoice("800", "104", TODAY, "SI-X").model_copy(update={"gross_total": D(905)})
        await ledger.publish("sales", broken)
        fine = await ledger.publish("sales", invoice("100", "13", TODAY, "SI-Y"))
        lines = await ledger.journal(fine)
        assert {x["description"] for x in lines} == {"invoice SI-Y"}
        items = await ledger.get("/open-items", kind="receivable")
        assert [x["document_no"] for x in items] == ["SI-Y"]
    async with await psycopg.AsyncConnection.connect(stack.database("finance")) as conn:
        cur = await conn.execute("SELECT reason FROM dead_letters")
        [(reason,)] = await cur.fetchall()
        assert "not net + tax" in reason


async def test_a_rebuilt_ledger_is_the_ledger_it_replaced(stack: Stack) -> None:
    """`jxc-finance rebuild general-ledger` empties the ledger and replays every topic from
    offset 0: the same entries, balances and open items (payments' allocations kept, credits
    not counted twice)."""
    process, url = stack.serve("finance")
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)
        sale = invoice("800", "104", TODAY, "SI-R")
        await ledger.publish("sales", sale)
        note = await ledger.publish(
            "sales",
            CreditNoteIssued(
                credit_note_id=uuid4(),
                credit_note_no="CN-R",
                invoice_id=sale.invoice_id,
                order_id=sale.order_id,
                customer_id=CUSTOMER,
                issued_on=TODAY,
                currency="CNY",
                lines=[sale_line("5", "100", "13")],
                taxes=[TaxTotal(tax_rate=D("0.13"), net_amount=D(100), tax_amount=D(13))],
                net_total=D(100),
                tax_total=D(13),
                gross_total=D(113),
                reason="returned",
            ),
        )
        await ledger.get("/open-items", kind="receivable", wait_for_event=str(note.event_id))
        receipt = {
            "direction": "incoming",
            "party_id": str(CUSTOMER),
            "amount": "500",
            "currency": "CNY",
            "paid_on": str(TODAY),
            "cash_account": "1002",
            "allocations": [{"invoice_id": str(sale.invoice_id), "amount": "500"}],
        }
        paid = await client.post(f"{url}/payments", json=receipt, headers=ACCOUNTANT)
        assert paid.status_code == 201, paid.text
        before_journal = await ledger.journal(_envelope_id(paid.json()["event_ids"][0]))
        period = {"from": PERIOD, "to": PERIOD}
        before = await ledger.get("/statements/trial-balance", **period)
        items = await ledger.get("/open-items", kind="receivable")
        assert [(x["open"], x["credited"], x["allocated"]) for x in items] == [
            ("291", "113", "500")
        ]

    stop(process)
    rebuilt = await asyncio.to_thread(
        subprocess.run,
        [str(BIN / "jxc-finance"), "rebuild", "general-ledger"],
        env=stack.env("finance"),
        capture_output=True,
        check=False,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr.decode()[-2000:]
    _, url = stack.serve("finance")
    async with httpx.AsyncClient(timeout=30) as client:
        ledger = Ledger(stack, client, url)

        async def replayed() -> list[dict[str, Any]] | None:
            lines = (await ledger.get("/journal", limit=1000))["items"]
            return lines if len(lines) >= len(before_journal) else None

        after_journal = await eventually(replayed, timeout=60)
        assert posted(after_journal) == posted(before_journal)
        assert await ledger.get("/statements/trial-balance", **period) == before
        assert await ledger.get("/open-items", kind="receivable") == items


def _envelope_id(event_id: str) -> Envelope:
    """Something with an event id to wait for."""

    class Waiting:
        pass

    waiting: Any = Waiting()
    waiting.event_id = UUID(event_id)
    return waiting  # type: ignore[no-any-return]
