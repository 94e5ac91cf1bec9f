"""Which supplier holds which code: one row per code, written in the transaction that
registers the supplier, so a code is never registered twice."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Text, bindparam, func, insert, or_, select

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key
from jxc.purchasing.tables import supplier_codes

_HOLDER = Statement(
    select(supplier_codes.c.supplier_id).where(supplier_codes.c.code == bindparam("code"))
)
_RECORD = Statement(
    insert(supplier_codes).values(code=bindparam("code"), supplier_id=bindparam("supplier_id"))
)

_PAGE = Statement(
    select(supplier_codes.c.code, supplier_codes.c.supplier_id)
    .where(
        or_(
            bindparam("prefix", type_=Text).is_(None),
            func.starts_with(func.upper(supplier_codes.c.code), func.upper(bindparam("prefix"))),
        ),
        or_(
            bindparam("after", type_=Text).is_(None),
            supplier_codes.c.code > bindparam("after"),
        ),
    )
    .order_by(supplier_codes.c.code)
    .limit(bindparam("limit"))
)


async def holder(conn: Conn, code: str) -> UUID | None:
    """The supplier registered with `code`, if any. Locks the code until the end of the
    transaction, so of two registrations with one code the second sees the first."""
    await lock_key(conn, f"supplier-code:{code}")
    cur = await conn.execute(_HOLDER.sql, _HOLDER.args(code=code))
    row = await cur.fetchone()
    return None if row is None else UUID(str(row[0]))


async def record(conn: Conn, code: str, supplier_id: UUID) -> None:
    await conn.execute(_RECORD.sql, _RECORD.args(code=code, supplier_id=supplier_id))


async def page(
    conn: Conn, prefix: str | None, after: str | None, limit: int
) -> list[tuple[str, UUID]]:
    """The registered codes (starting with `prefix`, any case) and their suppliers, by code; a
    keyset page: the codes after `after`."""
    cur = await conn.execute(_PAGE.sql, _PAGE.args(prefix=prefix, after=after, limit=limit))
    return [(code, UUID(str(supplier_id))) for code, supplier_id in await cur.fetchall()]
