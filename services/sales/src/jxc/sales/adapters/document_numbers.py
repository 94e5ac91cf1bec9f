"""Gap-free numbers of fiscal documents: one counter row per series and year, incremented in
the caller's transaction (its row lock queues concurrent issuers until that commits; a
rollback gives the number back)."""

from __future__ import annotations

from sqlalchemy import bindparam
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.tables import document_numbers

_first = insert(document_numbers).values(series=bindparam("series"), year=bindparam("year"), last=1)
_NEXT = Statement(
    _first.on_conflict_do_update(
        index_elements=[document_numbers.c.series, document_numbers.c.year],
        set_={"last": document_numbers.c.last + 1},
    ).returning(document_numbers.c.last)
)


async def next_number(conn: Conn, series: str, year: int) -> int:
    """The next number of `series` in `year` (1 for the first)."""
    cur = await conn.execute(_NEXT.sql, _NEXT.args(series=series, year=year))
    row = await cur.fetchone()
    assert row is not None
    return int(row[0])
