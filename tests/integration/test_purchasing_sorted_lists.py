"""Issue 12: purchasing's lists sorted and keyset paged on the server (jxc.platform.paging) on
the real PostgreSQL: the purchase orders, the supplier invoices, the purchase plan, the
suppliers and the late deliveries, each sort in both orders covering every row exactly once, a
bad cursor or an unknown sort refused with a 422, and the old keysets (`after=<order id>`,
`after=<supplier code>`) still paging as before; the order, the orders' list, the invoices and
the late lines name the supplier and the order's number, and migration 0013's backfill of the
supplier directory gives the rows the commands wrote."""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
import psycopg

import jxc.purchasing
from jxc.events.contracts.inventory import LowStockDetected, StockBackInRange
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.flow import approved_order, known_to_purchasing, line, supplier
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish
from tests.integration.sorted_pages import check_refusals, check_sorts, walk

WH = "WH-SH"


def low(sku: str, available: int) -> LowStockDetected:
    return LowStockDetected(
        sku=sku,
        warehouse=WH,
        available=Decimal(available),
        min_quantity=Decimal("20"),
        max_quantity=Decimal("100"),
        reorder_quantity=None,
        unit="box",
    )


async def test_purchase_orders_and_the_plan_page_in_every_sort_and_order(stack: Stack) -> None:
    _, purchasing = stack.serve("purchasing")
    tag = uuid4().hex[:4]
    skus = [f"P{n}-{tag}" for n in (3, 1, 4, 5, 9, 2, 6)]
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        await known_to_purchasing(client, purchasing, stack.namespace, skus)
        orders = []
        for n, sku in enumerate(skus):  # totals with ties
            body = {
                "supplier_id": supplier_id,
                "currency": "CNY",
                "lines": [line(1, sku, str(1 + n % 3))],
            }
            created = await client.post(f"{purchasing}/purchase-orders", json=body)
            assert created.status_code == 201, created.text
            orders.append(created.json()["id"])
        for order_id in orders[::3]:
            submitted = await client.post(f"{purchasing}/purchase-orders/{order_id}/submit")
            assert submitted.status_code == 200, submitted.text

        today = datetime.now(UTC).date()
        for n, order_id in enumerate(orders[:6]):  # invoices, held (nothing received)
            if n == 3:
                continue
            approved = await client.post(
                f"{purchasing}/purchase-orders/{order_id}/approve",
                headers=bearer("li.wei", ["purchase_approver"]),
            )
            assert approved.status_code == 200, approved.text
            body = {
                "supplier_id": supplier_id,
                "purchase_order_id": order_id,
                "invoice_number": f"INV-{tag}-{n}",
                "invoice_date": str(today - timedelta(days=n % 2)),
                "lines": [{"line_no": 1, "quantity": "1", "unit_price": str(9 + n % 2)}],
            }
            recorded = await client.post(f"{purchasing}/supplier-invoices", json=body)
            assert recorded.status_code == 201, recorded.text

        events: list[Any] = [low(sku, 5 + n % 3) for n, sku in enumerate(skus)]
        back = StockBackInRange(
            sku=skus[0],
            warehouse=WH,
            available=Decimal("25"),
            min_quantity=Decimal("20"),
            max_quantity=Decimal("100"),
            unit="box",
            was="below_min",
        )
        envelopes = [envelope_of(e, f"stock-{e.sku}@{WH}", 1) for e in events]
        envelopes.append(envelope_of(back, f"stock-{skus[0]}@{WH}", 2))
        await publish(topic_of("inventory", stack.namespace), envelopes)
        waited = await client.get(
            f"{purchasing}/purchase-plan",
            params={"wait_for_event": str(envelopes[-1].event_id), "status": "all"},
        )
        assert waited.status_code == 200, waited.text
        assert {s["status"] for s in waited.json()} == {"open", "resolved"}

        await check_sorts(
            client,
            f"{purchasing}/purchase-orders",
            ["created_at", "total", "status", "updated_at"],
            lambda row: row["purchase_order_id"],  # type: ignore[return-value]
        )
        await check_sorts(
            client,
            f"{purchasing}/purchase-plan",
            ["detected_at", "sku", "available", "updated_at"],
            lambda row: row["suggestion_id"],  # type: ignore[return-value]
            params={"status": "all"},
        )
        await check_sorts(
            client,
            f"{purchasing}/supplier-invoices",
            ["recorded_at", "invoice_date", "due_date", "total", "status"],
            lambda row: row["invoice_id"],  # type: ignore[return-value]
        )
        open_only = await walk(client, f"{purchasing}/purchase-plan", {"sort": "sku"}, 2)
        assert len(open_only) == len(skus) - 1 and {s["status"] for s in open_only} == {"open"}

        await check_refusals(client, f"{purchasing}/purchase-orders", "created_at", "total")
        await check_refusals(client, f"{purchasing}/purchase-plan?status=all", "sku", "available")
        await check_refusals(client, f"{purchasing}/supplier-invoices", "total", "due_date")

        # the old keyset: after an order's id, oldest first, a plain list
        oldest = await walk(client, f"{purchasing}/purchase-orders", {}, 500)
        after = await client.get(
            f"{purchasing}/purchase-orders", params={"after": oldest[1]["purchase_order_id"]}
        )
        assert after.status_code == 200, after.text
        assert [o["purchase_order_id"] for o in after.json()] == [
            o["purchase_order_id"] for o in oldest[2:]
        ]
        sorted_too = await client.get(
            f"{purchasing}/purchase-orders",
            params={"after": oldest[1]["purchase_order_id"], "sort": "total"},
        )
        assert sorted_too.status_code == 422, sorted_too.text


async def test_suppliers_and_late_deliveries_sort_and_orders_name_their_supplier(
    stack: Stack,
) -> None:
    """The suppliers' list sorted by code, name, status, currency and terms (the supplier
    directory, kept in each supplier command's transaction); the late deliveries by days late,
    due date and supplier; the order, the invoices and the late lines name the supplier, the
    order's number and its lines' warehouses instead of showing ids alone."""
    _, purchasing = stack.serve("purchasing")
    tag = uuid4().hex[:6].upper()
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        ids: dict[str, str] = {}
        for n, (code, name) in enumerate(
            [
                ("C", "Zeta Paper"),
                ("A", "Mu Ink"),
                ("E", "alpha Pens"),
                ("B", "Mu Ink"),
                ("D", "Beta"),
            ]
        ):
            body = {
                "code": f"{code}-{tag}",
                "name": f"{name} {tag}",
                "currency": "USD" if code in "BD" else "CNY",
                "payment_terms_days": 30 + 15 * (n % 3),
            }
            registered = await client.post(f"{purchasing}/suppliers", json=body)
            assert registered.status_code == 201, registered.text
            ids[code] = registered.json()["id"]
        blocked = await client.post(
            f"{purchasing}/suppliers/{ids['D']}/block", json={"reason": "late again"}
        )
        assert blocked.status_code == 200, blocked.text
        for step in ("block", "unblock"):  # E blocked, then active again
            again = await client.post(
                f"{purchasing}/suppliers/{ids['E']}/{step}", json={"reason": "checked"}
            )
            assert again.status_code == 200, again.text
        renamed = await client.post(
            f"{purchasing}/suppliers/{ids['C']}/update", json={"name": f"Omega Paper {tag}"}
        )
        assert renamed.status_code == 200, renamed.text

        mine = await walk(client, f"{purchasing}/suppliers", {"name": tag}, 2)
        assert [s["code"] for s in mine] == [f"{c}-{tag}" for c in "ABCDE"]
        by_code = {s["code"][0]: s for s in mine}
        assert by_code["C"]["name"] == f"Omega Paper {tag}"  # as its last command left it
        assert by_code["D"]["blocked"] is True and by_code["D"]["blocked_reason"] == "late again"
        assert by_code["A"]["version"] == 1 and by_code["D"]["version"] == 2

        # name: any case, a part of it; blocked or not
        named = await walk(client, f"{purchasing}/suppliers", {"name": f"mu ink {tag.lower()}"}, 5)
        assert sorted(s["code"] for s in named) == [f"A-{tag}", f"B-{tag}"]
        active = await walk(client, f"{purchasing}/suppliers", {"blocked": "false"}, 200)
        assert f"D-{tag}" not in {s["code"] for s in active}
        assert f"A-{tag}" in {s["code"] for s in active}

        await check_sorts(
            client,
            f"{purchasing}/suppliers",
            ["code", "name", "currency", "payment_terms_days"],
            lambda row: row["supplier_id"],  # type: ignore[return-value]
            params={"name": tag},
        )
        statuses = await walk(client, f"{purchasing}/suppliers", {"name": tag, "sort": "status"}, 2)
        assert [s["blocked"] for s in statuses] == [False] * 4 + [True]
        down = await walk(
            client, f"{purchasing}/suppliers", {"name": tag, "sort": "status", "order": "desc"}, 2
        )
        assert [s["supplier_id"] for s in down] == [s["supplier_id"] for s in statuses][::-1]
        await refusals(client, f"{purchasing}/suppliers", {"order": "asc"}, "name", "code")
        # the old keyset: the suppliers after a code, by code
        after_b = await client.get(
            f"{purchasing}/suppliers", params={"code": f"b-{tag}", "after": f"A-{tag}"}
        )
        assert [s["code"] for s in after_b.json()] == [f"B-{tag}"]

        # late deliveries: orders sent with lines expected on days to come, read as of later
        skus = [f"L{n}-{tag}" for n in range(3)]
        await known_to_purchasing(client, purchasing, stack.namespace, skus, ["WH-SH", "WH-BJ"])
        today = datetime.now(UTC).date()
        orders = []
        for n, (who, days) in enumerate([("A", 5), ("C", 2), ("E", 9), ("A", 2)]):
            lines = [
                {**line(1, skus[n % 3], "4"), "expected_date": str(today + timedelta(days=days))},
                {
                    **line(2, skus[(n + 1) % 3], "2", "WH-BJ"),
                    "expected_date": str(today + timedelta(days=days + n)),
                },
            ]
            order_id = await approved_order(client, purchasing, ids[who], lines)
            sent = await client.post(f"{purchasing}/purchase-orders/{order_id}/send", json={})
            assert sent.status_code == 200, sent.text
            orders.append(order_id)
        on = str(today + timedelta(days=30))
        late_url = f"{purchasing}/late-deliveries"
        late_all = await walk(client, late_url, {"on": on}, 500)
        mine_late = [r for r in late_all if r["purchase_order_id"] in orders]
        assert len(mine_late) == 8
        assert all(
            r["days_late"] == (date_of(on) - date_of(r["expected_date"])).days for r in late_all
        )
        first = next(r for r in mine_late if r["purchase_order_id"] == orders[1])
        assert first["supplier_name"] == f"Omega Paper {tag}" and first["po_no"] > 0

        def line_key(row: dict[str, Any]) -> Any:
            return (row["purchase_order_id"], row["line_no"])

        await check_sorts(
            client,
            late_url,
            ["days_late", "expected_date", "supplier_name"],
            line_key,
            params={"on": on},
            limit=3,
        )
        default = [line_key(r) for r in late_all]  # the most overdue first
        by_due = await walk(client, late_url, {"on": on, "sort": "expected_date"}, 3)
        assert default == [line_key(r) for r in by_due]
        most_late = await walk(
            client, late_url, {"on": on, "sort": "days_late", "order": "desc"}, 3
        )
        assert [r["expected_date"] for r in most_late] == [r["expected_date"] for r in late_all]
        await refusals(client, late_url, {"on": on}, "days_late", "expected_date")

        # the order names its number, supplier and warehouses; the invoices and orders too
        order = (await client.get(f"{purchasing}/purchase-orders/{orders[0]}")).json()
        assert order["supplier_name"] == f"Mu Ink {tag}" and order["supplier_code"] == f"A-{tag}"
        numbers = []
        for order_id in orders:
            numbers.append(
                (await client.get(f"{purchasing}/purchase-orders/{order_id}")).json()["po_no"]
            )
        # in the order created, one number each: the commands after the first draw none
        assert numbers == list(range(numbers[0], numbers[0] + 4))
        assert [ln["warehouse_name"] for ln in order["lines"]] == ["WH-SH", "WH-BJ"]
        listed = await walk(
            client, f"{purchasing}/purchase-orders", {"supplier_id": ids["A"], "status": "sent"}, 5
        )
        assert {(o["po_no"], o["supplier_name"]) for o in listed} == {
            (numbers[0], f"Mu Ink {tag}"),
            (numbers[3], f"Mu Ink {tag}"),
        }
        invoice = {
            "supplier_id": ids["A"],
            "purchase_order_id": orders[0],
            "invoice_number": f"INV-{tag}",
            "invoice_date": str(today),
            "lines": [{"line_no": 1, "quantity": "1", "unit_price": "9.90"}],
        }
        recorded = await client.post(f"{purchasing}/supplier-invoices", json=invoice)
        assert recorded.status_code == 201, recorded.text
        invoices = (
            await client.get(
                f"{purchasing}/supplier-invoices", params={"purchase_order_id": orders[0]}
            )
        ).json()
        assert [(i["supplier_name"], i["po_no"]) for i in invoices] == [
            (f"Mu Ink {tag}", numbers[0])
        ]

        # the migration's backfill, run again from the events, yields the rows the commands wrote
        async with await psycopg.AsyncConnection.connect(stack.database("purchasing")) as conn:
            query = "SELECT * FROM suppliers ORDER BY supplier_id"
            written = await (await conn.execute(query)).fetchall()
            await conn.execute("DELETE FROM suppliers")
            await conn.execute(_migration("0013_supplier_directory").BACKFILL)
            assert await (await conn.execute(query)).fetchall() == written
            assert len(written) == 5


def _migration(name: str) -> Any:
    path = Path(jxc.purchasing.__file__).parent / "migrations" / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def date_of(text: str) -> date:
    return date.fromisoformat(text)


async def refusals(
    client: httpx.AsyncClient, url: str, given: dict[str, Any], sort: str, other: str
) -> None:
    """check_refusals with query parameters kept on every request (httpx's `params` replace
    a URL's query): an unknown sort, a garbled cursor, another list's sort or order: 422."""
    unknown = await client.get(url, params={**given, "sort": "no_such_column"})
    assert unknown.status_code == 422, unknown.text
    for garbled in ("garbage!", "eyJsIjoi", "A" * 3000):
        bad = await client.get(url, params={**given, "after": garbled})
        assert bad.status_code == 422, bad.text
    first = await client.get(url, params={**given, "sort": sort, "order": "asc", "limit": 1})
    cursor = first.headers["x-next-cursor"]
    for params in ({"sort": other, "order": "asc"}, {"sort": sort, "order": "desc"}):
        clash = await client.get(url, params={**given, **params, "after": cursor})
        assert clash.status_code == 422, clash.text
        assert "after" in clash.json()["fields"]
