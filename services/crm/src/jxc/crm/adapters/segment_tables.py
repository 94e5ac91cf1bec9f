"""The customers' RFM scores and segments: written by each computation (a changed segment in
the transaction of its event), read by the segment queries."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Uuid, bindparam, delete, func, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.crm.domain.segment import Rfm
from jxc.crm.tables import customer_segments as segments
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_new = insert(segments).values({c.name: bindparam(c.name) for c in segments.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[segments.c.customer_id],
        set_={c.name: _new.excluded[c.name] for c in segments.c if c.name != "customer_id"},
    )
)
# One RFM computation at a time, whichever process runs it (the worker, a recompute command).
_COMPUTING = "crm-rfm-computation"
_key = func.hashtextextended(bindparam("key"), 0)
_LOCK = Statement(select(func.pg_try_advisory_lock(_key)))
_UNLOCK = Statement(select(func.pg_advisory_unlock(_key)))
_FORGET = Statement(
    delete(segments).where(segments.c.customer_id == func.any(bindparam("customer_ids")))
)
_CURRENT = Statement(select(segments.c.customer_id, segments.c.segment))
_ONE = Statement(select(segments).where(segments.c.customer_id == bindparam("customer_id")))
_after = bindparam("after", type_=Uuid)
_IN_SEGMENT = Statement(
    select(segments)
    .where(
        segments.c.segment == bindparam("segment"),
        or_(_after.is_(None), segments.c.customer_id > _after),
    )
    .order_by(segments.c.customer_id)
    .limit(bindparam("limit"))
)
_COUNTS = Statement(
    select(segments.c.segment, func.count().label("customers"))
    .group_by(segments.c.segment)
    .order_by(segments.c.segment)
)


@asynccontextmanager
async def computing_alone(conn: Conn) -> AsyncIterator[bool]:
    """Hold, while the block runs, the RFM computation lock if it is free (True), without
    waiting for it (False): a session lock on `conn`, a connection of the computation's own,
    in autocommit so that it holds no snapshot."""
    await conn.set_autocommit(True)
    try:
        cur = await conn.execute(_LOCK.sql, _LOCK.args(key=_COMPUTING))
        row = await cur.fetchone()
        held = bool(row and row[0])
        try:
            yield held
        finally:
            if held:
                await conn.execute(_UNLOCK.sql, _UNLOCK.args(key=_COMPUTING))
    finally:
        await conn.set_autocommit(False)


def _row(rfm: Rfm, at: datetime) -> dict[str, Any]:
    return _SAVE.args(
        customer_id=rfm.customer_id,
        segment=rfm.segment,
        recency_score=rfm.recency_score,
        frequency_score=rfm.frequency_score,
        monetary_score=rfm.monetary_score,
        recency_days=rfm.recency_days,
        frequency=rfm.frequency,
        monetary=rfm.monetary,
        currency=rfm.currency,
        computed_at=at,
    )


async def save(conn: Conn, scored: Sequence[Rfm], at: datetime) -> None:
    if not scored:
        return
    async with conn.cursor() as cur:
        await cur.executemany(_SAVE.sql, [_row(rfm, at) for rfm in scored])


async def forget(conn: Conn, customer_ids: Sequence[UUID]) -> None:
    """Drop the rows of customers no longer scored (no order left that counts)."""
    if customer_ids:
        await conn.execute(_FORGET.sql, _FORGET.args(customer_ids=list(customer_ids)))


async def current(conn: Conn) -> dict[UUID, str]:
    """Every segmented customer's segment."""
    cur = await conn.execute(_CURRENT.sql, _CURRENT.args())
    return {row[0]: row[1] for row in await cur.fetchall()}


async def of_customer(conn: Conn, customer_id: UUID) -> dict[str, Any] | None:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_ONE.sql, _ONE.args(customer_id=customer_id))
        return await cur.fetchone()


async def in_segment(
    conn: Conn, segment: str, after: UUID | None, limit: int
) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _IN_SEGMENT.sql, _IN_SEGMENT.args(segment=segment, after=after, limit=limit)
        )
        return list(await cur.fetchall())


async def counts(conn: Conn) -> dict[str, int]:
    cur = await conn.execute(_COUNTS.sql, _COUNTS.args())
    return {row[0]: row[1] for row in await cur.fetchall()}
