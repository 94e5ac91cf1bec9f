"""What logistics knows of orders, reservations, customers' addresses and item categories,
written by the projection logistics-orders from other contexts' events, and read by the
shipment commands (what may ship, where to) and invoicing (the categories)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import and_, bindparam, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert

from jxc.events.contracts.crm import Address
from jxc.events.contracts.sales import OrderLine
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.tables import (
    item_categories,
    shipment_lines,
    shipments,
    shipping_addresses,
    shipping_order_lines,
    shipping_orders,
    shipping_reservations,
)


def _all(table: Any) -> Any:
    return {c.name: bindparam(c.name) for c in table.c}


_ORDER = Statement(insert(shipping_orders).values(_all(shipping_orders)).on_conflict_do_nothing())
_LINE = Statement(
    insert(shipping_order_lines).values(_all(shipping_order_lines)).on_conflict_do_nothing()
)
_CANCEL = Statement(
    update(shipping_orders)
    .where(shipping_orders.c.order_id == bindparam("order_id"))
    .values(cancelled=True)
)
_new_reserved = insert(shipping_reservations).values(_all(shipping_reservations))
_RESERVE = Statement(
    _new_reserved.on_conflict_do_update(
        constraint="shipping_reservations_pkey",
        set_={"reserved": shipping_reservations.c.reserved + _new_reserved.excluded.reserved},
    )
)
_FORGET_ADDRESSES = Statement(
    delete(shipping_addresses).where(shipping_addresses.c.customer_id == bindparam("customer_id"))
)
_ADDRESS = Statement(insert(shipping_addresses).values(_all(shipping_addresses)))
_new_item = insert(item_categories).values(_all(item_categories))
_CATEGORY = Statement(
    _new_item.on_conflict_do_update(
        index_elements=[item_categories.c.sku], set_={"category": _new_item.excluded.category}
    )
)
_CLEAR = [
    Statement(delete(table))
    for table in (
        shipping_orders,
        shipping_order_lines,
        shipping_reservations,
        shipping_addresses,
        item_categories,
    )
]

_ORDER_OF = Statement(
    select(shipping_orders).where(shipping_orders.c.order_id == bindparam("order_id"))
)
_on_shipments = (
    select(
        shipment_lines.c.line_no,
        func.sum(shipment_lines.c.quantity).label("shipped"),
    )
    .join(shipments, shipments.c.shipment_id == shipment_lines.c.shipment_id)
    .where(shipment_lines.c.order_id == bindparam("order_id"), shipments.c.status != "cancelled")
    .group_by(shipment_lines.c.line_no)
    .subquery()
)
_LINES_OF = Statement(
    select(
        shipping_order_lines,
        func.coalesce(shipping_reservations.c.reserved, 0).label("reserved"),
        func.coalesce(_on_shipments.c.shipped, 0).label("shipped"),
    )
    .select_from(
        shipping_order_lines.outerjoin(
            shipping_reservations,
            and_(
                shipping_reservations.c.order_id == shipping_order_lines.c.order_id,
                shipping_reservations.c.line_no == shipping_order_lines.c.line_no,
            ),
        ).outerjoin(_on_shipments, _on_shipments.c.line_no == shipping_order_lines.c.line_no)
    )
    .where(shipping_order_lines.c.order_id == bindparam("order_id"))
    .order_by(shipping_order_lines.c.line_no)
)
_ADDRESSES_OF = Statement(
    select(shipping_addresses)
    .where(shipping_addresses.c.customer_id == bindparam("customer_id"))
    .order_by(shipping_addresses.c.position)
)
_CATEGORIES_OF = Statement(
    select(item_categories).where(item_categories.c.sku == func.any(bindparam("skus")))
)


async def order_placed(
    conn: Conn,
    order_id: UUID,
    customer_id: UUID,
    order_no: str | None,
    currency: str | None,
    ship_to: str | None,
    promised_on: date | None,
    lines: Sequence[OrderLine],
    at: datetime,
) -> None:
    await conn.execute(
        _ORDER.sql,
        _ORDER.args(
            order_id=order_id,
            customer_id=customer_id,
            order_no=order_no,
            currency=currency,
            ship_to=ship_to,
            promised_on=promised_on,
            cancelled=False,
            placed_at=at,
        ),
    )
    async with conn.cursor() as cur:
        await cur.executemany(
            _LINE.sql,
            [
                _LINE.args(
                    order_id=order_id,
                    line_no=line.line_no,
                    sku=line.sku,
                    warehouse=line.warehouse,
                    quantity=line.quantity,
                    unit=line.unit,
                    unit_price=line.unit_price.amount,
                    net_amount=(
                        line.net_amount.amount
                        if line.net_amount is not None
                        else line.quantity * line.unit_price.amount
                    ),
                )
                for line in lines
            ],
        )


async def order_cancelled(conn: Conn, order_id: UUID) -> None:
    await conn.execute(_CANCEL.sql, _CANCEL.args(order_id=order_id))


async def reserved(conn: Conn, order_id: UUID, line_no: int, quantity: Decimal) -> None:
    """Add `quantity` (negative: released) to what is reserved of the order line."""
    await conn.execute(
        _RESERVE.sql, _RESERVE.args(order_id=order_id, line_no=line_no, reserved=quantity)
    )


async def addresses(conn: Conn, customer_id: UUID, known: Sequence[Address]) -> None:
    """The customer's addresses are now `known` (the first is the default)."""
    await conn.execute(_FORGET_ADDRESSES.sql, _FORGET_ADDRESSES.args(customer_id=customer_id))
    async with conn.cursor() as cur:
        await cur.executemany(
            _ADDRESS.sql,
            [
                _ADDRESS.args(
                    customer_id=customer_id,
                    label=a.label,
                    city=a.city,
                    country=a.country,
                    latitude=a.latitude,
                    longitude=a.longitude,
                    position=i,
                )
                for i, a in enumerate(known)
            ],
        )


async def category(conn: Conn, sku: str, category: str | None) -> None:
    await conn.execute(_CATEGORY.sql, _CATEGORY.args(sku=sku, category=category))


async def clear(conn: Conn) -> None:
    for statement in _CLEAR:
        await conn.execute(statement.sql, statement.args())


async def order(conn: Conn, order_id: UUID) -> dict[str, Any] | None:
    """The order with its lines (each with what is reserved and what is on shipments that
    are not cancelled) and the customer's addresses; None when sales has not seen it."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_ORDER_OF.sql, _ORDER_OF.args(order_id=order_id))
        found = await cur.fetchone()
        if found is None:
            return None
        await cur.execute(_LINES_OF.sql, _LINES_OF.args(order_id=order_id))
        lines = list(await cur.fetchall())
        await cur.execute(_ADDRESSES_OF.sql, _ADDRESSES_OF.args(customer_id=found["customer_id"]))
        places = list(await cur.fetchall())
    return {**found, "lines": lines, "addresses": places}


async def categories(conn: Conn, skus: Sequence[str]) -> dict[str, str | None]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_CATEGORIES_OF.sql, _CATEGORIES_OF.args(skus=sorted(set(skus))))
        return {row["sku"]: row["category"] for row in await cur.fetchall()}
