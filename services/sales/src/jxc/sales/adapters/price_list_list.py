"""The list of price lists: one row per price list, written in the transaction of each of its
commands; searched by code, customer group, currency, a SKU it prices and a day it is valid on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Date, Text, Uuid, bindparam, exists, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.domain.price_list import PriceListState
from jxc.sales.tables import price_list_prices, price_lists

_columns: dict[str, Any] = {c.name: bindparam(c.name) for c in price_lists.c}
_upsert = insert(price_lists).values(_columns)
_SAVE = Statement(
    _upsert.on_conflict_do_update(
        index_elements=[price_lists.c.price_list_id],
        set_={
            name: _upsert.excluded[name]
            for name in _columns
            if name not in ("price_list_id", "code", "customer_group", "currency")
        },
    )
)


def _optional(name: str, type_: Any = Text) -> Any:
    return bindparam(name, type_=type_)


_valid_on = _optional("valid_on", Date)


def _filtered() -> Any:
    return (
        or_(
            _optional("pattern").is_(None),
            price_lists.c.code.ilike(_optional("pattern"), escape="\\"),
        ),
        or_(
            _optional("group").is_(None),
            price_lists.c.customer_group == _optional("group"),
        ),
        or_(_optional("currency").is_(None), price_lists.c.currency == _optional("currency")),
        or_(
            _optional("sku").is_(None),
            exists().where(
                price_list_prices.c.price_list_id == price_lists.c.price_list_id,
                price_list_prices.c.sku == _optional("sku"),
            ),
        ),
        or_(
            _valid_on.is_(None),
            (price_lists.c.valid_from <= _valid_on)
            & or_(price_lists.c.valid_until.is_(None), price_lists.c.valid_until >= _valid_on),
        ),
    )


_SEARCH = Statement(
    select(price_lists)
    .where(
        *_filtered(),
        or_(
            _optional("after", Uuid).is_(None),
            price_lists.c.price_list_id < _optional("after", Uuid),
        ),
    )
    .order_by(price_lists.c.price_list_id.desc())
    .limit(bindparam("limit"))
)

#: The price lists sorted on the server (sort/order/after): the same filters, keyset pages.
PRICE_LISTS = Paging(
    "price-lists",
    select(price_lists).where(*_filtered()),
    {
        name: price_lists.c[name]
        for name in ("code", "customer_group", "valid_from", "valid_until", "changed_at")
    },
    (price_lists.c.price_list_id,),
    default="code",
)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the list is narrowed to; None leaves a filter out. `code` is looked for in the
    lists' codes, case-insensitively; `valid_on`: the lists valid on that day."""

    code: str | None = None
    customer_group: str | None = None
    currency: str | None = None
    sku: str | None = None
    valid_on: date | None = None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def save(
    conn: Conn,
    price_list_id: UUID,
    state: PriceListState,
    version: int,
    changed_at: datetime,
    changed_by: str | None,
) -> None:
    """The list's row as its last command (at stream `version`) left it."""
    assert state.valid_from is not None
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            price_list_id=price_list_id,
            code=state.code,
            customer_group=state.customer_group,
            currency=state.currency,
            valid_from=state.valid_from,
            valid_until=state.valid_until,
            price_count=len(state.prices),
            version=version,
            changed_at=changed_at,
            changed_by=changed_by,
        ),
    )


async def search(
    conn: Conn, filters: Filters, after: UUID | None, limit: int
) -> list[dict[str, Any]]:
    """Newest first (server-made ids are time-ordered), after the `after` price list."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _SEARCH.sql,
            _SEARCH.args(
                pattern=None if filters.code is None else _like(filters.code),
                group=filters.customer_group,
                currency=filters.currency,
                sku=filters.sku,
                valid_on=filters.valid_on,
                after=after,
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def sorted_page(
    conn: Conn,
    filters: Filters,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of the price lists in the order asked, and the next page's cursor."""
    return await PRICE_LISTS.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        pattern=None if filters.code is None else _like(filters.code),
        group=filters.customer_group,
        currency=filters.currency,
        sku=filters.sku,
        valid_on=filters.valid_on,
    )
