"""UnnestInsert on a real PostgreSQL: one row (a VALUES row) and many rows (arrays) store the
same values, NULLs and numerics exact, and a clash updates the named columns either way."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import psycopg
from sqlalchemy import Column, Date, DateTime, Integer, MetaData, Numeric, Table, Text, Uuid
from sqlalchemy.dialects.postgresql import JSONB

from jxc.platform.unnest import UnnestInsert
from tests.integration.harness import Stack

rows_table = Table(
    "rows",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    Column("name", Text),
    Column("quantity", Numeric(18, 4)),
    Column("seq", Integer),
    Column("due", Date),
    Column("at", DateTime(timezone=True)),
    Column("doc", JSONB),
)
COLUMNS = ("id", "name", "quantity", "seq", "due", "at", "doc")
CREATE = (
    "CREATE TABLE rows (id uuid PRIMARY KEY, name text, quantity numeric(18, 4), seq int, "
    "due date, at timestamptz, doc jsonb)"
)


def _row(n: int, **changes: Any) -> dict[str, Any]:
    row = {
        "id": UUID(int=n),
        "name": f"名 {n} 'x\"",
        "quantity": Decimal("12345678901234.5678") / n,
        "seq": n,
        "due": date(2026, 12, n),
        "at": datetime(2026, 12, n, 8, 30, tzinfo=UTC),
        "doc": f'{{"n": {n}}}',
    }
    row.update(changes)
    return row


async def _stored(conn: psycopg.AsyncConnection[Any]) -> list[tuple[Any, ...]]:
    cur = await conn.execute(f"SELECT {', '.join(COLUMNS)} FROM rows ORDER BY id")
    return await cur.fetchall()


async def test_one_row_and_many_rows_store_the_same(stack: Stack) -> None:
    insert = UnnestInsert(rows_table, COLUMNS, conflict=("id",), update=("name", "quantity"))
    empty = {name: None for name in COLUMNS if name != "id"}
    singles = [_row(1), _row(2), _row(3, **empty)]
    async with await psycopg.AsyncConnection.connect(
        stack.database("unnest"), autocommit=True
    ) as conn:
        await conn.execute(CREATE)
        for row in singles:
            await conn.execute(*insert.statement([row]))
        one_by_one = await _stored(conn)
        await conn.execute("TRUNCATE rows")
        await conn.execute(*insert.statement(singles))
        assert await _stored(conn) == one_by_one
        assert one_by_one[0] == (
            UUID(int=1),
            "名 1 'x\"",
            Decimal("12345678901234.5678"),
            1,
            date(2026, 12, 1),
            datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
            {"n": 1},
        )
        assert one_by_one[2][1:] == (None,) * 6

        # A clash updates the named columns only, from one row as from many.
        await conn.execute(*insert.statement([_row(1, name="again", quantity=Decimal(2), seq=9)]))
        await conn.execute(
            *insert.statement([_row(2, name="both", seq=9), _row(3, quantity=Decimal("0.5"))])
        )
        after = await _stored(conn)
    assert [(r[1], r[2], r[3]) for r in after] == [
        ("again", Decimal(2), 1),
        ("both", Decimal("12345678901234.5678") / 2, 2),
        (_row(3)["name"], Decimal("0.5"), None),
    ]
