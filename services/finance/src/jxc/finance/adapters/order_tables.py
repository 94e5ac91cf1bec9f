"""Open orders for the cash forecast, kept by the general-ledger projection."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects.postgresql import insert

from jxc.finance.tables import open_orders
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_c = open_orders.c
COLUMNS = ("order_id", "kind", "expected_on", "currency", "amount", "invoiced", "closed")
_OPEN = Statement(
    insert(open_orders)
    .values({c: bindparam(c) for c in COLUMNS})
    .on_conflict_do_nothing(index_elements=[_c.order_id])
)
_INVOICED = Statement(
    update(open_orders)
    .where(_c.order_id == bindparam("order"))
    .values(invoiced=_c.invoiced + bindparam("amount"))
)
_CLOSE = Statement(update(open_orders).where(_c.order_id == bindparam("order")).values(closed=True))
_left = func.greatest(_c.amount - _c.invoiced, 0)
_EXPECTED = Statement(
    select(_c.kind, _c.expected_on, _left)
    .where(_c.closed.is_(False), _c.amount > _c.invoiced, _c.currency == bindparam("currency"))
    .order_by(_c.expected_on)
)


async def change(
    conn: Conn,
    opened: Sequence[dict[str, Any]],
    invoiced: Iterable[tuple[UUID, Decimal]],
    closed: Iterable[UUID],
) -> None:
    async with conn.cursor() as cur:
        if opened:
            await cur.executemany(
                _OPEN.sql, [_OPEN.args(**{c: o[c] for c in COLUMNS}) for o in opened]
            )
        rows = [
            _INVOICED.args(order=o, amount=a) for o, a in sorted(invoiced, key=lambda x: str(x[0]))
        ]
        if rows:
            await cur.executemany(_INVOICED.sql, rows)
        ends = [_CLOSE.args(order=o) for o in sorted(closed, key=str)]
        if ends:
            await cur.executemany(_CLOSE.sql, ends)


async def expected(conn: Conn, currency: str) -> list[tuple[str, date, Decimal]]:
    """(sales or purchase, expected on, amount not yet invoiced) of the open orders."""
    cur = await conn.execute(_EXPECTED.sql, _EXPECTED.args(currency=currency))
    return [(str(r[0]), r[1], Decimal(r[2])) for r in await cur.fetchall()]
