"""Budgets as a table (written with their commands), and the actual amounts they are held
against, from the period balances."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from psycopg.rows import dict_row
from sqlalchemy import Text, bindparam, func, or_, select, tuple_
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.finance.tables import account_balances, budgets
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

COLUMNS = ("period", "account", "cost_centre", "account_type", "amount", "currency", "threshold")
_new = insert(budgets).values({c: bindparam(c) for c in COLUMNS})
_SAVE = Statement(
    _new.on_conflict_do_update(
        constraint="budgets_pkey",
        set_={c: _new.excluded[c] for c in ("amount", "currency", "threshold", "account_type")},
    )
)
_b = budgets.c
_OF_PERIOD = Statement(
    select(budgets)
    .where(_b.period == bindparam("period"), _b.cost_centre == bindparam("centre"))
    .order_by(_b.account)
)
_TOUCHED = Statement(
    select(budgets).where(
        tuple_(_b.period, _b.account).in_(
            select(
                func.unnest(bindparam("periods", type_=ARRAY(Text))),
                func.unnest(bindparam("accounts", type_=ARRAY(Text))),
            )
        )
    )
)
_a = account_balances.c
_ACTUAL = Statement(
    select(func.coalesce(func.sum(_a.debit - _a.credit), 0)).where(
        _a.period == bindparam("period"),
        _a.account == bindparam("account"),
        or_(
            bindparam("centre", type_=Text) == "", _a.cost_centre == bindparam("centre", type_=Text)
        ),
    )
)


async def save(conn: Conn, row: dict[str, Any]) -> None:
    await conn.execute(_SAVE.sql, _SAVE.args(**{c: row[c] for c in COLUMNS}))


async def of_period(conn: Conn, period: str, centre: str | None) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_OF_PERIOD.sql, _OF_PERIOD.args(period=period, centre=centre or ""))
        return list(await cur.fetchall())


async def touched(conn: Conn, keys: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """The budgets of these (period, account) pairs, of every cost centre."""
    pairs = sorted(set(keys))
    if not pairs:
        return []
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _TOUCHED.sql,
            _TOUCHED.args(periods=[p for p, _ in pairs], accounts=[a for _, a in pairs]),
        )
        return list(await cur.fetchall())


async def debit_less_credit(conn: Conn, period: str, account: str, centre: str) -> Decimal:
    """The account's debits less credits in the period, of cost centre `centre` ("" for all)."""
    cur = await conn.execute(
        _ACTUAL.sql, _ACTUAL.args(period=period, account=account, centre=centre)
    )
    row = await cur.fetchone()
    assert row is not None
    return Decimal(row[0])
