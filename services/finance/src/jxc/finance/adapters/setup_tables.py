"""The chart of accounts, cost centres, fiscal years and closed periods as tables, written in
the transaction of the admin's command that changed them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg.rows import dict_row
from sqlalchemy import Text, bindparam, delete, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.finance.adapters.ledger_tables import PERIODS_LOCK
from jxc.finance.domain.account import AccountState
from jxc.finance.domain.cost_centre import CostCentreState
from jxc.finance.tables import accounts, closed_periods, cost_centres, fiscal_years
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_pairs


def _upsert(table: Any, key: str, columns: tuple[str, ...]) -> Statement:
    new = insert(table).values({c: bindparam(c) for c in columns})
    return Statement(
        new.on_conflict_do_update(
            index_elements=[table.c[key]],
            set_={c: new.excluded[c] for c in columns if c != key},
        )
    )


def _optional(name: str) -> Any:
    return bindparam(name, type_=Text)


_SAVE_ACCOUNT = _upsert(accounts, "code", ("code", "name", "account_type", "parent", "active"))
_ACCOUNT_TYPE = Statement(
    select(accounts.c.account_type).where(accounts.c.code == bindparam("code"))
)
_ACCOUNTS = Statement(
    select(accounts)
    .where(
        or_(_optional("type").is_(None), accounts.c.account_type == _optional("type")),
        or_(_optional("after").is_(None), accounts.c.code > _optional("after")),
    )
    .order_by(accounts.c.code)
    .limit(bindparam("limit"))
)
_ACTIVE_ACCOUNTS = Statement(select(accounts.c.code).where(accounts.c.active))
_ACTIVE_CENTRES = Statement(select(cost_centres.c.code).where(cost_centres.c.active))
_SAVE_CENTRE = _upsert(cost_centres, "code", ("code", "name", "kind", "active"))
_CENTRES = Statement(
    select(cost_centres)
    .where(or_(_optional("kind").is_(None), cost_centres.c.kind == _optional("kind")))
    .order_by(cost_centres.c.code)
)
_SAVE_YEAR = Statement(
    insert(fiscal_years).values({c: bindparam(c) for c in ("year", "first_period", "last_period")})
)
_YEARS = Statement(select(fiscal_years).order_by(fiscal_years.c.first_period))
_CLOSE = Statement(
    insert(closed_periods).values({c: bindparam(c) for c in ("period", "closed_by", "closed_at")})
)
_REOPEN = Statement(delete(closed_periods).where(closed_periods.c.period == bindparam("period")))
_CLOSED = Statement(select(closed_periods).order_by(closed_periods.c.period))


async def _rows(conn: Conn, statement: Statement, **args: Any) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(statement.sql, statement.args(**args))
        return list(await cur.fetchall())


async def save_account(conn: Conn, state: AccountState) -> None:
    await conn.execute(
        _SAVE_ACCOUNT.sql,
        _SAVE_ACCOUNT.args(
            code=state.code,
            name=state.name,
            account_type=state.account_type,
            parent=state.parent,
            active=state.active,
        ),
    )


async def account_type(conn: Conn, code: str) -> str | None:
    cur = await conn.execute(_ACCOUNT_TYPE.sql, _ACCOUNT_TYPE.args(code=code))
    row = await cur.fetchone()
    return None if row is None else str(row[0])


async def list_accounts(
    conn: Conn, account_type: str | None, after: str | None, limit: int
) -> list[dict[str, Any]]:
    return await _rows(conn, _ACCOUNTS, type=account_type, after=after, limit=limit)


async def active_accounts(conn: Conn) -> frozenset[str]:
    cur = await conn.execute(_ACTIVE_ACCOUNTS.sql, _ACTIVE_ACCOUNTS.args())
    return frozenset(str(r[0]) for r in await cur.fetchall())


async def active_cost_centres(conn: Conn) -> frozenset[str]:
    cur = await conn.execute(_ACTIVE_CENTRES.sql, _ACTIVE_CENTRES.args())
    return frozenset(str(r[0]) for r in await cur.fetchall())


async def save_cost_centre(conn: Conn, state: CostCentreState) -> None:
    await conn.execute(
        _SAVE_CENTRE.sql,
        _SAVE_CENTRE.args(code=state.code, name=state.name, kind=state.kind, active=state.active),
    )


async def list_cost_centres(conn: Conn, kind: str | None) -> list[dict[str, Any]]:
    return await _rows(conn, _CENTRES, kind=kind)


async def fiscal_year_list(conn: Conn) -> list[dict[str, Any]]:
    return await _rows(conn, _YEARS)


async def save_fiscal_year(conn: Conn, year: int, first_period: str, last_period: str) -> None:
    await conn.execute(
        _SAVE_YEAR.sql,
        _SAVE_YEAR.args(year=year, first_period=first_period, last_period=last_period),
    )


async def lock_periods(conn: Conn) -> None:
    """Hold the periods exclusively: no batch of postings reads them until this commits."""
    await lock_pairs(conn, PERIODS_LOCK[0], [PERIODS_LOCK[1]], shared=False)


async def mark_closed(conn: Conn, period: str, by: str, at: datetime) -> None:
    await lock_periods(conn)
    await conn.execute(_CLOSE.sql, _CLOSE.args(period=period, closed_by=by, closed_at=at))


async def mark_open(conn: Conn, period: str) -> None:
    await lock_periods(conn)
    await conn.execute(_REOPEN.sql, _REOPEN.args(period=period))


async def closed_period_list(conn: Conn) -> list[dict[str, Any]]:
    return await _rows(conn, _CLOSED)
