"""The order book: one row per order and per line, written in the transaction of the command
that changed the order, from the order's state after it; the order numbers' sequence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Date, Text, and_, bindparam, exists, or_, select, tuple_
from sqlalchemy import Uuid as UuidType
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.unnest import UnnestInsert
from jxc.sales.domain.order import OrderState
from jxc.sales.tables import order_lines as lines
from jxc.sales.tables import order_numbers, orders

_NEXT = Statement(select(order_numbers.next_value()))

_new = insert(orders).values({c.name: bindparam(c.name) for c in orders.c})
_ORDER = Statement(
    _new.on_conflict_do_update(
        index_elements=[orders.c.order_id],
        set_={n: _new.excluded[n] for n in ("status", "status_reason", "version", "updated_at")},
    )
)
_LINES = UnnestInsert(
    lines,
    [c.name for c in lines.c],
    conflict=("order_id", "line_no"),
    update=("reservation", "backorder_position", "shipped"),
)


def _text(name: str) -> Any:
    return bindparam(name, type_=Text)


def _line_matches() -> Any:
    return exists(
        select(lines.c.line_no).where(
            lines.c.order_id == orders.c.order_id,
            or_(_text("sku").is_(None), lines.c.sku == _text("sku")),
            or_(_text("warehouse").is_(None), lines.c.warehouse == _text("warehouse")),
        )
    )


_CUSTOMER_OF = Statement(
    select(orders.c.customer_id).where(orders.c.order_id == bindparam("order_id"))
)
_customer = bindparam("customer", type_=UuidType)
_SEARCH = Statement(
    select(orders)
    .where(
        or_(_customer.is_(None), orders.c.customer_id == _customer),
        or_(_text("status").is_(None), orders.c.status == _text("status")),
        or_(bindparam("from", type_=Date).is_(None), orders.c.taken_on >= bindparam("from")),
        or_(bindparam("to", type_=Date).is_(None), orders.c.taken_on <= bindparam("to")),
        or_(and_(_text("sku").is_(None), _text("warehouse").is_(None)), _line_matches()),
        or_(_text("after").is_(None), orders.c.order_no > _text("after")),
    )
    .order_by(orders.c.order_no)
    .limit(bindparam("limit"))
)

#: The order book sorted on the server (sort/order/after): the same filters, keyset pages.
ORDERS = Paging(
    "orders",
    select(orders).where(
        or_(_customer.is_(None), orders.c.customer_id == _customer),
        or_(_text("status").is_(None), orders.c.status == _text("status")),
        or_(bindparam("from", type_=Date).is_(None), orders.c.taken_on >= bindparam("from")),
        or_(bindparam("to", type_=Date).is_(None), orders.c.taken_on <= bindparam("to")),
        or_(and_(_text("sku").is_(None), _text("warehouse").is_(None)), _line_matches()),
    ),
    {
        name: orders.c[name]
        for name in ("order_no", "taken_on", "promised_on", "status", "total", "updated_at")
    },
    (orders.c.order_id,),
    default="order_no",
)

_backordered = (
    select(
        lines.c.order_id,
        lines.c.order_no,
        lines.c.line_no,
        lines.c.sku,
        lines.c.warehouse,
        lines.c.quantity,
        lines.c.unit,
        lines.c.backorder_position,
        orders.c.customer_id,
        orders.c.taken_on,
        orders.c.promised_on,
    )
    .join_from(lines, orders, lines.c.order_id == orders.c.order_id)
    .where(
        lines.c.reservation == "backordered",
        orders.c.status != "cancelled",
        or_(_customer.is_(None), orders.c.customer_id == _customer),
        or_(_text("sku").is_(None), lines.c.sku == _text("sku")),
        or_(_text("warehouse").is_(None), lines.c.warehouse == _text("warehouse")),
    )
)
_BACKORDERS = Statement(
    _backordered.where(
        or_(
            _text("after_no").is_(None),
            tuple_(lines.c.order_no, lines.c.line_no)
            > tuple_(_text("after_no"), bindparam("after_line")),
        ),
    )
    .order_by(lines.c.order_no, lines.c.line_no)
    .limit(bindparam("limit"))
)
#: The backordered lines sorted on the server (sort/order/after): the same filters.
BACKORDERS = Paging(
    "backorders",
    _backordered,
    {
        "order_no": lines.c.order_no,
        "taken_on": orders.c.taken_on,
        "promised_on": orders.c.promised_on,
        "sku": lines.c.sku,
        "position": lines.c.backorder_position,
    },
    (lines.c.order_id, lines.c.line_no),
    default="order_no",
)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the order book is narrowed to; None leaves a filter out."""

    customer_id: UUID | None = None
    sku: str | None = None
    warehouse: str | None = None
    status: str | None = None
    taken_from: date | None = None
    taken_to: date | None = None


async def next_number(conn: Conn) -> int:
    cur = await conn.execute(_NEXT.sql, _NEXT.args())
    row = await cur.fetchone()
    assert row is not None
    return int(row[0])


async def customer_of(conn: Conn, order_id: UUID) -> UUID | None:
    """The customer of the order, if the order book has it."""
    cur = await conn.execute(_CUSTOMER_OF.sql, _CUSTOMER_OF.args(order_id=order_id))
    row = await cur.fetchone()
    return None if row is None else UUID(str(row[0]))


async def save(conn: Conn, order_id: UUID, state: OrderState, version: int, at: datetime) -> None:
    """Write the order as `state` says it is now (at stream `version`)."""
    taken = state.taken
    assert taken is not None
    await conn.execute(
        _ORDER.sql,
        _ORDER.args(
            order_id=order_id,
            order_no=taken.order_no,
            customer_id=taken.customer_id,
            status=state.status,
            status_reason=state.status_reason,
            currency=taken.currency,
            total=taken.total.amount,
            taken_on=taken.taken_on,
            promised_on=taken.promised_on,
            version=version,
            updated_at=at,
        ),
    )
    priced = {line.line_no: line for line in taken.lines}
    rows = [
        {
            "order_id": order_id,
            "line_no": line.line_no,
            "order_no": taken.order_no,
            "sku": line.sku,
            "warehouse": line.warehouse,
            "quantity": line.quantity,
            "unit": line.unit,
            "unit_price": priced[line.line_no].unit_price.amount,
            "net_amount": priced[line.line_no].net_amount.amount,
            "reservation": line.reservation.value,
            "backorder_position": line.backorder_position,
            "shipped": line.shipped,
        }
        for line in state.lines
    ]
    await conn.execute(*_LINES.statement(rows))


async def search(
    conn: Conn, filters: Filters, after: str | None, limit: int
) -> list[dict[str, Any]]:
    """At most `limit` orders matching `filters`, by order number, after the number `after`."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _SEARCH.sql,
            _SEARCH.args(
                customer=filters.customer_id,
                sku=filters.sku,
                warehouse=filters.warehouse,
                status=filters.status,
                **{"from": filters.taken_from, "to": filters.taken_to},
                after=after,
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def sorted_page(
    conn: Conn,
    filters: Filters,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of the orders matching `filters` in the order asked, and the next page's cursor."""
    return await ORDERS.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        customer=filters.customer_id,
        sku=filters.sku,
        warehouse=filters.warehouse,
        status=filters.status,
        **{"from": filters.taken_from, "to": filters.taken_to},
    )


async def backorders(
    conn: Conn, filters: Filters, after: tuple[str, int] | None, limit: int
) -> list[dict[str, Any]]:
    """Backordered lines of orders not cancelled, in placement order (order number, line)."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _BACKORDERS.sql,
            _BACKORDERS.args(
                customer=filters.customer_id,
                sku=filters.sku,
                warehouse=filters.warehouse,
                after_no=None if after is None else after[0],
                after_line=0 if after is None else after[1],
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def sorted_backorders(
    conn: Conn,
    filters: Filters,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of the backordered lines in the order asked, and the next page's cursor."""
    return await BACKORDERS.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        customer=filters.customer_id,
        sku=filters.sku,
        warehouse=filters.warehouse,
    )
