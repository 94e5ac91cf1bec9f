"""The supplier-invoice list: one row per invoice and per line, written in the transaction of
the command that changed the invoice, from its state after it."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row

from jxc.platform.store import Conn
from jxc.purchasing.domain.supplier_invoice import SupplierInvoiceState

_INVOICE = """
INSERT INTO supplier_invoices (invoice_id, supplier_id, invoice_number, purchase_order_id,
    status, currency, total, invoice_date, due_date, hold_reason, overridden_by, version,
    recorded_at, updated_at)
VALUES (%(id)s, %(supplier_id)s, %(number)s, %(order_id)s, %(status)s, %(currency)s, %(total)s,
    %(invoice_date)s, %(due_date)s, %(hold_reason)s, %(overridden_by)s, %(version)s, %(at)s,
    %(at)s)
ON CONFLICT (invoice_id) DO UPDATE SET
    status = excluded.status, hold_reason = excluded.hold_reason,
    overridden_by = excluded.overridden_by, version = excluded.version,
    updated_at = excluded.updated_at
"""

_LINES = """
INSERT INTO supplier_invoice_lines (invoice_id, line_no, sku, quantity, unit_price)
SELECT %s, * FROM unnest(%s::int[], %s::text[], %s::numeric[], %s::numeric[])
ON CONFLICT (invoice_id, line_no) DO NOTHING
"""

_COLUMNS = (
    "invoice_id, supplier_id, invoice_number, purchase_order_id, status, currency, total, "
    "invoice_date, due_date, hold_reason, overridden_by, version, recorded_at, updated_at"
)


async def save(
    conn: Conn, invoice_id: UUID, state: SupplierInvoiceState, version: int, at: datetime
) -> None:
    assert state.status is not None
    await conn.execute(
        _INVOICE,
        {
            "id": invoice_id,
            "supplier_id": state.supplier_id,
            "number": state.invoice_number,
            "order_id": state.purchase_order_id,
            "status": state.status.value,
            "currency": state.currency,
            "total": state.total,
            "invoice_date": state.invoice_date,
            "due_date": state.due_date,
            "hold_reason": state.hold_reason,
            "overridden_by": state.overridden_by,
            "version": version,
            "at": at,
        },
    )
    lines = state.lines
    await conn.execute(
        _LINES,
        (
            invoice_id,
            [line.line_no for line in lines],
            [line.sku for line in lines],
            [line.quantity for line in lines],
            [line.unit_price for line in lines],
        ),
    )


async def number_taken(conn: Conn, supplier_id: UUID, number: str) -> bool:
    """Whether the supplier has an invoice numbered `number`. Locks the pair until the end of
    the transaction, so two invoices with the same number cannot both be recorded."""
    await conn.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
        (f"supplier-invoice-number:{supplier_id}:{number.strip()}",),
    )
    cur = await conn.execute(
        "SELECT 1 FROM supplier_invoices WHERE supplier_id = %s AND invoice_number = %s",
        (supplier_id, number.strip()),
    )
    return await cur.fetchone() is not None


async def invoiced_before(conn: Conn, order_id: UUID, besides: UUID) -> dict[int, Decimal]:
    """Per PO line, what the order's matched invoices (other than `besides`) invoiced."""
    cur = await conn.execute(
        "SELECT l.line_no, sum(l.quantity) FROM supplier_invoice_lines l "
        "JOIN supplier_invoices i USING (invoice_id) "
        "WHERE i.purchase_order_id = %s AND i.status = 'matched' AND i.invoice_id <> %s "
        "GROUP BY l.line_no",
        (order_id, besides),
    )
    return {line_no: quantity for line_no, quantity in await cur.fetchall()}


async def search(
    conn: Conn,
    status: str | None,
    supplier_id: UUID | None,
    order_id: UUID | None,
    limit: int,
) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        f"SELECT {_COLUMNS} FROM supplier_invoices "
        "WHERE (%(status)s::text IS NULL OR status = %(status)s) "
        "AND (%(supplier)s::uuid IS NULL OR supplier_id = %(supplier)s) "
        "AND (%(order)s::uuid IS NULL OR purchase_order_id = %(order)s) "
        "ORDER BY recorded_at, invoice_id LIMIT %(limit)s",
        {"status": status, "supplier": supplier_id, "order": order_id, "limit": limit},
    )
    return await cur.fetchall()
