"""The quotation list: one row per quotation, written in the transaction of each of its
commands; its status worked out from the row and the day asked about."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Date, Text, Uuid, bindparam, case, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.domain.quotation import QuotationState
from jxc.sales.tables import quotations

_columns: dict[str, Any] = {c.name: bindparam(c.name) for c in quotations.c}
_upsert = insert(quotations).values(_columns)
_SAVE = Statement(
    _upsert.on_conflict_do_update(
        index_elements=[quotations.c.quotation_id],
        set_={"accepted_on": _upsert.excluded.accepted_on, "order_id": _upsert.excluded.order_id},
    )
)

_today = bindparam("today", type_=Date)
_status_of = case(
    (quotations.c.order_id.is_not(None), "converted"),
    (quotations.c.valid_until < _today, "expired"),
    (quotations.c.accepted_on.is_not(None), "accepted"),
    else_="open",
)
_status = _status_of.label("status")


def _optional(name: str, type_: Any = Uuid) -> Any:
    return bindparam(name, type_=type_)


_SEARCH = Statement(
    select(quotations, _status)
    .where(
        or_(
            _optional("customer_id").is_(None),
            quotations.c.customer_id == _optional("customer_id"),
        ),
        or_(_optional("status", Text).is_(None), _status == _optional("status", Text)),
        or_(_optional("after").is_(None), quotations.c.quotation_id < _optional("after")),
    )
    .order_by(quotations.c.quotation_id.desc())
    .limit(bindparam("limit"))
)

#: The quotations sorted on the server (sort/order/after): the same filters, keyset pages.
QUOTATIONS = Paging(
    "quotations",
    select(quotations, _status).where(
        or_(
            _optional("customer_id").is_(None),
            quotations.c.customer_id == _optional("customer_id"),
        ),
        or_(_optional("status", Text).is_(None), _status_of == _optional("status", Text)),
    ),
    {
        "created_on": quotations.c.created_on,
        "valid_until": quotations.c.valid_until,
        "customer_id": quotations.c.customer_id,
        "status": _status_of,
        "total": quotations.c.total,
    },
    (quotations.c.quotation_id,),
    default="created_on",
    default_order="desc",
    not_null=("status",),
)


async def save(conn: Conn, quotation: QuotationState, created_on: date) -> None:
    """The quotation as its last command left it (`created_on` is kept from its first row)."""
    created = quotation.created
    assert created is not None
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            quotation_id=created.quotation_id,
            customer_id=created.customer_id,
            currency=created.currency,
            total=created.total.amount,
            line_count=len(created.lines),
            valid_until=created.valid_until,
            created_on=created_on,
            created_by=created.created_by,
            accepted_on=quotation.accepted_on,
            order_id=quotation.order_id,
        ),
    )


async def search(
    conn: Conn,
    customer_id: UUID | None,
    status: str | None,
    today: date,
    after: UUID | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Newest first (quotation ids are time-ordered), after the `after` quotation."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _SEARCH.sql,
            _SEARCH.args(
                customer_id=customer_id, status=status, today=today, after=after, limit=limit
            ),
        )
        return list(await cur.fetchall())


async def sorted_page(
    conn: Conn,
    customer_id: UUID | None,
    status: str | None,
    today: date,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of the quotations in the order asked, and the next page's cursor."""
    return await QUOTATIONS.fetch(
        conn, sort, order, after, limit, customer_id=customer_id, status=status, today=today
    )
