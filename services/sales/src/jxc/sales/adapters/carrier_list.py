"""The carrier list: one row per carrier, written in the transaction of the command that
changed it. It holds each code once (a unique constraint), so it is also where a
registration finds who holds a code, and where a dispatch finds a carrier by code."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import bindparam, select
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key
from jxc.sales.domain.carrier import CarrierState
from jxc.sales.tables import carriers

_HOLDER = Statement(select(carriers.c.carrier_id).where(carriers.c.code == bindparam("code")))
_ALL = Statement(select(carriers).order_by(carriers.c.code))

_new = insert(carriers).values({c.name: bindparam(c.name) for c in carriers.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[carriers.c.carrier_id],
        set_={name: _new.excluded[name] for name in ("name", "own_fleet", "version")},
    )
)


async def holder(conn: Conn, code: str) -> UUID | None:
    """The carrier registered with `code`, if any; locks the code until the transaction ends."""
    await lock_key(conn, f"carrier-code:{code}")
    cur = await conn.execute(_HOLDER.sql, _HOLDER.args(code=code))
    row = await cur.fetchone()
    return None if row is None else UUID(str(row[0]))


async def save(conn: Conn, carrier_id: UUID, state: CarrierState, version: int) -> None:
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            carrier_id=carrier_id,
            code=state.code,
            name=state.name,
            currency=state.currency,
            own_fleet=state.own_fleet,
            version=version,
        ),
    )


async def listed(conn: Conn) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_ALL.sql, _ALL.args())
        return list(await cur.fetchall())
