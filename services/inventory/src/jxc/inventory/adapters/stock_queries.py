"""What the stock queries read: positions with their levels (available is not computed here:
jxc.inventory.domain.stock.available_of does that), the totals of the ledger at a moment, the
ledger's lines and the lines an order holds reserved."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    Select,
    Text,
    Uuid,
    bindparam,
    cast,
    func,
    or_,
    select,
    tuple_,
    union,
    union_all,
)

from jxc.inventory.adapters.stock_levels import level_columns
from jxc.inventory.tables import (
    items,
    stock_backorders,
    stock_ledger,
    stock_positions,
    stock_reservations,
    stock_value_days,
)
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_p = stock_positions.alias("p")
_sku, _wh = cast(bindparam("sku"), Text), cast(bindparam("wh"), Text)
_waiting = stock_backorders.alias("w")
_backordered = (
    select(func.coalesce(func.sum(_waiting.c.quantity), 0))
    .where(_waiting.c.sku == _p.c.sku, _waiting.c.warehouse == _p.c.warehouse)
    .scalar_subquery()
)


def _filtered(by_sku: bool, by_warehouse: bool, by_category: bool) -> Select[Any]:
    query = select(
        _p.c.sku,
        _p.c.warehouse,
        _p.c.unit,
        _p.c.currency,
        _p.c.in_transit,
        _p.c.value,
        _p.c.last_unit_cost,
        _p.c.version,
        _p.c.updated_at,
        _backordered.label("backordered"),
        *level_columns(_p),
    )
    if by_sku:
        query = query.where(_p.c.sku == bindparam("sku", type_=Text))
    if by_warehouse:
        query = query.where(_p.c.warehouse == bindparam("wh", type_=Text))
    if by_category:
        of_category = items.c.category == bindparam("category", type_=Text)
        query = query.where(_p.c.sku.in_(select(items.c.sku).where(of_category)))
    return query


def _positions(by_sku: bool, by_warehouse: bool, paged: bool, by_category: bool) -> Statement:
    """One statement per combination of filters, so that each gets its own plan: a SKU's
    positions by primary key, a warehouse's by stock_positions_by_warehouse, keyset after a
    (sku, warehouse) — never an `x IS NULL OR` filter that a generic plan cannot use an index
    for."""
    query = _filtered(by_sku, by_warehouse, by_category)
    if paged and by_warehouse:  # within one warehouse, in stock_positions_by_warehouse order
        after = (bindparam("wh", type_=Text), bindparam("after_sku", type_=Text))
        query = query.where(tuple_(_p.c.warehouse, _p.c.sku) > tuple_(*after))
    elif paged:
        after = (bindparam("after_sku", type_=Text), bindparam("after_wh", type_=Text))
        query = query.where(tuple_(_p.c.sku, _p.c.warehouse) > tuple_(*after))
    return Statement(query.order_by(_p.c.sku, _p.c.warehouse).limit(bindparam("limit")))


_POSITIONS = {
    (by_sku, by_warehouse, paged, by_category): _positions(by_sku, by_warehouse, paged, by_category)
    for by_sku in (False, True)
    for by_warehouse in (False, True)
    for paged in (False, True)
    for by_category in (False, True)
}
#: The sorts of the stock list; ties by (sku, warehouse), the key.
STOCK_SORTS = {
    name: _p.c[name]
    for name in ("sku", "warehouse", "on_hand", "reserved", "in_transit", "value", "updated_at")
}
#: The stock list sorted and keyset paged: one per combination of filters (as above).
STOCK = {
    (by_sku, by_warehouse, by_category): Paging(
        "stock",
        _filtered(by_sku, by_warehouse, by_category),
        STOCK_SORTS,
        (_p.c.sku, _p.c.warehouse),
        default="sku",
    )
    for by_sku in (False, True)
    for by_warehouse in (False, True)
    for by_category in (False, True)
}
_VALUE_BY_WAREHOUSE = Statement(
    select(
        stock_positions.c.warehouse,
        stock_positions.c.currency,
        func.sum(stock_positions.c.value).label("value"),
        func.count().label("positions"),
    )
    .group_by(stock_positions.c.warehouse, stock_positions.c.currency)
    .order_by(stock_positions.c.warehouse, stock_positions.c.currency)
)


_of_position = (
    stock_ledger.c.sku == bindparam("sku"),
    stock_ledger.c.warehouse == bindparam("wh"),
)
# A position's on hand and value at a moment: those after its last ledger line at or before
# it (the stock keeper writes each line with the position after it, in occurred_at order),
# one probe of stock_ledger_position from the end, however long the position's history.
_AT_OR_BEFORE = Statement(
    select(stock_ledger.c.on_hand_after, stock_ledger.c.value_after)
    .where(*_of_position, stock_ledger.c.occurred_at <= bindparam("when"))
    .order_by(stock_ledger.c.occurred_at.desc(), stock_ledger.c.id.desc())
    .limit(1)
)
#: A position's ledger sorted and keyset paged: by its sequence (`id`, the order the lines
#: were posted) or by `occurred_at`, oldest or newest first; stock_ledger_page (sku,
#: warehouse, id) and stock_ledger_position (sku, warehouse, occurred_at, id) serve both
#: orders, page after page.
LEDGER = Paging(
    "stock-ledger",
    select(stock_ledger).where(*_of_position),
    {"id": stock_ledger.c.id, "occurred_at": stock_ledger.c.occurred_at},
    (stock_ledger.c.id,),
    default="id",
)

_LEDGER_LINES = Statement(
    select(stock_ledger)
    .where(*_of_position, stock_ledger.c.id > bindparam("after_id"))
    .order_by(stock_ledger.c.id)
    .limit(bindparam("limit"))
)

# The valuation as of a moment: the value changes of the whole days before it (kept per
# warehouse, category, currency and day by migration 0012's triggers) and the ledger lines of
# its own day up to it (found by the BRIN index on occurred_at), by warehouse and category.
_i = items.alias("i")
_d = stock_value_days
_wanted = cast(bindparam("wh"), Text)
_days = select(_d.c.warehouse, _d.c.category, _d.c.currency, _d.c.value.label("value")).where(
    _d.c.day < bindparam("day", type_=Date),
    or_(_wanted.is_(None), _d.c.warehouse == _wanted),
)
_today = (
    select(
        stock_ledger.c.warehouse,
        func.coalesce(_i.c.category, "").label("category"),
        stock_ledger.c.currency,
        stock_ledger.c.value_change.label("value"),
    )
    .join_from(stock_ledger, _i, _i.c.sku == stock_ledger.c.sku, isouter=True)
    .where(
        stock_ledger.c.occurred_at
        >= func.timezone("UTC", cast(bindparam("day", type_=Date), DateTime)),
        stock_ledger.c.occurred_at <= bindparam("when"),
        stock_ledger.c.value_change != 0,
        or_(_wanted.is_(None), stock_ledger.c.warehouse == _wanted),
    )
)
_both = union_all(_days, _today).subquery("v")
_VALUATION = Statement(
    select(
        _both.c.warehouse,
        _both.c.category,
        _both.c.currency,
        func.sum(_both.c.value).label("value"),
    )
    .group_by(_both.c.warehouse, _both.c.category, _both.c.currency)
    .having(func.sum(_both.c.value) != 0)  # e.g. a category an item left: nothing there
    .order_by(_both.c.warehouse, _both.c.category, _both.c.currency)
)

_r, _b = stock_reservations, stock_backorders
_held = union(
    select(_r.c.line_no, _r.c.sku, _r.c.warehouse).where(_r.c.order_id == bindparam("order_id")),
    select(_b.c.line_no, _b.c.sku, _b.c.warehouse).where(_b.c.order_id == bindparam("order_id")),
).subquery()
_RESERVATION_LINES = Statement(
    select(_held.c.line_no, _held.c.sku, _held.c.warehouse).order_by(
        _held.c.line_no, _held.c.sku, _held.c.warehouse
    )
)

_after = (
    cast(bindparam("after_sku"), Text),
    cast(bindparam("after_wh"), Text),
    cast(bindparam("after_seq"), Integer),
)
_order = cast(bindparam("order_id"), Uuid)
_BACKORDER_COLUMNS = (_b.c.sku, _b.c.warehouse, _b.c.seq, _b.c.order_id, _b.c.line_no)
#: The backorders sorted and keyset paged (a short list: the lines waiting for stock).
BACKORDERS = Paging(
    "backorders",
    select(*_BACKORDER_COLUMNS, _b.c.quantity).where(
        or_(_sku.is_(None), _b.c.sku == _sku),
        or_(_wh.is_(None), _b.c.warehouse == _wh),
        or_(_order.is_(None), _b.c.order_id == _order),
    ),
    {
        "sku": _b.c.sku,
        "warehouse": _b.c.warehouse,
        "quantity": _b.c.quantity,
        "order_id": _b.c.order_id,
    },
    (_b.c.sku, _b.c.warehouse, _b.c.seq),
    default="sku",
)

_BACKORDERS = Statement(
    select(_b.c.sku, _b.c.warehouse, _b.c.seq, _b.c.order_id, _b.c.line_no, _b.c.quantity)
    .where(
        or_(_sku.is_(None), _b.c.sku == _sku),
        or_(_wh.is_(None), _b.c.warehouse == _wh),
        or_(_order.is_(None), _b.c.order_id == _order),
        or_(
            _after[0].is_(None),
            tuple_(_b.c.sku, _b.c.warehouse, _b.c.seq) > tuple_(*_after),
        ),
    )
    .order_by(_b.c.sku, _b.c.warehouse, _b.c.seq)
    .limit(bindparam("limit"))
)


async def backorders(
    conn: Conn,
    sku: str | None,
    warehouse: str | None,
    order_id: UUID | None,
    after: tuple[str, str, int] | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Order lines waiting for stock, by SKU, warehouse and place in the queue (`seq`, 1 is
    served next), after the (sku, warehouse, seq) `after` when given."""
    a_sku, a_wh, a_seq = after or (None, None, None)
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        _BACKORDERS.sql,
        _BACKORDERS.args(
            sku=sku,
            wh=warehouse,
            order_id=order_id,
            after_sku=a_sku,
            after_wh=a_wh,
            after_seq=a_seq,
            limit=limit,
        ),
    )
    return list(await cur.fetchall())


async def positions(
    conn: Conn,
    sku: str | None,
    warehouse: str | None,
    limit: int,
    after: tuple[str, str] | None = None,
    category: str | None = None,
) -> list[dict[str, Any]]:
    """Positions (of one SKU, one warehouse, or both; of the items of one category), by SKU
    and warehouse, after the (sku, warehouse) `after` when given: on hand, quarantined,
    reserved, in transit, backordered (order lines waiting for stock), value, last unit cost,
    version, updated at. Within one warehouse a page starts after `after`'s SKU."""
    key = (sku is not None, warehouse is not None, after is not None, category is not None)
    statement = _POSITIONS[key]
    given: dict[str, Any] = {"limit": limit}
    if sku is not None:
        given["sku"] = sku
    if warehouse is not None:
        given["wh"] = warehouse
    if after is not None:
        given["after_sku"] = after[0]
        if warehouse is None:
            given["after_wh"] = after[1]
    if category is not None:
        given["category"] = category
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(statement.sql, statement.args(**given))
    return list(await cur.fetchall())


async def positions_page(
    conn: Conn,
    sku: str | None,
    warehouse: str | None,
    category: str | None,
    limit: int,
    sort: str | None,
    order: Order | None,
    after: str | None,
) -> Page:
    """A page of positions (as `positions` answers them), by SKU unless sorted otherwise."""
    paging = STOCK[(sku is not None, warehouse is not None, category is not None)]
    given = {"sku": sku, "wh": warehouse, "category": category}
    filters = {name: value for name, value in given.items() if value is not None}
    return await paging.fetch(conn, sort, order, after, limit, **filters)


async def value_by_warehouse(conn: Conn) -> list[dict[str, Any]]:
    """The value of the stock per warehouse and currency, with its number of positions."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_VALUE_BY_WAREHOUSE.sql, _VALUE_BY_WAREHOUSE.args())
    return list(await cur.fetchall())


async def totals_as_of(
    conn: Conn, sku: str, warehouse: str, when: datetime
) -> tuple[Decimal, Decimal]:
    """On hand and value of a position at `when`: as its last ledger line at or before
    `when` left it (zero before its first)."""
    cur = await conn.execute(
        _AT_OR_BEFORE.sql, _AT_OR_BEFORE.args(sku=sku, wh=warehouse, when=when)
    )
    row = await cur.fetchone()
    if row is None:
        return Decimal(0), Decimal(0)
    return Decimal(row[0]), Decimal(row[1])


async def valuation(
    conn: Conn, when: datetime, warehouse: str | None
) -> list[tuple[str, str, str, Decimal]]:
    """The value of stock at `when` (a time zone aware moment) by warehouse, item category
    ('' for items without one) and currency: (warehouse, category, currency, value)."""
    day = when.astimezone(UTC).date()
    cur = await conn.execute(_VALUATION.sql, _VALUATION.args(day=day, when=when, wh=warehouse))
    return [(str(w), str(c), str(cur_), Decimal(v)) for w, c, cur_, v in await cur.fetchall()]


async def ledger_page(
    conn: Conn,
    sku: str,
    warehouse: str,
    limit: int,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of the position's ledger, oldest first unless sorted otherwise."""
    return await LEDGER.fetch(conn, sort, order, after, limit, sku=sku, wh=warehouse)


async def backorders_page(
    conn: Conn,
    sku: str | None,
    warehouse: str | None,
    order_id: UUID | None,
    limit: int,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of the order lines waiting for stock, by SKU, warehouse and place in the queue
    unless sorted otherwise."""
    return await BACKORDERS.fetch(
        conn, sort, order, after, limit, sku=sku, wh=warehouse, order_id=order_id
    )


async def ledger_lines(
    conn: Conn, sku: str, warehouse: str, after_id: int, limit: int
) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        _LEDGER_LINES.sql,
        _LEDGER_LINES.args(sku=sku, wh=warehouse, after_id=after_id, limit=limit),
    )
    return list(await cur.fetchall())


async def reservation_lines(conn: Conn, order_id: UUID) -> list[tuple[int, str, str]]:
    """The lines of an order that hold a reservation or wait in a backorder queue:
    (line number, SKU, warehouse)."""
    cur = await conn.execute(_RESERVATION_LINES.sql, _RESERVATION_LINES.args(order_id=order_id))
    return [(int(n), str(s), str(w)) for n, s, w in await cur.fetchall()]
