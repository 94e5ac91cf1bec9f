"""Issue 8, item 7: invoicing. When a shipment is dispatched the invoicing policy issues its
invoice (or, with JXC_SALES_INVOICE_PER=order, the order's once all of it is dispatched):
sales.InvoiceIssued with VAT per item category (rates set by an admin, 13 % by default), tax
rounded half up per line, net + tax = gross exactly. Orders, reservations, customers and
items arrive as their contexts publish them."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID, uuid4

import httpx
import psycopg

from jxc.events.base import Money
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.crm import Address, CustomerRegistered
from jxc.events.contracts.inventory import ItemRegistered, StockReserved
from jxc.events.contracts.sales import InvoiceIssued, OrderLine, OrderPlaced
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually, free_port, wait_http
from tests.integration.publishing import envelope_of, publish, read_all
from tests.integration.sales_kit import invoices_of, ok, own_fleet, ship

ADMIN = bearer("admin.li", ["admin"])
SALES = bearer("li.na", ["sales"])
D = Decimal


async def an_order(ns: str, sales: str, client: httpx.AsyncClient) -> tuple[UUID, str, str]:
    """An order of 10 tea (food) from WH-A for 99.95 and 3 cups (kitchen) from WH-B for
    10.05, reserved in full, known to sales with its items' categories."""
    tea, cup = f"TEA-{ns}", f"CUP-{ns}"
    customer_id, order_id = uuid4(), uuid4()
    items = [
        envelope_of(
            ItemRegistered(sku=tea, name="Tea", unit="box", category="food"), f"item-{tea}"
        ),
        envelope_of(
            ItemRegistered(sku=cup, name="Cup", unit="pcs", category="kitchen"), f"item-{cup}"
        ),
    ]
    shop = Address(
        label="shop",
        street="1 Road",
        city="Shanghai",
        country="CN",
        latitude=D("31.2"),
        longitude=D("121.4"),
    )
    customer = CustomerRegistered(
        customer_id=customer_id,
        code=f"C-{ns}",
        name="Hongxing",
        customer_group="retail",
        currency="CNY",
        addresses=[shop],
    )

    def line(no: int, sku: str, wh: str, qty: str, unit: str, net: str) -> OrderLine:
        return OrderLine(
            line_no=no,
            sku=sku,
            warehouse=wh,
            quantity=D(qty),
            unit=unit,
            unit_price=Money(amount=D(net) / D(qty), currency="CNY"),
            net_amount=Money(amount=D(net), currency="CNY"),
        )

    placed = OrderPlaced(
        order_id=order_id,
        customer_id=customer_id,
        currency="CNY",
        lines=[
            line(1, tea, "WH-A", "10", "box", "99.95"),
            line(2, cup, "WH-B", "3", "pcs", "10.05"),
        ],
    )
    reserved = [
        StockReserved(
            sku=tea,
            warehouse="WH-A",
            order_id=order_id,
            line_no=1,
            quantity=D(10),
            unit="box",
            available_after=D(0),
        ),
        StockReserved(
            sku=cup,
            warehouse="WH-B",
            order_id=order_id,
            line_no=2,
            quantity=D(3),
            unit="pcs",
            available_after=D(0),
        ),
    ]
    await publish(
        topic_of("inventory", ns), [*items, *(envelope_of(r, f"stock-{r.sku}") for r in reserved)]
    )
    await publish(topic_of("crm", ns), [envelope_of(customer, f"customer-{customer_id}")])
    await publish(topic_of("sales", ns), [envelope_of(placed, f"order-{order_id}")])

    async def known() -> bool:
        view = await client.get(
            f"{sales}/shipping-orders/{order_id}",
            params={"wait_for_event": str(items[-1].event_id)},
            headers=SALES,
        )
        return view.status_code == 200 and all(
            D(x["reserved"]) == D(x["quantity"]) for x in view.json()["lines"]
        )

    await eventually(known)
    return order_id, tea, cup


async def test_each_dispatched_shipment_is_invoiced_with_vat_per_category(stack: Stack) -> None:
    _, sales = stack.serve("sales")
    ns = stack.namespace
    async with httpx.AsyncClient(timeout=30) as client:
        not_admin = await client.post(
            f"{sales}/vat-rates", json={"category": "food", "rate": "0.09"}, headers=SALES
        )
        assert not_admin.status_code == 403
        await ok(
            await client.post(
                f"{sales}/vat-rates", json={"category": "food", "rate": "0.09"}, headers=ADMIN
            )
        )
        rates = await ok(await client.get(f"{sales}/vat-rates", headers=SALES))
        assert rates == {"default": "0.13", "categories": {"food": "0.09"}}

        order_id, tea, cup = await an_order(ns, sales, client)
        carrier = await own_fleet(client, sales, ns)
        part_a = await ship(
            client, sales, "WH-A", order_id, carrier, [{"line_no": 1, "quantity": "3"}]
        )
        part_b = await ship(client, sales, "WH-B", order_id, carrier)

        listed = await invoices_of(client, sales, order_id, 2)
        by_shipment = {row["shipment_id"]: row for row in listed}
        # 3 of 10 tea: 99.95 x 3 / 10 = 29.985 → 29.99; 9 % → 2.6991 → 2.70
        assert (
            by_shipment[part_a]["net_total"],
            by_shipment[part_a]["tax_total"],
            by_shipment[part_a]["gross_total"],
        ) == ("29.99", "2.70", "32.69")
        # 3 cups, the whole line: 10.05; kitchen has no rate of its own: 13 % → 1.3065 → 1.31
        assert (
            by_shipment[part_b]["net_total"],
            by_shipment[part_b]["tax_total"],
            by_shipment[part_b]["gross_total"],
        ) == ("10.05", "1.31", "11.36")
        invoice = await ok(
            await client.get(f"{sales}/invoices/{by_shipment[part_b]['invoice_id']}", headers=SALES)
        )
        assert invoice["lines"][0]["category"] == "kitchen"
        assert invoice["taxes"] == [
            {"tax_rate": "0.13", "net_amount": "10.05", "tax_amount": "1.31"}
        ]

        again = await client.post(f"{sales}/invoices", json={"shipment_id": part_a}, headers=SALES)
        assert again.status_code == 409, again.text
        per_order = await client.post(
            f"{sales}/invoices", json={"order_id": str(order_id)}, headers=SALES
        )
        assert per_order.status_code == 422, per_order.text

    records = await read_all(topic_of("sales", ns), expect=20)
    decoded = [registry.decode(from_kafka(r.value, r.headers)) for r in records]  # type: ignore[attr-defined]
    issued = [e for e in decoded if isinstance(e, InvoiceIssued)]
    assert len(issued) == 2
    for event in issued:
        assert event.net_total + event.tax_total == event.gross_total
        assert event.customer_id is not None and event.due_on > event.issued_on
    assert {e.lines[0].sku for e in issued} == {tea, cup}
    # numbered without gaps in the year's series; the refused second issue took none
    year = issued[0].issued_on.year
    assert sorted(e.invoice_no for e in issued) == [f"INV-{year}-000001", f"INV-{year}-000002"]
    with psycopg.connect(stack.database("sales")) as conn:
        taken = conn.execute("SELECT series, year, last FROM document_numbers").fetchall()
    assert taken == [("INV", year, 2)]


async def test_per_order_one_invoice_once_all_of_it_is_dispatched(stack: Stack) -> None:
    stack.migrate("sales")
    port = free_port()
    process = stack.start("sales", "serve", JXC_HTTP_PORT=str(port), JXC_SALES_INVOICE_PER="order")
    sales = f"http://127.0.0.1:{port}"
    wait_http(sales + "/healthz", process)
    ns = stack.namespace
    async with httpx.AsyncClient(timeout=30) as client:
        order_id, _, _ = await an_order(ns, sales, client)
        carrier = await own_fleet(client, sales, ns)
        await ship(client, sales, "WH-A", order_id, carrier)
        early = await client.post(
            f"{sales}/invoices", json={"order_id": str(order_id)}, headers=SALES
        )
        assert early.status_code == 409, early.text  # WH-B's cups have not left
        await ship(client, sales, "WH-B", order_id, carrier)
        [invoice] = await invoices_of(client, sales, order_id, 1)
        assert invoice["shipment_id"] is None
        # The order's own net amounts, at 13 % (no rate set in this run): 99.95 → 12.9935
        # → 12.99 and 10.05 → 1.3065 → 1.31
        assert (invoice["net_total"], invoice["tax_total"], invoice["gross_total"]) == (
            "110.00",
            "14.30",
            "124.30",
        )
