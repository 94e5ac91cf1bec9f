"""The purchase-order list: one row per order and per line, written in the transaction of the
command that changed the order, from the order's state after it. It never lags its events, so
the list, the quantities in flight and the invoice matching can rely on it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Date, Text, bindparam, cast, func, literal, or_, select, tuple_
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.unnest import UnnestInsert
from jxc.purchasing.domain import PurchaseOrderState
from jxc.purchasing.tables import catalog_warehouses, purchase_order_numbers, suppliers
from jxc.purchasing.tables import purchase_order_lines as lines
from jxc.purchasing.tables import purchase_orders as orders


def _texts(name: str) -> Any:
    return bindparam(name, type_=ARRAY(Text))


_held = orders.alias("held")
# po_no is drawn from its sequence when the row is first written, and kept after (read back
# first, so the commands that follow draw no numbers: they leave no gaps).
_PO_NO = func.coalesce(
    select(_held.c.po_no)
    .where(_held.c.purchase_order_id == bindparam("purchase_order_id"))
    .scalar_subquery(),
    purchase_order_numbers.next_value(),
)
_new_order = insert(orders).values(
    {c.name: _PO_NO if c.name == "po_no" else bindparam(c.name) for c in orders.c}
)
_ORDER = Statement(
    _new_order.on_conflict_do_update(
        index_elements=[orders.c.purchase_order_id],
        set_={
            name: _new_order.excluded[name]
            for name in (
                "status",
                "first_approved_by",
                "approved_by",
                "status_reason",
                "version",
                "updated_at",
            )
        },
    )
)

_LINES = UnnestInsert(
    lines,
    [c.name for c in lines.c],
    conflict=("purchase_order_id", "line_no"),
    update=("accepted", "rejected", "returned", "claimed"),
)

_after = orders.alias("after_order")

_FILTERS = (
    orders.c.status == func.any(_texts("statuses")),
    or_(
        bindparam("supplier", type_=orders.c.supplier_id.type).is_(None),
        orders.c.supplier_id == bindparam("supplier"),
    ),
    or_(
        bindparam("created_from", type_=Date).is_(None),
        cast(func.timezone("UTC", orders.c.created_at), Date) >= bindparam("created_from"),
    ),
    or_(
        bindparam("created_to", type_=Date).is_(None),
        cast(func.timezone("UTC", orders.c.created_at), Date) <= bindparam("created_to"),
    ),
)
#: The orders list sorted and keyset paged (the orders of one supplier in created order by
#: purchase_orders_supplier, of some statuses by purchase_orders_status).
#: Each order with its supplier's code and name (from the supplier directory).
_NAMED = select(
    orders,
    suppliers.c.code.label("supplier_code"),
    suppliers.c.name.label("supplier_name"),
).select_from(orders.outerjoin(suppliers, suppliers.c.supplier_id == orders.c.supplier_id))

ORDERS = Paging(
    "purchase-orders",
    _NAMED.where(*_FILTERS),
    {
        "created_at": orders.c.created_at,
        "updated_at": orders.c.updated_at,
        "status": orders.c.status,
        "total": orders.c.total,
        "po_no": orders.c.po_no,
        "supplier": suppliers.c.name,
    },
    (orders.c.purchase_order_id,),
    default="created_at",
)

_SEARCH = Statement(
    _NAMED.where(
        orders.c.status == func.any(_texts("statuses")),
        or_(
            bindparam("supplier", type_=orders.c.supplier_id.type).is_(None),
            orders.c.supplier_id == bindparam("supplier"),
        ),
        or_(
            bindparam("created_from", type_=Date).is_(None),
            cast(func.timezone("UTC", orders.c.created_at), Date) >= bindparam("created_from"),
        ),
        or_(
            bindparam("created_to", type_=Date).is_(None),
            cast(func.timezone("UTC", orders.c.created_at), Date) <= bindparam("created_to"),
        ),
        or_(
            bindparam("after", type_=orders.c.purchase_order_id.type).is_(None),
            tuple_(orders.c.created_at, orders.c.purchase_order_id)
            > select(_after.c.created_at, _after.c.purchase_order_id)
            .where(_after.c.purchase_order_id == bindparam("after"))
            .scalar_subquery(),
        ),
    )
    .order_by(orders.c.created_at, orders.c.purchase_order_id)
    .limit(bindparam("limit"))
)

_HEADING = Statement(
    select(
        orders.c.po_no,
        suppliers.c.code.label("supplier_code"),
        suppliers.c.name.label("supplier_name"),
    )
    .select_from(orders.outerjoin(suppliers, suppliers.c.supplier_id == orders.c.supplier_id))
    .where(orders.c.purchase_order_id == bindparam("order_id"))
)

_WAREHOUSE_NAMES = Statement(
    select(catalog_warehouses.c.code, catalog_warehouses.c.name).where(
        catalog_warehouses.c.code == func.any(_texts("codes"))
    )
)

_LOCK = Statement(
    select(literal(1)).where(orders.c.purchase_order_id == bindparam("order_id")).with_for_update()
)

_WAREHOUSES = Statement(
    select(orders.c.purchase_order_id, lines.c.warehouse)
    .join_from(orders, lines, isouter=True)
    .where(orders.c.purchase_order_id == bindparam("order_id"))
)

_IN_FLIGHT = Statement(
    select(
        lines.c.sku,
        lines.c.warehouse,
        func.sum(func.greatest(lines.c.ordered - lines.c.accepted, 0)),
    )
    .join_from(lines, orders)
    .where(
        orders.c.status == func.any(_texts("statuses")),
        tuple_(lines.c.sku, lines.c.warehouse).in_(
            select(func.unnest(_texts("skus")), func.unnest(_texts("warehouses")))
        ),
    )
    .group_by(lines.c.sku, lines.c.warehouse)
)

_LAST_PRICE = Statement(
    select(lines.c.unit_price, orders.c.currency)
    .join_from(lines, orders)
    .where(
        orders.c.supplier_id == bindparam("supplier_id"),
        lines.c.sku == bindparam("sku"),
        orders.c.status != "cancelled",
    )
    .order_by(orders.c.created_at.desc())
    .limit(1)
)


async def warehouses(conn: Conn, order_id: UUID) -> frozenset[str] | None:
    """The warehouses the order's lines deliver to, or None when there is no such order: a
    read of the list (kept with every command), not a fold of the order's stream."""
    cur = await conn.execute(_WAREHOUSES.sql, _WAREHOUSES.args(order_id=order_id))
    rows = await cur.fetchall()
    if not rows:
        return None
    return frozenset(row[1] for row in rows if row[1] is not None)


async def save(
    conn: Conn, order_id: UUID, state: PurchaseOrderState, version: int, at: datetime
) -> None:
    """Write the order as `state` says it is now (at stream `version`)."""
    assert state.status is not None
    await conn.execute(
        _ORDER.sql,
        _ORDER.args(
            purchase_order_id=order_id,
            supplier_id=state.supplier_id,
            status=state.status.value,
            currency=state.currency,
            total=state.total,
            first_approved_by=state.first_approved_by,
            approved_by=state.approved_by,
            status_reason=state.status_reason,
            suggestion_id=state.suggestion_id,
            version=version,
            created_at=at,
            updated_at=at,
        ),
    )
    rows = [
        {
            "purchase_order_id": order_id,
            "line_no": line.line_no,
            "sku": line.sku,
            "warehouse": line.warehouse,
            "unit": line.unit,
            "unit_price": line.unit_price,
            "ordered": line.ordered,
            "accepted": line.accepted,
            "rejected": line.rejected,
            "returned": line.returned,
            "claimed": line.claimed,
            "expected_date": line.expected_date,
        }
        for line in state.lines
    ]
    await conn.execute(*_LINES.statement(rows))


async def search(
    conn: Conn,
    statuses: Sequence[str],
    supplier_id: UUID | None,
    limit: int,
    *,
    created_from: date | None = None,
    created_to: date | None = None,
    after: UUID | None = None,
) -> list[dict[str, Any]]:
    """Orders in any of `statuses`, of one supplier or all, created between two days (UTC,
    included) if given, oldest first; a keyset page: those after the order `after`."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        _SEARCH.sql,
        _SEARCH.args(
            statuses=list(statuses),
            supplier=supplier_id,
            created_from=created_from,
            created_to=created_to,
            after=after,
            limit=limit,
        ),
    )
    return await cur.fetchall()


async def page(
    conn: Conn,
    statuses: Sequence[str],
    supplier_id: UUID | None,
    limit: int,
    *,
    created_from: date | None = None,
    created_to: date | None = None,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of the orders `search` finds, oldest first unless sorted otherwise."""
    return await ORDERS.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        statuses=list(statuses),
        supplier=supplier_id,
        created_from=created_from,
        created_to=created_to,
    )


async def heading(conn: Conn, order_id: UUID) -> dict[str, Any]:
    """The order's number and its supplier's code and name (None where not known)."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_HEADING.sql, _HEADING.args(order_id=order_id))
    row = await cur.fetchone()
    return dict(row) if row else {"po_no": None, "supplier_code": None, "supplier_name": None}


async def warehouse_names(conn: Conn, codes: Sequence[str]) -> dict[str, str]:
    """The names of these warehouses that inventory registered."""
    cur = await conn.execute(_WAREHOUSE_NAMES.sql, _WAREHOUSE_NAMES.args(codes=list(codes)))
    return {code: name for code, name in await cur.fetchall()}


async def lock(conn: Conn, order_id: UUID) -> bool:
    """Lock the order's row until the end of the transaction (False if there is none): the
    commands that match invoices against an order take their turns."""
    cur = await conn.execute(_LOCK.sql, _LOCK.args(order_id=order_id))
    return await cur.fetchone() is not None


async def in_flight(
    conn: Conn, keys: Sequence[tuple[str, str]], open_statuses: Sequence[str]
) -> dict[tuple[str, str], Decimal]:
    """Per SKU x warehouse, what orders in `open_statuses` still bring (ordered - accepted)."""
    if not keys:
        return {}
    cur = await conn.execute(
        _IN_FLIGHT.sql,
        _IN_FLIGHT.args(
            statuses=list(open_statuses),
            skus=[k[0] for k in keys],
            warehouses=[k[1] for k in keys],
        ),
    )
    return {(sku, wh): quantity for sku, wh, quantity in await cur.fetchall()}


async def last_price(conn: Conn, supplier_id: UUID, sku: str) -> tuple[Decimal, str] | None:
    """The unit price and currency of the supplier's latest order line for `sku`, if any."""
    cur = await conn.execute(_LAST_PRICE.sql, _LAST_PRICE.args(supplier_id=supplier_id, sku=sku))
    row = await cur.fetchone()
    return None if row is None else (row[0], row[1])
