"""The purchase history tables: written by the purchase-history projection (in the runner's
transaction), read by the history queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Text,
    Uuid,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import distinct_on, insert

from jxc.crm.domain.history import HistoryFigures, OrderFacts
from jxc.crm.domain.order_progress import Progress
from jxc.crm.domain.segment import CustomerFacts
from jxc.crm.tables import customer_order_products as products
from jxc.crm.tables import customer_order_progress as progress
from jxc.crm.tables import customer_orders as orders
from jxc.crm.tables import customer_returns as returns
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_ORDER = Statement(
    insert(orders)
    .values({c.name: bindparam(c.name) for c in orders.c if c.name != "cancelled_at"})
    .on_conflict_do_nothing(index_elements=[orders.c.order_id])
    .returning(orders.c.order_id)
)
_PRODUCT = Statement(
    insert(products)
    .values({c.name: bindparam(c.name) for c in products.c})
    .on_conflict_do_nothing()
)
_CANCEL = Statement(
    update(orders)
    .where(orders.c.order_id == bindparam("order_id"), orders.c.cancelled_at.is_(None))
    .values(cancelled_at=bindparam("at"))
)
_new_progress = insert(progress).values(
    order_id=bindparam("order_id"),
    shipped_at=bindparam("shipped_at", type_=DateTime(timezone=True)),
    delivered_at=bindparam("delivered_at", type_=DateTime(timezone=True)),
    fully_delivered=bindparam("fully_delivered", type_=Boolean),
    invoiced_on=bindparam("invoiced_on", type_=Date),
)
# Each fact folded in whatever the order they come in: LEAST/GREATEST skip NULLs.
_PROGRESS = Statement(
    _new_progress.on_conflict_do_update(
        index_elements=[progress.c.order_id],
        set_={
            "shipped_at": func.least(progress.c.shipped_at, _new_progress.excluded.shipped_at),
            "delivered_at": func.greatest(
                progress.c.delivered_at, _new_progress.excluded.delivered_at
            ),
            "fully_delivered": progress.c.fully_delivered | _new_progress.excluded.fully_delivered,
            "invoiced_on": func.least(progress.c.invoiced_on, _new_progress.excluded.invoiced_on),
        },
    )
)
_RETURN = Statement(
    insert(returns)
    .values({c.name: bindparam(c.name) for c in returns.c})
    .on_conflict_do_nothing(index_elements=[returns.c.return_id])
)

_live = orders.c.cancelled_at.is_(None)
_CURRENCY = Statement(
    select(orders.c.currency)
    .where(orders.c.customer_id == bindparam("customer_id"))
    .order_by(orders.c.placed_at.desc(), orders.c.order_id.desc())
    .limit(1)
)
_ORDER_FIGURES = Statement(
    select(
        func.count().filter(_live),
        func.coalesce(func.sum(orders.c.total).filter(_live), 0),
        func.count().filter(orders.c.cancelled_at.is_not(None)),
        func.min(orders.c.placed_at).filter(_live),
        func.max(orders.c.placed_at).filter(_live),
    ).where(
        orders.c.customer_id == bindparam("customer_id"),
        orders.c.currency == bindparam("currency"),
    )
)
_RETURN_FIGURES = Statement(
    select(func.count(), func.coalesce(func.sum(returns.c.value), 0)).where(
        returns.c.customer_id == bindparam("customer_id"),
        returns.c.currency == bindparam("currency"),
    )
)
_PREFERRED = Statement(
    select(
        products.c.sku,
        func.count().label("orders"),
        func.sum(products.c.quantity).label("quantity"),
        func.min(products.c.unit).label("unit"),
        func.sum(products.c.value).label("value"),
    )
    .select_from(products.join(orders, orders.c.order_id == products.c.order_id))
    .where(
        orders.c.customer_id == bindparam("customer_id"),
        orders.c.currency == bindparam("currency"),
        _live,
    )
    .group_by(products.c.sku)
    .order_by(func.count().desc(), func.sum(products.c.value).desc(), products.c.sku)
    .limit(bindparam("limit"))
)
_returned = (
    select(func.coalesce(func.sum(returns.c.value), 0))
    .where(returns.c.order_id == orders.c.order_id)
    .scalar_subquery()
)
_has_return = exists(select(returns.c.return_id).where(returns.c.order_id == orders.c.order_id))
#: The order's status, the first that holds (jxc.crm.domain.order_progress).
_order_status = case(
    (orders.c.cancelled_at.is_not(None), "cancelled"),
    (_has_return, "returned"),
    (progress.c.fully_delivered, "delivered"),
    (progress.c.delivered_at.is_not(None), "partially_delivered"),
    (progress.c.invoiced_on.is_not(None), "invoiced"),
    (progress.c.shipped_at.is_not(None), "shipped"),
    else_="placed",
)
_after_at = bindparam("after_at", type_=DateTime(timezone=True))
_after_id = bindparam("after_id", type_=Uuid)
_status = bindparam("status", type_=Text)
_ORDERS = Statement(
    select(
        orders.c.order_id,
        orders.c.order_no,
        orders.c.placed_at,
        orders.c.currency,
        orders.c.total,
        orders.c.coupon_code,
        orders.c.cancelled_at,
        _returned.label("returned_value"),
        _order_status.label("status"),
        progress.c.shipped_at,
        progress.c.delivered_at,
        progress.c.invoiced_on,
    )
    .select_from(orders.outerjoin(progress, progress.c.order_id == orders.c.order_id))
    .where(
        orders.c.customer_id == bindparam("customer_id"),
        or_(
            _status.is_(None),
            and_(_status == "placed", orders.c.cancelled_at.is_(None)),
            and_(_status != "placed", _order_status == _status),
        ),
        or_(
            _after_at.is_(None),
            tuple_(orders.c.placed_at, orders.c.order_id) < tuple_(_after_at, _after_id),
        ),
    )
    .order_by(orders.c.placed_at.desc(), orders.c.order_id.desc())
    .limit(bindparam("limit"))
)
# RFM facts: per customer, in the currency of its latest order, the orders not cancelled
# (number, value, last) less the returns in that currency.
_latest = (
    select(orders.c.customer_id, orders.c.currency)
    .ext(distinct_on(orders.c.customer_id))
    .order_by(orders.c.customer_id, orders.c.placed_at.desc(), orders.c.order_id.desc())
    .subquery()
)
_placed = (
    select(
        orders.c.customer_id,
        orders.c.currency,
        func.count().label("orders"),
        func.sum(orders.c.total).label("value"),
        func.max(orders.c.placed_at).label("last"),
    )
    .where(_live)
    .group_by(orders.c.customer_id, orders.c.currency)
    .subquery()
)
_returned_by_customer = (
    select(returns.c.customer_id, returns.c.currency, func.sum(returns.c.value).label("value"))
    .group_by(returns.c.customer_id, returns.c.currency)
    .subquery()
)
_FACTS = Statement(
    select(
        _latest.c.customer_id,
        _latest.c.currency,
        _placed.c.last,
        _placed.c.orders,
        _placed.c.value - func.coalesce(_returned_by_customer.c.value, 0),
    )
    .select_from(
        _latest.join(
            _placed,
            (_placed.c.customer_id == _latest.c.customer_id)
            & (_placed.c.currency == _latest.c.currency),
        ).outerjoin(
            _returned_by_customer,
            (_returned_by_customer.c.customer_id == _latest.c.customer_id)
            & (_returned_by_customer.c.currency == _latest.c.currency),
        )
    )
    .order_by(_latest.c.customer_id)
)
_CLEAR = [Statement(delete(table)) for table in (products, returns, progress, orders)]


@dataclass(frozen=True, slots=True)
class PlacedOrder:
    """What record_order needs of an OrderPlaced besides its facts."""

    order_id: UUID
    order_no: str | None
    placed_at: datetime
    coupon_code: str | None


async def record_order(
    conn: Conn, customer_id: UUID, facts: OrderFacts, event: PlacedOrder
) -> None:
    """The order and what it holds per SKU; an order recorded already is left as it is."""
    cur = await conn.execute(
        _ORDER.sql,
        _ORDER.args(
            order_id=event.order_id,
            customer_id=customer_id,
            order_no=event.order_no,
            placed_at=event.placed_at,
            currency=facts.currency,
            total=facts.total,
            coupon_code=event.coupon_code,
        ),
    )
    if await cur.fetchone() is None:
        return
    async with conn.cursor() as many:
        await many.executemany(
            _PRODUCT.sql,
            [
                _PRODUCT.args(
                    order_id=event.order_id,
                    sku=p.sku,
                    quantity=p.quantity,
                    unit=p.unit,
                    value=p.value,
                )
                for p in facts.products
            ],
        )


async def cancel_order(conn: Conn, order_id: UUID, at: datetime) -> None:
    await conn.execute(_CANCEL.sql, _CANCEL.args(order_id=order_id, at=at))


async def record_progress(conn: Conn, fact: Progress) -> None:
    """Fold one fact of an order's progress into its row (made if it is the first)."""
    await conn.execute(
        _PROGRESS.sql,
        _PROGRESS.args(
            order_id=fact.order_id,
            shipped_at=fact.shipped_at,
            delivered_at=fact.delivered_at,
            fully_delivered=fact.fully_delivered,
            invoiced_on=fact.invoiced_on,
        ),
    )


async def record_return(
    conn: Conn,
    return_id: UUID,
    order_id: UUID,
    customer_id: UUID,
    at: datetime,
    value: Decimal,
    currency: str,
) -> None:
    await conn.execute(
        _RETURN.sql,
        _RETURN.args(
            return_id=return_id,
            order_id=order_id,
            customer_id=customer_id,
            received_at=at,
            currency=currency,
            value=value,
        ),
    )


async def clear(conn: Conn) -> None:
    for statement in _CLEAR:
        await conn.execute(statement.sql)


async def figures(conn: Conn, customer_id: UUID) -> HistoryFigures:
    """The customer's sums in the currency of its latest order."""
    cur = await conn.execute(_CURRENCY.sql, _CURRENCY.args(customer_id=customer_id))
    row = await cur.fetchone()
    if row is None:
        return HistoryFigures(None, 0, Decimal(0), 0, 0, Decimal(0), None, None)
    currency = row[0]
    args = {"customer_id": customer_id, "currency": currency}
    cur = await conn.execute(_ORDER_FIGURES.sql, _ORDER_FIGURES.args(**args))
    placed = await cur.fetchone()
    cur = await conn.execute(_RETURN_FIGURES.sql, _RETURN_FIGURES.args(**args))
    returned = await cur.fetchone()
    assert placed is not None and returned is not None
    count, value, cancelled, first, last = placed
    return HistoryFigures(
        currency, count, Decimal(value), cancelled, returned[0], Decimal(returned[1]), first, last
    )


async def preferred_products(
    conn: Conn, customer_id: UUID, currency: str, limit: int
) -> list[dict[str, Any]]:
    """The SKUs the customer orders most often (then for most value), orders not cancelled."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _PREFERRED.sql,
            _PREFERRED.args(customer_id=customer_id, currency=currency, limit=limit),
        )
        return list(await cur.fetchall())


async def order_page(
    conn: Conn,
    customer_id: UUID,
    status: str | None,
    after: tuple[datetime, UUID] | None,
    limit: int,
) -> list[dict[str, Any]]:
    """The customer's orders with their status, latest first, those before `after`
    (placed_at, order_id); with `status` those of that status only ("placed": every order
    not cancelled, as before statuses went further)."""
    after_at, after_id = after if after is not None else (None, None)
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _ORDERS.sql,
            _ORDERS.args(
                customer_id=customer_id,
                status=status,
                after_at=after_at,
                after_id=after_id,
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def rfm_facts(conn: Conn) -> list[CustomerFacts]:
    """Every customer with an order not cancelled, in the currency of its latest order."""
    cur = await conn.execute(_FACTS.sql, _FACTS.args())
    return [
        CustomerFacts(customer, currency, last, count, Decimal(value))
        for customer, currency, last, count, value in await cur.fetchall()
    ]
