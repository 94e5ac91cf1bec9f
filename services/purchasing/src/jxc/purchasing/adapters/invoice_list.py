"""The supplier-invoice list: one row per invoice and per line, written in the transaction of
the command that changed the invoice, from its state after it."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import bindparam, func, literal, or_, select, tuple_
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key
from jxc.platform.unnest import UnnestInsert
from jxc.purchasing.domain.supplier_invoice import SupplierInvoiceState
from jxc.purchasing.tables import purchase_orders, suppliers
from jxc.purchasing.tables import supplier_invoice_lines as lines
from jxc.purchasing.tables import supplier_invoices as invoices

_new_invoice = insert(invoices).values({c.name: bindparam(c.name) for c in invoices.c})
_INVOICE = Statement(
    _new_invoice.on_conflict_do_update(
        index_elements=[invoices.c.invoice_id],
        set_={
            name: _new_invoice.excluded[name]
            for name in ("status", "hold_reason", "overridden_by", "version", "updated_at")
        },
    )
)

_LINES = UnnestInsert(lines, [c.name for c in lines.c], conflict=("invoice_id", "line_no"))

_NUMBER_TAKEN = Statement(
    select(literal(1)).where(
        invoices.c.supplier_id == bindparam("supplier_id"),
        invoices.c.invoice_number == bindparam("number"),
    )
)

_INVOICED_BEFORE = Statement(
    select(lines.c.line_no, func.sum(lines.c.quantity))
    .join_from(lines, invoices)
    .where(
        invoices.c.purchase_order_id == bindparam("order_id"),
        invoices.c.status == "matched",
        invoices.c.invoice_id != bindparam("besides"),
    )
    .group_by(lines.c.line_no)
)


def _unless_none(name: str, column: Any) -> Any:
    """`column = :name`, or anything when the parameter is NULL."""
    return or_(bindparam(name, type_=column.type).is_(None), column == bindparam(name))


_after = invoices.alias("after_invoice")

#: Each invoice with its supplier's name and its order's number.
_NAMED = select(
    invoices,
    suppliers.c.name.label("supplier_name"),
    purchase_orders.c.po_no,
).select_from(
    invoices.outerjoin(suppliers, suppliers.c.supplier_id == invoices.c.supplier_id).outerjoin(
        purchase_orders, purchase_orders.c.purchase_order_id == invoices.c.purchase_order_id
    )
)

#: The invoices list sorted and keyset paged.
INVOICES = Paging(
    "supplier-invoices",
    _NAMED.where(
        _unless_none("status", invoices.c.status),
        _unless_none("supplier", invoices.c.supplier_id),
        _unless_none("of_order", invoices.c.purchase_order_id),
    ),
    {
        name: invoices.c[name]
        for name in ("recorded_at", "invoice_date", "due_date", "total", "status")
    },
    (invoices.c.invoice_id,),
    default="recorded_at",
)

_SEARCH = Statement(
    _NAMED.where(
        _unless_none("status", invoices.c.status),
        _unless_none("supplier", invoices.c.supplier_id),
        _unless_none("order", invoices.c.purchase_order_id),
        or_(
            bindparam("after", type_=invoices.c.invoice_id.type).is_(None),
            tuple_(invoices.c.recorded_at, invoices.c.invoice_id)
            > select(_after.c.recorded_at, _after.c.invoice_id)
            .where(_after.c.invoice_id == bindparam("after"))
            .scalar_subquery(),
        ),
    )
    .order_by(invoices.c.recorded_at, invoices.c.invoice_id)
    .limit(bindparam("limit"))
)


async def save(
    conn: Conn, invoice_id: UUID, state: SupplierInvoiceState, version: int, at: datetime
) -> None:
    assert state.status is not None
    await conn.execute(
        _INVOICE.sql,
        _INVOICE.args(
            invoice_id=invoice_id,
            supplier_id=state.supplier_id,
            invoice_number=state.invoice_number,
            purchase_order_id=state.purchase_order_id,
            status=state.status.value,
            currency=state.currency,
            total=state.total,
            invoice_date=state.invoice_date,
            due_date=state.due_date,
            hold_reason=state.hold_reason,
            overridden_by=state.overridden_by,
            version=version,
            recorded_at=at,
            updated_at=at,
        ),
    )
    rows = [
        {
            "invoice_id": invoice_id,
            "line_no": line.line_no,
            "sku": line.sku,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
        }
        for line in state.lines
    ]
    await conn.execute(*_LINES.statement(rows))


async def number_taken(conn: Conn, supplier_id: UUID, number: str) -> bool:
    """Whether the supplier has an invoice numbered `number`. Locks the pair until the end of
    the transaction, so two invoices with the same number cannot both be recorded."""
    await lock_key(conn, f"supplier-invoice-number:{supplier_id}:{number.strip()}")
    cur = await conn.execute(
        _NUMBER_TAKEN.sql, _NUMBER_TAKEN.args(supplier_id=supplier_id, number=number.strip())
    )
    return await cur.fetchone() is not None


async def invoiced_before(conn: Conn, order_id: UUID, besides: UUID) -> dict[int, Decimal]:
    """Per PO line, what the order's matched invoices (other than `besides`) invoiced."""
    cur = await conn.execute(
        _INVOICED_BEFORE.sql, _INVOICED_BEFORE.args(order_id=order_id, besides=besides)
    )
    return {line_no: quantity for line_no, quantity in await cur.fetchall()}


async def page(
    conn: Conn,
    status: str | None,
    supplier_id: UUID | None,
    order_id: UUID | None,
    limit: int,
    *,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of invoices, oldest recorded first unless sorted otherwise."""
    return await INVOICES.fetch(
        conn, sort, order, after, limit, status=status, supplier=supplier_id, of_order=order_id
    )


async def search(
    conn: Conn,
    status: str | None,
    supplier_id: UUID | None,
    order_id: UUID | None,
    limit: int,
    after: UUID | None = None,
) -> list[dict[str, Any]]:
    """Invoices oldest first; a keyset page: those after the invoice `after`."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        _SEARCH.sql,
        _SEARCH.args(status=status, supplier=supplier_id, order=order_id, after=after, limit=limit),
    )
    return await cur.fetchall()
