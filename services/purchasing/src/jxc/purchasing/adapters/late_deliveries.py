"""Late deliveries: the lines of orders sent to their suppliers whose expected date has
passed with less accepted than ordered, for the back office's dashboard; sorted by days late,
expected date or supplier (its name) and keyset paged on the server."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, Text, bindparam, cast, func, select
from sqlalchemy.dialects.postgresql import ARRAY

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.store import Conn
from jxc.purchasing.tables import purchase_order_lines as lines
from jxc.purchasing.tables import purchase_orders as orders
from jxc.purchasing.tables import suppliers

_ON = bindparam("on", type_=Date)
_DAYS_LATE = cast(_ON - lines.c.expected_date, Integer)

#: The late lines, the most overdue first unless sorted otherwise (`expected_date` ascending
#: is `days_late` descending).
LATE = Paging(
    "late-deliveries",
    select(
        orders.c.purchase_order_id,
        orders.c.po_no,
        orders.c.supplier_id,
        suppliers.c.name.label("supplier_name"),
        orders.c.status,
        lines.c.line_no,
        lines.c.sku,
        lines.c.warehouse,
        lines.c.unit,
        lines.c.ordered,
        lines.c.accepted,
        lines.c.expected_date,
        _DAYS_LATE.label("days_late"),
    )
    .select_from(
        lines.join(orders, orders.c.purchase_order_id == lines.c.purchase_order_id).outerjoin(
            suppliers, suppliers.c.supplier_id == orders.c.supplier_id
        )
    )
    .where(
        orders.c.status == func.any(bindparam("statuses", type_=ARRAY(Text))),
        lines.c.expected_date < _ON,
        lines.c.accepted < lines.c.ordered,
    ),
    {
        "expected_date": lines.c.expected_date,
        "days_late": _DAYS_LATE,
        "supplier_name": suppliers.c.name,
    },
    (lines.c.purchase_order_id, lines.c.line_no),
    default="expected_date",
    not_null=("expected_date", "days_late"),
)


async def late_lines(
    conn: Conn,
    statuses: list[str],
    on: date,
    limit: int,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """Lines of orders in `statuses` expected before `on` and not all accepted, the most
    overdue first unless sorted otherwise."""
    return await LATE.fetch(conn, sort, order, after, limit, statuses=statuses, on=on)
