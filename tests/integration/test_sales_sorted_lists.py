"""Sales' lists sorted on the server (sort, order, after: jxc.platform.paging) while each
list's old paging stays as it was: quotations, invoices, shipments, customer returns,
backorders, price lists and sales targets, every sort in both orders, a page of two at a
time, each row exactly once; descending is ascending reversed (NULLs last in both); an unknown
sort, another sort's cursor or a garbled one is a 422. One sales service for all of it, the
data made through its API (and inventory's reservations published as inventory would)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

import httpx

from jxc.events.contracts.inventory import ReservationBackordered, StockReserved
from tests.integration.harness import Stack, eventually
from tests.integration.sales_kit import (
    SALES,
    YARD,
    catalog,
    customer,
    known_to_sales,
    ok,
    own_fleet,
    publish_as,
    ship,
)

D = Decimal
WH = "WH-A"
Key = Callable[[Any], Any]


def as_is(value: Any) -> Any:
    return value


def moment(value: str) -> datetime:
    return datetime.fromisoformat(value)


async def walk(
    client: httpx.AsyncClient, url: str, **params: Any
) -> tuple[list[dict[str, Any]], int]:
    """Every row of the list, two at a time by the `next` each page answers; and the pages."""
    rows: list[dict[str, Any]] = []
    after: str | None = None
    for pages in range(1, 100):
        given = {**params, "limit": 2} | ({"after": after} if after else {})
        page = await ok(await client.get(url, params=given))
        rows += page["items"]
        after = page["next"]
        if after is None:
            return rows, pages
        assert len(page["items"]) == 2  # a next page only after a full one
    raise AssertionError("the pages never ended")


async def check_sorts(
    client: httpx.AsyncClient,
    url: str,
    ident: str | Callable[[dict[str, Any]], str],
    sorts: dict[str, tuple[Callable[[dict[str, Any]], Any], Key]],
    **filters: Any,
) -> list[str]:
    """Every sort of the list in both orders: each row once, in the order asked, NULLs last;
    descending is ascending reversed. The ids of the rows, as the old paging lists them."""
    id_of = (lambda r: str(r[ident])) if isinstance(ident, str) else ident
    plain, _ = await walk(client, url, **filters)
    ids = [id_of(row) for row in plain]
    assert len(ids) == len(set(ids)) >= 3, ids
    for sort, (value_of, key) in sorts.items():
        up, pages = await walk(client, url, **filters, sort=sort, order="asc")
        down, _ = await walk(client, url, **filters, sort=sort, order="desc")
        assert pages > 1, sort
        for rows in (up, down):
            assert sorted(id_of(r) for r in rows) == sorted(ids), sort
        values = [value_of(r) for r in up]
        known = [key(v) for v in values if v is not None]
        assert known == sorted(known), (sort, values)
        assert all(v is None for v in values[len(known) :]), (sort, values)  # NULLs last
        split = len(known)
        expected_down = [*reversed(up[:split]), *reversed(up[split:])]
        assert [id_of(r) for r in down] == [id_of(r) for r in expected_down], sort
    return ids


async def refuses_bad_sorts(client: httpx.AsyncClient, url: str, sort: str, other: str) -> None:
    unknown = await client.get(url, params={"sort": "colour"})
    assert unknown.status_code == 422, unknown.text
    assert unknown.json()["fields"] == ["sort"]
    first = await ok(await client.get(url, params={"sort": sort, "limit": 1}))
    assert first["next"] is not None
    foreign = await client.get(url, params={"sort": other, "after": first["next"]})
    assert foreign.status_code == 422, foreign.text
    garbled = await client.get(url, params={"sort": sort, "after": "x!"})
    assert garbled.status_code == 422, garbled.text
    not_an_id = await client.get(url, params={"after": first["next"]})  # the old paging's
    assert not_an_id.status_code == 422, not_an_id.text


def reserved(order_id: str, line_no: int, sku: str, qty: str) -> StockReserved:
    return StockReserved(
        sku=sku,
        warehouse=WH,
        order_id=UUID(order_id),
        line_no=line_no,
        quantity=D(qty),
        unit="box",
        available_after=D(0),
    )


def backordered(order_id: str, line_no: int, sku: str, qty: str, at: int) -> ReservationBackordered:
    return ReservationBackordered(
        sku=sku,
        warehouse=WH,
        order_id=UUID(order_id),
        line_no=line_no,
        quantity=D(qty),
        unit="box",
        available=D(0),
        position=at,
    )


async def test_sales_lists_page_in_the_order_asked(stack: Stack) -> None:
    _, sales = stack.serve("sales")
    ns = stack.namespace
    await catalog(stack, {"TEA": "box", "CUP": "box", "JAR": "box"}, [WH])
    hx = await customer(stack, f"HX-{ns}", "1000000")
    ly = await customer(stack, f"LY-{ns}", "1000000")
    today = datetime.now(UTC).date()
    async with httpx.AsyncClient(headers=SALES, timeout=30) as client:
        await known_to_sales(client, sales, [(hx, "1000000"), (ly, "1000000")], ["TEA", "CUP"])

        async def place(who: UUID, price: str, promised: date | None, *skus: str) -> str:
            body: dict[str, Any] = {
                "customer_id": str(who),
                "lines": [
                    {"sku": sku, "warehouse": WH, "quantity": "2", "unit_price": price}
                    for sku in skus
                ],
            }
            if promised is not None:
                body["promised_on"] = str(promised)
            return str((await ok(await client.post(f"{sales}/orders", json=body), 201))["id"])

        # four orders reserved and shipped, one of three lines all backordered
        shipped = [
            await place(hx, "30", today + timedelta(days=3), "TEA"),
            await place(ly, "10", today + timedelta(days=1), "TEA"),
            await place(hx, "50", None, "TEA"),
            await place(ly, "20", today + timedelta(days=2), "TEA"),
        ]
        waiting = await place(hx, "5", None, "TEA", "CUP", "JAR")
        waiting_too = await place(ly, "6", today + timedelta(days=5), "CUP")
        await publish_as(
            stack,
            "inventory",
            "stock-TEA@WH-A",
            *(reserved(order, 1, "TEA", "2") for order in shipped),
            backordered(waiting, 1, "TEA", "2", 1),
            backordered(waiting, 2, "CUP", "2", 2),
            backordered(waiting, 3, "JAR", "2", 3),
            backordered(waiting_too, 1, "CUP", "2", 1),
        )

        async def all_reserved() -> bool:
            for order in shipped:
                view = await client.get(f"{sales}/shipping-orders/{order}")
                if view.status_code != 200 or any(
                    D(x["reserved"]) != D(x["quantity"]) for x in view.json()["lines"]
                ):
                    return False
            backorders = await ok(await client.get(f"{sales}/backorders"))
            return len(backorders["items"]) == 4

        await eventually(all_reserved)
        carrier = await own_fleet(client, sales, ns)
        shipments = [await ship(client, sales, WH, order, carrier) for order in shipped[:3]]
        made = await ok(
            await client.post(
                f"{sales}/warehouses/{WH}/shipments",
                json={"order_id": shipped[3]},
                headers=YARD,
            ),
            201,
        )
        shipments.append(str(made["id"]))  # created, not yet dispatched
        await ok(
            await client.post(
                f"{sales}/shipments/{shipments[0]}/deliver", json={"signed_by": "Li"}, headers=YARD
            )
        )

        # quotations, price lists and sales targets
        for who, price, days in [(hx, "12", 20), (ly, "9", 10), (hx, "15", 30)]:
            line = {"sku": "TEA", "warehouse": WH, "quantity": "1", "unit_price": price}
            body = {
                "customer_id": str(who),
                "lines": [line],
                "valid_until": str(today + timedelta(days=days)),
            }
            quote = await ok(await client.post(f"{sales}/quotations", json=body), 201)
        await ok(await client.post(f"{sales}/quotations/{quote['id']}/accept"))
        for code, group, starts, ends in [
            ("PL-B", "retail", 5, None),
            ("PL-C", "trade", 10, 30),
            ("PL-A", "vip", 1, 60),
        ]:
            body = {
                "code": f"{code}-{ns}",
                "customer_group": group,
                "currency": "CNY",
                "valid_from": str(today + timedelta(days=starts)),
                "prices": [{"sku": "TEA", "unit_price": "10"}],
            }
            if ends is not None:
                body["valid_until"] = str(today + timedelta(days=ends))
            await ok(await client.post(f"{sales}/price-lists", json=body), 201)
        for dimension, subject, period, amount in [
            ("salesperson", "alice", "2026-11", "5000"),
            ("warehouse", WH, "2026-Q4", "900"),
            ("category", "food", "2026", "12000"),
        ]:
            target = {
                "dimension": dimension,
                "subject": subject,
                "period": period,
                "amount": amount,
                "currency": "CNY",
            }
            await ok(await client.post(f"{sales}/sales-targets", json=target))

        # the invoices and returns follow the dispatched shipments
        async def invoiced() -> list[Any] | None:
            found = await ok(await client.get(f"{sales}/invoices"))
            return found["items"] if len(found["items"]) == 3 else None

        await eventually(invoiced)
        returns = []
        for order in shipped[:3]:

            async def returnable(order: str = order) -> bool:
                lines = await client.get(f"{sales}/returnable-lines", params={"order_id": order})
                return lines.status_code == 200 and any(
                    D(x["returnable"]) > 0 for x in lines.json()
                )

            await eventually(returnable)
            asked = {
                "order_id": order,
                "reason": "broken",
                "lines": [{"line_no": 1, "quantity": "1"}],
            }
            returns.append(
                (await ok(await client.post(f"{sales}/customer-returns", json=asked), 201))["id"]
            )
        await ok(await client.post(f"{sales}/customer-returns/{returns[1]}/approve", json={}))

        text: Key = as_is
        money = D
        await check_sorts(
            client,
            f"{sales}/quotations",
            "quotation_id",
            {
                "created_on": (lambda r: r["created_on"], text),
                "valid_until": (lambda r: r["valid_until"], text),
                "customer_id": (lambda r: r["customer_id"], text),
                "status": (lambda r: r["status"], text),
                "total": (lambda r: r["total"], money),
            },
        )
        await check_sorts(
            client,
            f"{sales}/invoices",
            "invoice_id",
            {
                name: (lambda r, name=name: r[name], money if name == "gross_total" else text)
                for name in ("invoice_no", "issued_on", "due_on", "customer_id", "gross_total")
            },
        )
        listed = await check_sorts(
            client,
            f"{sales}/shipments",
            "shipment_id",
            {
                "created_at": (lambda r: r["created_at"], moment),
                "status": (lambda r: r["status"], text),
                "value": (lambda r: r["value"], money),
                "promised_on": (lambda r: r["promised_on"], text),
                "dispatched_on": (lambda r: r["dispatched_on"], text),
                "delivered_on": (lambda r: r["delivered_on"], text),
            },
        )
        assert listed == sorted(shipments, key=UUID)  # the old paging: by id
        await check_sorts(
            client,
            f"{sales}/customer-returns",
            "return_id",
            {
                "requested_at": (lambda r: r["requested_at"], moment),
                "updated_at": (lambda r: r["updated_at"], moment),
                "status": (lambda r: r["status"], text),
                "customer_id": (lambda r: r["customer_id"], text),
            },
        )
        lines = await check_sorts(
            client,
            f"{sales}/backorders",
            lambda r: f"{r['order_no']}/{r['line_no']}",
            {
                "order_no": (lambda r: r["order_no"], text),
                "taken_on": (lambda r: r["taken_on"], text),
                "promised_on": (lambda r: r["promised_on"], text),
                "sku": (lambda r: r["sku"], text),
                "position": (lambda r: r["position"], as_is),
            },
        )
        assert len(lines) == 4
        await check_sorts(
            client,
            f"{sales}/price-lists",
            "price_list_id",
            {
                name: (lambda r, name=name: r[name], moment if name == "changed_at" else text)
                for name in ("code", "customer_group", "valid_from", "valid_until", "changed_at")
            },
        )
        await check_sorts(
            client,
            f"{sales}/sales-targets",
            "target_id",
            {
                "period": (lambda r: r["period"], text),
                "dimension": (lambda r: r["dimension"], text),
                "subject": (lambda r: r["subject"], text),
                "amount": (lambda r: r["target"]["amount"], money),
                "updated_at": (lambda r: r["updated_at"], moment),
            },
        )

        for path, sort, other in [
            ("quotations", "total", "created_on"),
            ("invoices", "due_on", "invoice_no"),
            ("shipments", "dispatched_on", "value"),
            ("customer-returns", "status", "requested_at"),
            ("backorders", "promised_on", "sku"),
            ("price-lists", "code", "valid_from"),
            ("sales-targets", "amount", "period"),
        ]:
            await refuses_bad_sorts(client, f"{sales}/{path}", sort, other)
