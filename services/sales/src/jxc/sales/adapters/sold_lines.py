"""What was sold and shipped per order line (projection return-sales), and what of it other
returns already claim: the facts a customer return is checked against."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from sqlalchemy import Uuid, bindparam, cast, delete, func, select
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key
from jxc.sales.tables import customer_return_lines, return_sold_lines

_s, _c = return_sold_lines, customer_return_lines

_placed = insert(_s).values(
    order_id=bindparam("order_id"),
    line_no=bindparam("line_no"),
    customer_id=bindparam("customer_id"),
    sku=bindparam("sku"),
    warehouse=bindparam("warehouse"),
    unit=bindparam("unit"),
    ordered=bindparam("ordered"),
    unit_price=bindparam("unit_price"),
    currency=bindparam("currency"),
)
_PLACED = Statement(
    _placed.on_conflict_do_update(
        index_elements=[_s.c.order_id, _s.c.line_no],
        set_={
            "ordered": _placed.excluded.ordered,
            "unit_price": _placed.excluded.unit_price,
            "currency": _placed.excluded.currency,
        },
    )
)
_shipped = insert(_s).values(
    order_id=bindparam("order_id"),
    line_no=bindparam("line_no"),
    customer_id=bindparam("customer_id"),
    sku=bindparam("sku"),
    warehouse=bindparam("warehouse"),
    unit=bindparam("unit"),
    shipped=bindparam("shipped"),
)
_SHIPPED = Statement(
    _shipped.on_conflict_do_update(
        index_elements=[_s.c.order_id, _s.c.line_no],
        set_={"shipped": _s.c.shipped + _shipped.excluded.shipped},
    )
)
_CLEAR = Statement(delete(_s))

_claims = (
    select(_c.c.line_no, func.sum(_c.c.claimed).label("claimed"))
    .where(
        _c.c.order_id == bindparam("order_id"),
        _c.c.return_id.is_distinct_from(cast(bindparam("return_id"), Uuid)),
    )
    .group_by(_c.c.line_no)
    .subquery()
)
_SOLD = Statement(
    select(
        _s.c.line_no,
        _s.c.customer_id,
        _s.c.sku,
        _s.c.warehouse,
        _s.c.unit,
        _s.c.ordered,
        _s.c.shipped,
        _s.c.unit_price,
        _s.c.currency,
        func.coalesce(_claims.c.claimed, 0),
    )
    .join_from(_s, _claims, _claims.c.line_no == _s.c.line_no, isouter=True)
    .where(_s.c.order_id == bindparam("order_id"))
    .order_by(_s.c.line_no)
)


@dataclass(frozen=True, slots=True)
class SoldLine:
    line_no: int
    customer_id: UUID
    sku: str
    warehouse: str
    unit: str
    ordered: Decimal
    shipped: Decimal
    unit_price: Decimal | None  # None while the order's OrderPlaced has not been seen
    currency: str | None
    claimed: Decimal  # by returns other than the one asked about


async def record_placed(
    conn: Conn,
    order_id: UUID,
    customer_id: UUID,
    lines: list[tuple[int, str, str, str, Decimal, Decimal, str]],
) -> None:
    """(line_no, sku, warehouse, unit, ordered, price paid for one, currency) per line."""
    async with conn.cursor() as cur:
        await cur.executemany(
            _PLACED.sql,
            [
                _PLACED.args(
                    order_id=order_id,
                    customer_id=customer_id,
                    line_no=n,
                    sku=sku,
                    warehouse=wh,
                    unit=unit,
                    ordered=q,
                    unit_price=price,
                    currency=currency,
                )
                for n, sku, wh, unit, q, price, currency in lines
            ],
        )


async def record_shipped(
    conn: Conn,
    order_id: UUID,
    customer_id: UUID,
    lines: list[tuple[int, str, str, str, Decimal]],
) -> None:
    """(line_no, sku, warehouse, unit, shipped) per line of one shipment."""
    async with conn.cursor() as cur:
        await cur.executemany(
            _SHIPPED.sql,
            [
                _SHIPPED.args(
                    order_id=order_id,
                    customer_id=customer_id,
                    line_no=n,
                    sku=sku,
                    warehouse=wh,
                    unit=unit,
                    shipped=q,
                )
                for n, sku, wh, unit, q in lines
            ],
        )


async def clear(conn: Conn) -> None:
    await conn.execute(_CLEAR.sql, _CLEAR.args())


async def lock_order(conn: Conn, order_id: UUID) -> None:
    """Until the end of the transaction, no other return of this order takes its claims: two
    returns asked at once of one order queue, so together they never exceed what shipped."""
    await lock_key(conn, f"customer-returns-of-order:{order_id}")


async def sold(conn: Conn, order_id: UUID, return_id: UUID | None = None) -> list[SoldLine]:
    """The order's lines as sold and shipped, with what returns other than `return_id` claim."""
    cur = await conn.execute(_SOLD.sql, _SOLD.args(order_id=order_id, return_id=return_id))
    return [SoldLine(*row) for row in await cur.fetchall()]
