"""Cost analysis over the journal lines of a range of periods: revenue, cost of goods sold,
margin and shrinkage per item, item category, warehouse or customer; purchase price variance
per supplier. And what the ledger keeps to name them: orders' customers, items' categories."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import Text, Uuid, bindparam, case, cast, func, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.finance.domain.ledger import accounts as chart
from jxc.finance.tables import item_categories, journal_lines, order_customers
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_l = journal_lines.c
_net = _l.debit - _l.credit


_KEYS: dict[str, Any] = {
    "sku": _l.sku,
    "warehouse": _l.cost_centre,
    "customer": cast(_l.party_id, Text),
    "category": func.coalesce(item_categories.c.category, literal_column("''")),
}


def _analysis(by: str) -> Statement:
    key = _KEYS[by]
    return Statement(
        select(
            key.label("key"),
            # explicit comparisons, not IN: a Statement keeps no expanding parameters
            func.coalesce(func.sum(case((_l.account == chart.REVENUE, -_net), else_=0)), 0),
            func.coalesce(func.sum(case((_l.account == chart.COGS, _net), else_=0)), 0),
            func.coalesce(
                func.sum(
                    case(
                        (
                            (_l.account == chart.INVENTORY_LOSSES)
                            | (_l.account == chart.TRANSIT_LOSSES),
                            _net,
                        ),
                        else_=0,
                    )
                ),
                0,
            ),
        )
        .select_from(journal_lines.outerjoin(item_categories, item_categories.c.sku == _l.sku))
        .where(
            _l.period >= bindparam("first"),
            _l.period <= bindparam("last"),
            _l.account == func.any(bindparam("accounts", type_=ARRAY(Text))),
        )
        .group_by(key)
        .order_by(key)
    )


ANALYSES = {by: _analysis(by) for by in _KEYS}
ANALYSED = [chart.REVENUE, chart.COGS, chart.INVENTORY_LOSSES, chart.TRANSIT_LOSSES]

_VARIANCE = Statement(
    select(_l.party_id, func.sum(_net))
    .where(
        _l.period >= bindparam("first"),
        _l.period <= bindparam("last"),
        _l.account == chart.PRICE_VARIANCE,
    )
    .group_by(_l.party_id)
    .order_by(_l.party_id)
)

_new_order = insert(order_customers).values(
    order_id=bindparam("order_id"), customer_id=bindparam("customer_id")
)
_SAVE_ORDER = Statement(_new_order.on_conflict_do_nothing(index_elements=["order_id"]))
_new_item = insert(item_categories).values(sku=bindparam("sku"), category=bindparam("category"))
_SAVE_ITEM = Statement(
    _new_item.on_conflict_do_update(
        index_elements=["sku"], set_={"category": _new_item.excluded.category}
    )
)
_CUSTOMERS = Statement(
    select(order_customers.c.order_id, order_customers.c.customer_id).where(
        order_customers.c.order_id == func.any(bindparam("ids", type_=ARRAY(Uuid)))
    )
)


async def analysis(
    conn: Conn, by: str, first: str, last: str
) -> list[tuple[str | None, Decimal, Decimal, Decimal]]:
    """(key, revenue, cost of goods sold, shrinkage) per `by` over the periods."""
    statement = ANALYSES[by]
    cur = await conn.execute(
        statement.sql, statement.args(first=first, last=last, accounts=ANALYSED)
    )
    return [
        (None if r[0] is None else str(r[0]), Decimal(r[1]), Decimal(r[2]), Decimal(r[3]))
        for r in await cur.fetchall()
    ]


async def price_variance(conn: Conn, first: str, last: str) -> list[tuple[UUID | None, Decimal]]:
    cur = await conn.execute(_VARIANCE.sql, _VARIANCE.args(first=first, last=last))
    return [(r[0], Decimal(r[1])) for r in await cur.fetchall()]


async def remember(
    conn: Conn, orders: Mapping[UUID, UUID], categories: Mapping[str, str | None]
) -> None:
    async with conn.cursor() as cur:
        if orders:
            await cur.executemany(
                _SAVE_ORDER.sql,
                [_SAVE_ORDER.args(order_id=o, customer_id=c) for o, c in sorted(orders.items())],
            )
        if categories:
            await cur.executemany(
                _SAVE_ITEM.sql,
                [_SAVE_ITEM.args(sku=s, category=c) for s, c in sorted(categories.items())],
            )


async def customers_of(conn: Conn, orders: list[UUID]) -> dict[UUID, UUID]:
    if not orders:
        return {}
    cur = await conn.execute(_CUSTOMERS.sql, _CUSTOMERS.args(ids=orders))
    return {UUID(str(r[0])): UUID(str(r[1])) for r in await cur.fetchall()}
