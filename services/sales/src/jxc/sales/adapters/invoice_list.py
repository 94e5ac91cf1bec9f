"""The invoice list: one row per invoice, written in the transaction that issued it."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Uuid, bindparam, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.events.contracts.sales import InvoiceIssued
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.tables import invoices

_SAVE = Statement(
    insert(invoices)
    .values({c.name: bindparam(c.name) for c in invoices.c})
    .on_conflict_do_nothing(index_elements=[invoices.c.invoice_id])
)


def _optional(name: str) -> Any:
    return bindparam(name, type_=Uuid)


_SEARCH = Statement(
    select(invoices)
    .where(
        or_(_optional("order_id").is_(None), invoices.c.order_id == _optional("order_id")),
        or_(_optional("customer_id").is_(None), invoices.c.customer_id == _optional("customer_id")),
        or_(_optional("after").is_(None), invoices.c.invoice_id > _optional("after")),
    )
    .order_by(invoices.c.invoice_id)
    .limit(bindparam("limit"))
)

#: The invoices sorted on the server (sort/order/after): the same filters, keyset pages.
INVOICES = Paging(
    "invoices",
    select(invoices).where(
        or_(_optional("order_id").is_(None), invoices.c.order_id == _optional("order_id")),
        or_(_optional("customer_id").is_(None), invoices.c.customer_id == _optional("customer_id")),
    ),
    {
        name: invoices.c[name]
        for name in ("invoice_no", "issued_on", "due_on", "customer_id", "gross_total")
    },
    (invoices.c.invoice_id,),
    default="invoice_no",
)


async def save(conn: Conn, invoice: InvoiceIssued) -> None:
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            invoice_id=invoice.invoice_id,
            invoice_no=invoice.invoice_no,
            order_id=invoice.order_id,
            shipment_id=invoice.shipment_id,
            customer_id=invoice.customer_id,
            issued_on=invoice.issued_on,
            due_on=invoice.due_on,
            currency=invoice.currency,
            net_total=invoice.net_total,
            tax_total=invoice.tax_total,
            gross_total=invoice.gross_total,
        ),
    )


async def search(
    conn: Conn, order_id: UUID | None, customer_id: UUID | None, after: UUID | None, limit: int
) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _SEARCH.sql,
            _SEARCH.args(order_id=order_id, customer_id=customer_id, after=after, limit=limit),
        )
        return list(await cur.fetchall())


async def sorted_page(
    conn: Conn,
    order_id: UUID | None,
    customer_id: UUID | None,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of the invoices in the order asked, and the next page's cursor."""
    return await INVOICES.fetch(
        conn, sort, order, after, limit, order_id=order_id, customer_id=customer_id
    )
