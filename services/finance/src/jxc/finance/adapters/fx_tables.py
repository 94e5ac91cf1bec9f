"""Exchange rates (written with their commands) and the rates foreign invoices were booked
at."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Text, Uuid, bindparam, func, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.finance.tables import exchange_rates, open_items
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_r = exchange_rates.c
_new = insert(exchange_rates).values(
    currency=bindparam("currency"), on=bindparam("on"), rate=bindparam("rate")
)
_SAVE = Statement(
    _new.on_conflict_do_update(constraint="exchange_rates_pkey", set_={"rate": _new.excluded.rate})
)
_RATE_ON = Statement(
    select(_r.rate)
    .where(_r.currency == bindparam("currency"), _r.on <= bindparam("day"))
    .order_by(_r.on.desc())
    .limit(1)
)
_LIST = Statement(
    select(exchange_rates)
    .where(
        or_(
            bindparam("currency", type_=Text).is_(None),
            _r.currency == bindparam("currency", type_=Text),
        )
    )
    .order_by(_r.currency, _r.on.desc())
    .limit(bindparam("limit"))
)
_o = open_items.c
_BOOKED = Statement(
    select(_o.document_id, _o.booked_rate).where(
        _o.document_id == func.any(bindparam("ids", type_=ARRAY(Uuid))), _o.booked_rate.is_not(None)
    )
)
_OPEN_FOREIGN = Statement(
    select(
        _o.document_id,
        _o.kind,
        _o.party_id,
        _o.currency,
        _o.amount - _o.credited - _o.allocated,
        _o.booked_rate,
    )
    .where(_o.booked_rate.is_not(None), _o.amount - _o.credited - _o.allocated != 0)
    .order_by(_o.document_id)
)
_BOOK = Statement(
    update(open_items)
    .where(_o.document_id == bindparam("document"))
    .values(booked_rate=bindparam("rate"))
)


async def save(conn: Conn, currency: str, on: date, rate: Decimal) -> None:
    await conn.execute(_SAVE.sql, _SAVE.args(currency=currency, on=on, rate=rate))


async def rate_on(conn: Conn, currency: str, day: date) -> Decimal | None:
    """The latest rate of `currency` recorded for `day` or before."""
    cur = await conn.execute(_RATE_ON.sql, _RATE_ON.args(currency=currency, day=day))
    row = await cur.fetchone()
    return None if row is None else Decimal(row[0])


async def rates(conn: Conn, currency: str | None, limit: int) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_LIST.sql, _LIST.args(currency=currency, limit=limit))
        return list(await cur.fetchall())


async def booked(conn: Conn, ids: list[UUID]) -> dict[UUID, Decimal]:
    if not ids:
        return {}
    cur = await conn.execute(_BOOKED.sql, _BOOKED.args(ids=ids))
    return {UUID(str(r[0])): Decimal(r[1]) for r in await cur.fetchall()}


async def book(conn: Conn, rates_of: dict[UUID, Decimal]) -> None:
    if rates_of:
        async with conn.cursor() as cur:
            await cur.executemany(
                _BOOK.sql,
                [
                    _BOOK.args(document=d, rate=r)
                    for d, r in sorted(rates_of.items(), key=lambda x: str(x[0]))
                ],
            )


async def open_foreign(conn: Conn) -> list[tuple[UUID, str, UUID, str, Decimal, Decimal]]:
    """Open invoices in another currency: id, kind, party, currency, open, booked rate."""
    cur = await conn.execute(_OPEN_FOREIGN.sql, _OPEN_FOREIGN.args())
    return [
        (UUID(str(r[0])), r[1], UUID(str(r[2])), r[3], Decimal(r[4]), Decimal(r[5]))
        for r in await cur.fetchall()
    ]
