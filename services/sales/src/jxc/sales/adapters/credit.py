"""Credit exposure per customer: the placed orders not yet invoiced, plus the open receivables
finance reported. Placing an order for a customer takes the customer's credit lock first, so
two orders of one customer never pass on the same headroom."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key
from jxc.sales.tables import credit_orders, credit_receivables

_OPEN_ORDERS = Statement(
    select(
        func.coalesce(
            func.sum(func.greatest(credit_orders.c.total - credit_orders.c.invoiced, 0)), 0
        )
    ).where(credit_orders.c.customer_id == bindparam("customer_id"), credit_orders.c.counts)
)
_RECEIVABLES = Statement(
    select(credit_receivables.c.open_receivables, credit_receivables.c.overdue).where(
        credit_receivables.c.customer_id == bindparam("customer_id")
    )
)
_new_order = insert(credit_orders).values(
    order_id=bindparam("order_id"),
    customer_id=bindparam("customer_id"),
    total=bindparam("total"),
    invoiced=0,
    counts=bindparam("counts"),
)
_ORDER = Statement(
    _new_order.on_conflict_do_update(
        index_elements=[credit_orders.c.order_id],
        set_={
            "customer_id": _new_order.excluded.customer_id,
            "total": _new_order.excluded.total,
            "counts": _new_order.excluded.counts,
        },
    )
)
_new_invoice = insert(credit_orders).values(
    order_id=bindparam("order_id"),
    customer_id=bindparam("customer_id"),
    total=0,
    invoiced=bindparam("amount"),
    counts=False,
)
_INVOICED = Statement(
    _new_invoice.on_conflict_do_update(
        index_elements=[credit_orders.c.order_id],
        set_={"invoiced": credit_orders.c.invoiced + _new_invoice.excluded.invoiced},
    )
)
_new_receivables = insert(credit_receivables).values(
    customer_id=bindparam("customer_id"),
    open_receivables=bindparam("amount"),
    overdue=bindparam("overdue"),
    stream_version=bindparam("version"),
)
_RECEIVABLES_SET = Statement(
    _new_receivables.on_conflict_do_update(
        index_elements=[credit_receivables.c.customer_id],
        set_={
            "open_receivables": _new_receivables.excluded.open_receivables,
            "overdue": _new_receivables.excluded.overdue,
            "stream_version": _new_receivables.excluded.stream_version,
        },
        where=credit_receivables.c.stream_version < _new_receivables.excluded.stream_version,
    )
)


async def lock_customer_credit(conn: Conn, customer_id: UUID) -> None:
    """Hold the customer's credit lock until the end of the transaction."""
    await lock_key(conn, f"sales-credit:{customer_id}")


@dataclass(frozen=True, slots=True)
class Exposure:
    open_orders: Decimal  # placed and not yet invoiced
    open_receivables: Decimal  # as finance last reported
    overdue: Decimal  # of the receivables, past their due date

    @property
    def total(self) -> Decimal:
        return self.open_orders + self.open_receivables


async def exposure(conn: Conn, customer_id: UUID) -> Exposure:
    """The customer's open orders not yet invoiced, open and overdue receivables."""
    cur = await conn.execute(_OPEN_ORDERS.sql, _OPEN_ORDERS.args(customer_id=customer_id))
    row = await cur.fetchone()
    orders = Decimal(row[0]) if row is not None else Decimal(0)
    cur = await conn.execute(_RECEIVABLES.sql, _RECEIVABLES.args(customer_id=customer_id))
    found = await cur.fetchone()
    if found is None:
        return Exposure(orders, Decimal(0), Decimal(0))
    return Exposure(orders, Decimal(found[0]), Decimal(found[1]))


async def save_order(
    conn: Conn, order_id: UUID, customer_id: UUID, total: Decimal, counts: bool
) -> None:
    """The order's value, and whether it counts (placed and not cancelled)."""
    await conn.execute(
        _ORDER.sql,
        _ORDER.args(order_id=order_id, customer_id=customer_id, total=total, counts=counts),
    )


async def add_invoiced(conn: Conn, order_id: UUID, customer_id: UUID, amount: Decimal) -> None:
    await conn.execute(
        _INVOICED.sql, _INVOICED.args(order_id=order_id, customer_id=customer_id, amount=amount)
    )


async def set_receivables(
    conn: Conn, customer_id: UUID, amount: Decimal, overdue: Decimal, version: int
) -> None:
    """The customer's open and overdue receivables, unless a later report (stream version)
    is in."""
    await conn.execute(
        _RECEIVABLES_SET.sql,
        _RECEIVABLES_SET.args(
            customer_id=customer_id, amount=amount, overdue=overdue, version=version
        ),
    )


async def clear(conn: Conn) -> None:
    """For a rebuild of the credit projection: what it wrote (invoiced amounts, receivables)."""
    await conn.execute(Statement(credit_receivables.delete()).sql)
    await conn.execute(Statement(credit_orders.update().values(invoiced=0)).sql)
