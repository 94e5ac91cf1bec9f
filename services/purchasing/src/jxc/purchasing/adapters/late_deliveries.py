"""Late deliveries: the lines of orders sent to their suppliers whose expected date has
passed with less accepted than ordered, for the back office's dashboard."""

from __future__ import annotations

from datetime import date
from typing import Any

from psycopg.rows import dict_row
from sqlalchemy import Date, Text, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.purchasing.tables import purchase_order_lines as lines
from jxc.purchasing.tables import purchase_orders as orders

_LATE = Statement(
    select(
        orders.c.purchase_order_id,
        orders.c.supplier_id,
        orders.c.status,
        lines.c.line_no,
        lines.c.sku,
        lines.c.warehouse,
        lines.c.unit,
        lines.c.ordered,
        lines.c.accepted,
        lines.c.expected_date,
        (bindparam("on", type_=Date) - lines.c.expected_date).label("days_late"),
    )
    .join_from(lines, orders)
    .where(
        orders.c.status == func.any(bindparam("statuses", type_=ARRAY(Text))),
        lines.c.expected_date < bindparam("on", type_=Date),
        lines.c.accepted < lines.c.ordered,
    )
    .order_by(lines.c.expected_date, orders.c.purchase_order_id, lines.c.line_no)
    .limit(bindparam("limit"))
)


async def late_lines(conn: Conn, statuses: list[str], on: date, limit: int) -> list[dict[str, Any]]:
    """Lines of orders in `statuses` expected before `on` and not all accepted, the most
    overdue first."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_LATE.sql, _LATE.args(statuses=statuses, on=on, limit=limit))
    return list(await cur.fetchall())
