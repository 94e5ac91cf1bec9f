"""The customer returns as they stand and their lines, written in the transaction of each of
their commands from the return's state after it; the list and what each claims of its order."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Text, Uuid, bindparam, cast, delete, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.domain.customer_return import ReturnState
from jxc.sales.tables import customer_return_lines, customer_returns

_r, _l = customer_returns, customer_return_lines

_new = insert(_r).values({c.name: bindparam(c.name) for c in _r.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[_r.c.return_id],
        set_={
            name: _new.excluded[name]
            for name in (
                "status",
                "refusal",
                "credit_note_id",
                "replacement_order_id",
                "version",
                "updated_at",
            )
        },
    )
)
_DROP_LINES = Statement(delete(_l).where(_l.c.return_id == bindparam("return_id")))
_LINE = Statement(insert(_l).values({c.name: bindparam(c.name) for c in _l.c}))


def _optional(name: str, type_: Any = Text) -> Any:
    return cast(bindparam(name), type_)


def _filtered() -> Any:
    return (
        or_(_optional("order_id", Uuid).is_(None), _r.c.order_id == _optional("order_id", Uuid)),
        or_(
            _optional("customer_id", Uuid).is_(None),
            _r.c.customer_id == _optional("customer_id", Uuid),
        ),
        or_(_optional("status").is_(None), _r.c.status == _optional("status")),
    )


_SEARCH = Statement(
    select(_r)
    .where(
        *_filtered(),
        or_(_optional("after", Uuid).is_(None), _r.c.return_id > _optional("after", Uuid)),
    )
    .order_by(_r.c.return_id)
    .limit(bindparam("limit"))
)
#: The returns sorted on the server (sort/order/after): the same filters, keyset pages.
RETURNS = Paging(
    "customer-returns",
    select(_r).where(*_filtered()),
    {name: _r.c[name] for name in ("requested_at", "updated_at", "status", "customer_id")},
    (_r.c.return_id,),
    default="requested_at",
)
_OF_RETURN = Statement(
    select(_l).where(_l.c.return_id == bindparam("return_id")).order_by(_l.c.line_no)
)


async def save(conn: Conn, return_id: UUID, state: ReturnState, version: int, at: datetime) -> None:
    assert state.order_id is not None and state.customer_id is not None
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            return_id=return_id,
            order_id=state.order_id,
            customer_id=state.customer_id,
            status=state.status.value,
            reason=state.reason,
            currency=state.currency,
            refusal=state.refusal,
            credit_note_id=state.credit_note_id,
            replacement_order_id=state.replacement_order_id,
            version=version,
            requested_at=at,
            updated_at=at,
        ),
    )
    await conn.execute(_DROP_LINES.sql, _DROP_LINES.args(return_id=return_id))
    async with conn.cursor() as cur:
        await cur.executemany(
            _LINE.sql,
            [
                _LINE.args(
                    return_id=return_id,
                    line_no=line.line_no,
                    order_id=state.order_id,
                    sku=line.sku,
                    warehouse=line.warehouse,
                    unit=line.unit,
                    unit_price=line.unit_price,
                    requested=line.quantity,
                    received=state.received_of(line.line_no),
                    claimed=state.claimed(line.line_no),
                )
                for line in state.lines
            ],
        )


async def search(
    conn: Conn,
    *,
    order_id: UUID | None,
    customer_id: UUID | None,
    status: str | None,
    after: UUID | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Returns by id (ids are time-ordered: oldest first), after `after`, narrowed by the
    filters given."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        _SEARCH.sql,
        _SEARCH.args(
            order_id=order_id, customer_id=customer_id, status=status, after=after, limit=limit
        ),
    )
    return list(await cur.fetchall())


async def sorted_page(
    conn: Conn,
    *,
    order_id: UUID | None,
    customer_id: UUID | None,
    status: str | None,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of the returns in the order asked, and the next page's cursor."""
    return await RETURNS.fetch(
        conn, sort, order, after, limit, order_id=order_id, customer_id=customer_id, status=status
    )


async def lines_of(conn: Conn, return_id: UUID) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_OF_RETURN.sql, _OF_RETURN.args(return_id=return_id))
    return list(await cur.fetchall())
