"""ABC classification's table `abc_classes` and what a run reads: the consumption value of
shipments from the stock ledger, the SKUs of every position and of the item master. A run is one
transaction under an advisory lock, so runs never interleave."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from psycopg_pool import AsyncConnectionPool
from sqlalchemy import bindparam, func, or_, select

from jxc.inventory.tables import abc_classes, items, stock_ledger, stock_positions
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_pair
from jxc.platform.unnest import UnnestInsert

#: The key of the advisory lock that keeps classification runs apart.
ABC_LOCK = (7_007_002, 0)
#: How `abc_classes.warehouse` names "all warehouses".
OVERALL = ""

_CONSUMPTION = Statement(
    select(
        stock_ledger.c.sku,
        stock_ledger.c.warehouse,
        stock_ledger.c.currency,
        func.sum(-stock_ledger.c.value_change),
    )
    .where(
        stock_ledger.c.movement == "issue",
        stock_ledger.c.kind == "shipment",
        stock_ledger.c.occurred_at >= bindparam("start"),
        stock_ledger.c.occurred_at < bindparam("end"),
    )
    .group_by(stock_ledger.c.sku, stock_ledger.c.warehouse, stock_ledger.c.currency)
)
_POSITIONS = Statement(select(stock_positions.c.sku, stock_positions.c.warehouse))
_ITEM_SKUS = Statement(select(items.c.sku))
_STORED = Statement(
    select(
        abc_classes.c.sku, abc_classes.c.warehouse, abc_classes.c["class"], abc_classes.c.version
    )
)
#: What `save` is given per row, in this order.
_ROW = ("sku", "warehouse", "class", "consumption_value", "currency", "cumulative_share", "version")
_RUN = ("period_from", "period_to", "a_share", "b_share", "classified_at")
_SAVE = UnnestInsert(
    abc_classes,
    (*_ROW, *_RUN),
    conflict=("sku", "warehouse"),
    update=tuple(name for name in (*_ROW, *_RUN) if name not in ("sku", "warehouse")),
)


def _unless_none(name: str, column: Any) -> Any:
    return or_(bindparam(name, type_=column.type).is_(None), column == bindparam(name))


#: The classes list (of one warehouse, or of all together: the SKU is unique in it): its
#: filters, sorts and keyset pages.
CLASSES = Paging(
    "abc",
    select(
        abc_classes.c.sku,
        func.nullif(abc_classes.c.warehouse, OVERALL).label("warehouse"),
        abc_classes.c["class"].label("abc_class"),
        *(
            abc_classes.c[name]
            for name in (
                "consumption_value",
                "currency",
                "cumulative_share",
                "period_from",
                "period_to",
                "a_share",
                "b_share",
                "classified_at",
                "version",
            )
        ),
    ).where(
        abc_classes.c.warehouse == bindparam("warehouse"),
        _unless_none("abc_class", abc_classes.c["class"]),
        _unless_none("sku", abc_classes.c.sku),
    ),
    {
        "consumption_value": abc_classes.c.consumption_value,
        "sku": abc_classes.c.sku,
        "abc_class": abc_classes.c["class"],
        "cumulative_share": abc_classes.c.cumulative_share,
    },
    (abc_classes.c.sku,),
    default="consumption_value",
    default_order="desc",
)


@asynccontextmanager
async def locked_run(pool: AsyncConnectionPool[Any]) -> AsyncIterator[Conn]:
    """A connection in a transaction that holds the classification lock till it ends."""
    async with pool.connection() as conn, conn.transaction():
        await lock_pair(conn, ABC_LOCK)
        yield conn


async def consumption(
    conn: Conn, start: datetime, end: datetime
) -> list[tuple[str, str, str, Decimal]]:
    """Per SKU, warehouse and currency: the cost of what was shipped in [start, end)."""
    cur = await conn.execute(_CONSUMPTION.sql, _CONSUMPTION.args(start=start, end=end))
    return list(await cur.fetchall())


async def positions(conn: Conn) -> list[tuple[str, str]]:
    """Every (sku, warehouse) with a stock position."""
    cur = await conn.execute(_POSITIONS.sql, _POSITIONS.args())
    return list(await cur.fetchall())


async def item_skus(conn: Conn) -> list[str]:
    cur = await conn.execute(_ITEM_SKUS.sql, _ITEM_SKUS.args())
    return [sku for (sku,) in await cur.fetchall()]


async def stored(conn: Conn) -> dict[tuple[str, str], tuple[str, int]]:
    """The stored class and stream version of every (sku, warehouse)."""
    cur = await conn.execute(_STORED.sql, _STORED.args())
    return {(sku, wh): (cls, version) for sku, wh, cls, version in await cur.fetchall()}


async def save(
    conn: Conn,
    rows: Sequence[tuple[Any, ...]],
    *,
    period_from: date,
    period_to: date,
    a_share: Decimal,
    b_share: Decimal,
    at: datetime,
) -> None:
    """Upsert classes: rows of (sku, warehouse, class, consumption value, currency, cumulative
    share, version)."""
    if not rows:
        return
    run = dict(zip(_RUN, (period_from, period_to, a_share, b_share, at), strict=True))
    named = [dict(zip(_ROW, row, strict=True)) | run for row in rows]
    await conn.execute(*_SAVE.statement(named))


async def classes(
    conn: Conn,
    *,
    warehouse: str | None,
    abc_class: str | None,
    sku: str | None,
    limit: int,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of the stored classes of one warehouse, or of all warehouses together (None),
    highest consumption value first unless sorted otherwise."""
    return await CLASSES.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        warehouse=warehouse or OVERALL,
        abc_class=abc_class,
        sku=sku,
    )
