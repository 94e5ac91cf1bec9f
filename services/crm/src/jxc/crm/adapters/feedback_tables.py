"""The feedback list, written with its events: the lists by customer, kind and status, and
per customer the open complaints and the times taken to resolve."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import DateTime, Text, Uuid, bindparam, func, or_, select, tuple_
from sqlalchemy.dialects.postgresql import insert

from jxc.crm.domain.feedback import FeedbackState
from jxc.crm.tables import feedback
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_new = insert(feedback).values({c.name: bindparam(c.name) for c in feedback.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[feedback.c.feedback_id],
        set_={c.name: _new.excluded[c.name] for c in feedback.c if c.name != "feedback_id"},
    )
)
_customer = bindparam("customer_id", type_=Uuid)
_kind = bindparam("kind", type_=Text)
_status = bindparam("status", type_=Text)
_after_at = bindparam("after_at", type_=DateTime(timezone=True))
_after_id = bindparam("after_id", type_=Uuid)
_taken = func.extract("epoch", feedback.c.resolved_at - feedback.c.opened_at)
_FILTERED = select(feedback, _taken.label("seconds_to_resolve")).where(
    or_(_customer.is_(None), feedback.c.customer_id == _customer),
    or_(_kind.is_(None), feedback.c.kind == _kind),
    or_(_status.is_(None), feedback.c.status == _status),
)
#: The feedback sorted on the server (sort/order/after): the same filters, keyset pages.
FEEDBACK = Paging(
    "feedback",
    _FILTERED,
    {
        "opened_at": feedback.c.opened_at,
        "kind": feedback.c.kind,
        "status": feedback.c.status,
        "customer": feedback.c.customer_id,
        "subject": feedback.c.subject,
        "assignee": feedback.c.assignee,
        "resolved_at": feedback.c.resolved_at,
    },
    (feedback.c.feedback_id,),
    default="opened_at",
)
_LIST = Statement(
    _FILTERED.where(
        or_(
            _after_at.is_(None),
            tuple_(feedback.c.opened_at, feedback.c.feedback_id) > tuple_(_after_at, _after_id),
        ),
    )
    .order_by(feedback.c.opened_at, feedback.c.feedback_id)
    .limit(bindparam("limit"))
)
_resolved = feedback.c.status == "resolved"
_SUMMARY = Statement(
    select(
        feedback.c.kind,
        func.count().filter(feedback.c.status != "resolved").label("open"),
        func.count().filter(feedback.c.status == "in_progress").label("in_progress"),
        func.count().filter(_resolved).label("resolved"),
        func.avg(_taken).filter(_resolved).label("average_seconds_to_resolve"),
        func.max(_taken).filter(_resolved).label("longest_seconds_to_resolve"),
    )
    .where(feedback.c.customer_id == bindparam("customer_id"))
    .group_by(feedback.c.kind)
)


@dataclass(frozen=True, slots=True)
class Filters:
    customer_id: UUID | None = None
    kind: str | None = None
    status: str | None = None


async def save(conn: Conn, feedback_id: UUID, state: FeedbackState, version: int) -> None:
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            feedback_id=feedback_id,
            customer_id=state.customer_id,
            kind=state.kind,
            subject=state.subject,
            status=state.status,
            order_id=state.order_id,
            shipment_id=state.shipment_id,
            assignee=state.assignee,
            resolution=state.resolution,
            opened_at=state.opened_at,
            started_at=state.started_at,
            resolved_at=state.resolved_at,
            version=version,
        ),
    )


async def search(
    conn: Conn, filters: Filters, after: tuple[datetime, UUID] | None, limit: int
) -> list[dict[str, Any]]:
    after_at, after_id = after if after is not None else (None, None)
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _LIST.sql,
            _LIST.args(
                customer_id=filters.customer_id,
                kind=filters.kind,
                status=filters.status,
                after_at=after_at,
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
    """A page of feedback matching `filters` in the order asked, and the next cursor."""
    return await FEEDBACK.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        customer_id=filters.customer_id,
        kind=filters.kind,
        status=filters.status,
    )


async def summary(conn: Conn, customer_id: UUID) -> dict[str, dict[str, Any]]:
    """Per kind: open (not resolved), in progress, resolved, and the average and longest time
    to resolve in seconds."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_SUMMARY.sql, _SUMMARY.args(customer_id=customer_id))
        return {row.pop("kind"): row for row in await cur.fetchall()}
