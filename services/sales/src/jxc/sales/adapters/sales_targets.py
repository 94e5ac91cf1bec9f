"""The sales targets' list: one row per target, written in the transaction of the command that
set it; read a page at a time in (period, dimension, subject) order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Text, bindparam, or_, select, tuple_
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.domain.sales_plan import SalesTargetState
from jxc.sales.tables import sales_targets as targets

_new = insert(targets).values({c.name: bindparam(c.name) for c in targets.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[targets.c.target_id],
        set_={
            name: _new.excluded[name]
            for name in (
                "members",
                "amount",
                "currency",
                "quantity",
                "set_by",
                "version",
                "updated_at",
            )
        },
    )
)


def _optional(name: str) -> Any:
    return bindparam(name, type_=Text)


_ORDER = tuple_(targets.c.period, targets.c.dimension, targets.c.subject)


def _filtered() -> Any:
    return (
        or_(_optional("dimension").is_(None), targets.c.dimension == _optional("dimension")),
        or_(_optional("subject").is_(None), targets.c.subject == _optional("subject")),
        or_(_optional("period").is_(None), targets.c.period == _optional("period")),
    )


_PAGE = Statement(
    select(targets)
    .where(
        *_filtered(),
        or_(
            _optional("after_period").is_(None),
            tuple_(
                _optional("after_period"), _optional("after_dimension"), _optional("after_subject")
            )
            < _ORDER,
        ),
    )
    .order_by(targets.c.period, targets.c.dimension, targets.c.subject)
    .limit(bindparam("limit"))
)
#: The targets sorted on the server (sort/order/after): the same filters, keyset pages.
TARGETS = Paging(
    "sales-targets",
    select(targets).where(*_filtered()),
    {name: targets.c[name] for name in ("period", "dimension", "subject", "amount", "updated_at")},
    (targets.c.target_id,),
    default="period",
)
_ONE = Statement(select(targets).where(targets.c.target_id == bindparam("target_id")))


@dataclass(frozen=True, slots=True)
class TargetFilter:
    dimension: str | None = None
    subject: str | None = None
    period: str | None = None


async def save(
    conn: Conn, target_id: UUID, state: SalesTargetState, version: int, at: datetime
) -> None:
    assert state.amount is not None
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            target_id=target_id,
            dimension=state.dimension,
            subject=state.subject,
            members=list(state.members),
            period=state.period,
            period_start=state.period_start,
            period_end=state.period_end,
            amount=state.amount.amount,
            currency=state.amount.currency,
            quantity=state.quantity,
            set_by=state.set_by,
            version=version,
            updated_at=at,
        ),
    )


async def page(
    conn: Conn, filters: TargetFilter, after: tuple[str, str, str] | None, limit: int
) -> list[dict[str, Any]]:
    """At most `limit` targets matching `filters`, after the (period, dimension, subject)
    `after`."""
    period, dimension, subject = after or (None, None, None)
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _PAGE.sql,
            _PAGE.args(
                dimension=filters.dimension,
                subject=filters.subject,
                period=filters.period,
                after_period=period,
                after_dimension=dimension,
                after_subject=subject,
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def sorted_page(
    conn: Conn,
    filters: TargetFilter,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of the targets matching `filters` in the order asked, and the next cursor."""
    return await TARGETS.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        dimension=filters.dimension,
        subject=filters.subject,
        period=filters.period,
    )


async def one(conn: Conn, target_id: UUID) -> dict[str, Any] | None:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_ONE.sql, _ONE.args(target_id=target_id))
        return await cur.fetchone()
