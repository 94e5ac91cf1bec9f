"""The follow-up list: one row per follow-up, written with its events; the due and overdue
ones per owner are read from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Date, Text, Uuid, bindparam, or_, select, tuple_
from sqlalchemy.dialects.postgresql import insert

from jxc.crm.domain.follow_up import FollowUpState
from jxc.crm.tables import follow_ups
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_new = insert(follow_ups).values({c.name: bindparam(c.name) for c in follow_ups.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[follow_ups.c.follow_up_id],
        set_={c.name: _new.excluded[c.name] for c in follow_ups.c if c.name != "follow_up_id"},
    )
)
_owner = bindparam("owner", type_=Text)
_customer = bindparam("customer_id", type_=Uuid)
_status = bindparam("status", type_=Text)
_due_by = bindparam("due_by", type_=Date)
_after_due = bindparam("after_due", type_=Date)
_after_id = bindparam("after_id", type_=Uuid)
_FILTERED = select(follow_ups).where(
    or_(_owner.is_(None), follow_ups.c.owner == _owner),
    or_(_customer.is_(None), follow_ups.c.customer_id == _customer),
    or_(_status.is_(None), follow_ups.c.status == _status),
    or_(_due_by.is_(None), follow_ups.c.due_on <= _due_by),
)
#: The follow-ups sorted on the server (sort/order/after): the same filters, keyset pages.
FOLLOW_UPS = Paging(
    "follow-ups",
    _FILTERED,
    {
        name: follow_ups.c[name]
        for name in ("due_on", "owner", "status", "kind", "subject", "completed_on")
    },
    (follow_ups.c.follow_up_id,),
    default="due_on",
)
_LIST = Statement(
    _FILTERED.where(
        or_(
            _after_due.is_(None),
            tuple_(follow_ups.c.due_on, follow_ups.c.follow_up_id) > tuple_(_after_due, _after_id),
        ),
    )
    .order_by(follow_ups.c.due_on, follow_ups.c.follow_up_id)
    .limit(bindparam("limit"))
)


@dataclass(frozen=True, slots=True)
class Filters:
    owner: str | None = None
    customer_id: UUID | None = None
    status: str | None = None
    due_by: date | None = None  # due on or before


async def save(
    conn: Conn, follow_up_id: UUID, state: FollowUpState, version: int, at: datetime
) -> None:
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            follow_up_id=follow_up_id,
            customer_id=state.customer_id,
            kind=state.kind,
            subject=state.subject,
            owner=state.owner,
            due_on=state.due_on,
            status=state.status,
            outcome=state.outcome,
            completed_on=state.completed_on,
            version=version,
            updated_at=at,
        ),
    )


async def search(
    conn: Conn, filters: Filters, after: tuple[date, UUID] | None, limit: int
) -> list[dict[str, Any]]:
    """By due date, those after `after` (due date, id)."""
    after_due, after_id = after if after is not None else (None, None)
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _LIST.sql,
            _LIST.args(
                owner=filters.owner,
                customer_id=filters.customer_id,
                status=filters.status,
                due_by=filters.due_by,
                after_due=after_due,
                after_id=after_id,
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
    """A page of follow-ups matching `filters` in the order asked, and the next cursor."""
    return await FOLLOW_UPS.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        owner=filters.owner,
        customer_id=filters.customer_id,
        status=filters.status,
        due_by=filters.due_by,
    )
