"""The sales history: order lines as sales' events tell them (the projection writes them),
item categories from inventory; and what is read from them: the weekly demand of each
SKU x warehouse, sales summed by period, product, customer, warehouse, salesperson or
category, and what a target's subject sold in its period."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import ColumnElement, Date, Text, bindparam, cast, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.unnest import UnnestInsert
from jxc.sales.tables import sales_history_lines as lines
from jxc.sales.tables import sales_item_categories as categories

LINE_COLUMNS = (
    "order_id",
    "line_no",
    "day",
    "salesperson",
    "customer_id",
    "sku",
    "warehouse",
    "unit",
    "quantity",
    "net_amount",
    "currency",
)
# A line recorded once: a replayed OrderPlaced changes nothing.
_LINES = UnnestInsert(lines, LINE_COLUMNS, conflict=("order_id", "line_no"))
_CANCEL = Statement(
    update(lines).where(lines.c.order_id == bindparam("order_id")).values(cancelled=True)
)
_category = insert(categories).values(sku=bindparam("sku"), category=bindparam("category"))
_CATEGORY = Statement(
    _category.on_conflict_do_update(
        index_elements=[categories.c.sku], set_={"category": _category.excluded.category}
    )
)
_CLEAR = (Statement(delete(lines)), Statement(delete(categories)))


def _optional(name: str) -> Any:
    return bindparam(name, type_=Text)


_week = cast(func.date_trunc("week", lines.c.day), Date).label("week")
_WEEKLY = Statement(
    select(
        lines.c.sku,
        lines.c.warehouse,
        func.min(lines.c.unit).label("unit"),
        _week,
        func.sum(lines.c.quantity).label("quantity"),
    )
    .where(
        ~lines.c.cancelled,
        lines.c.day < bindparam("before", type_=Date),
        or_(_optional("sku").is_(None), lines.c.sku == _optional("sku")),
        or_(_optional("warehouse").is_(None), lines.c.warehouse == _optional("warehouse")),
    )
    .group_by(lines.c.sku, lines.c.warehouse, _week)
    .order_by(lines.c.sku, lines.c.warehouse, _week)
)


@dataclass(frozen=True, slots=True)
class Series:
    """The weekly demand of one SKU in one warehouse: Monday -> quantity ordered."""

    sku: str
    warehouse: str
    unit: str
    weeks: dict[date, Decimal]


async def save_lines(conn: Conn, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        await conn.execute(*_LINES.statement(rows))


async def cancel_order(conn: Conn, order_id: UUID) -> None:
    await conn.execute(_CANCEL.sql, _CANCEL.args(order_id=order_id))


async def save_category(conn: Conn, sku: str, category: str | None) -> None:
    await conn.execute(_CATEGORY.sql, _CATEGORY.args(sku=sku, category=category))


async def clear(conn: Conn) -> None:
    for statement in _CLEAR:
        await conn.execute(statement.sql)


async def weekly_demand(
    conn: Conn, before: date, *, sku: str | None = None, warehouse: str | None = None
) -> list[Series]:
    """The weekly demand (orders placed, cancelled ones left out) of every SKU x warehouse
    (or those named), in the weeks before `before`."""
    cur = await conn.execute(_WEEKLY.sql, _WEEKLY.args(before=before, sku=sku, warehouse=warehouse))
    found: dict[tuple[str, str], Series] = {}
    for row_sku, row_warehouse, unit, week, quantity in await cur.fetchall():
        series = found.setdefault(
            (row_sku, row_warehouse), Series(row_sku, row_warehouse, unit, {})
        )
        series.weeks[week] = quantity
    return list(found.values())


# --- sales summed -----------------------------------------------------------------------------

_in_category = select(categories.c.sku).where(categories.c.category == _optional("category"))


def _filters() -> list[ColumnElement[bool]]:
    return [
        ~lines.c.cancelled,
        lines.c.currency == bindparam("currency"),
        or_(
            bindparam("since", type_=Date).is_(None), lines.c.day >= bindparam("since", type_=Date)
        ),
        or_(
            bindparam("until", type_=Date).is_(None), lines.c.day <= bindparam("until", type_=Date)
        ),
        or_(_optional("sku").is_(None), lines.c.sku == _optional("sku")),
        or_(_optional("warehouse").is_(None), lines.c.warehouse == _optional("warehouse")),
        or_(
            bindparam("customer_id", type_=lines.c.customer_id.type).is_(None),
            lines.c.customer_id == bindparam("customer_id", type_=lines.c.customer_id.type),
        ),
        or_(
            bindparam("salespeople", type_=ARRAY(Text)).is_(None),
            lines.c.salesperson == func.any(bindparam("salespeople", type_=ARRAY(Text))),
        ),
        or_(_optional("category").is_(None), lines.c.sku.in_(_in_category)),
    ]


_category_of = (
    select(categories.c.category).where(categories.c.sku == lines.c.sku).scalar_subquery()
)
#: What sales can be summed by, as the text of the group.
GROUPS: dict[str, ColumnElement[Any]] = {
    "month": func.to_char(lines.c.day, "YYYY-MM"),
    "week": func.to_char(func.date_trunc("week", lines.c.day), "YYYY-MM-DD"),
    "sku": lines.c.sku,
    "customer": cast(lines.c.customer_id, Text),
    "warehouse": lines.c.warehouse,
    "salesperson": func.coalesce(lines.c.salesperson, ""),
    "category": func.coalesce(_category_of, ""),
}


def _summary(group: ColumnElement[Any]) -> Statement:
    key = group.label("key")
    return Statement(
        select(
            key,
            func.sum(lines.c.net_amount).label("amount"),
            func.sum(lines.c.quantity).label("quantity"),
            func.count(func.distinct(lines.c.order_id)).label("orders"),
        )
        .where(*_filters())
        .group_by(key)
        .having(or_(_optional("after").is_(None), key > _optional("after")))
        .order_by(key)
        .limit(bindparam("limit"))
    )


_SUMMARIES = {name: _summary(group) for name, group in GROUPS.items()}
_TOTAL = Statement(
    select(
        func.coalesce(func.sum(lines.c.net_amount), 0).label("amount"),
        func.coalesce(func.sum(lines.c.quantity), 0).label("quantity"),
        func.count(func.distinct(lines.c.order_id)).label("orders"),
    ).where(*_filters())
)


@dataclass(frozen=True, slots=True)
class SalesFilter:
    """Which sales are summed: in `currency`, from `since` to `until` (days, both included);
    None leaves a filter out. `salespeople`: sold by any of them."""

    currency: str
    since: date | None = None
    until: date | None = None
    sku: str | None = None
    warehouse: str | None = None
    customer_id: UUID | None = None
    salespeople: Sequence[str] | None = None
    category: str | None = None

    def args(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "since": self.since,
            "until": self.until,
            "sku": self.sku,
            "warehouse": self.warehouse,
            "customer_id": self.customer_id,
            "salespeople": None if self.salespeople is None else list(self.salespeople),
            "category": self.category,
        }


async def summary(
    conn: Conn, by: str, sales: SalesFilter, after: str | None, limit: int
) -> list[dict[str, Any]]:
    """Sales per group (`by`, one of GROUPS), the groups after `after`, at most `limit`."""
    statement = _SUMMARIES[by]
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(statement.sql, statement.args(**sales.args(), after=after, limit=limit))
        return list(await cur.fetchall())


async def total(conn: Conn, sales: SalesFilter) -> dict[str, Any]:
    """The amount, quantity and number of orders of the sales `sales` selects."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_TOTAL.sql, _TOTAL.args(**sales.args()))
        row = await cur.fetchone()
    assert row is not None
    return row
