"""Reading the general ledger: period balances per account (what statements add up: a few
rows per account and period, never the lines), the journal with its filters and keyset
paging, and the inventory accounts against the stock value per inventory's events."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import (
    Numeric,
    Text,
    Uuid,
    and_,
    bindparam,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import BigInteger, Integer

from jxc.events.contracts.finance import JournalEntryPosted, JournalEntryReversed
from jxc.finance.domain.ledger.statements import BalanceRow
from jxc.finance.tables import (
    account_balances,
    accounts,
    fiscal_years,
    journal_entries,
    journal_lines,
    stock_values,
)
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

ZERO = Decimal(0)


def _text(name: str) -> Any:
    return bindparam(name, type_=Text)


_b = account_balances.c
_net = _b.debit - _b.credit
_in_statement = _b.period >= _text("first")
_BALANCES = Statement(
    select(
        _b.account,
        func.coalesce(accounts.c.name, _b.account),
        func.coalesce(accounts.c.account_type, literal("asset")),
        func.coalesce(func.sum(case((_b.period < _text("year_start"), _net), else_=0)), 0),
        func.coalesce(
            func.sum(
                case(
                    (and_(_b.period >= _text("year_start"), _b.period < _text("first")), _net),
                    else_=0,
                )
            ),
            0,
        ),
        func.coalesce(func.sum(case((_in_statement, _b.debit), else_=0)), 0),
        func.coalesce(func.sum(case((_in_statement, _b.credit), else_=0)), 0),
    )
    .select_from(account_balances.outerjoin(accounts, accounts.c.code == _b.account))
    .where(
        _b.period <= _text("last"),
        or_(_text("centre").is_(None), _b.cost_centre == _text("centre")),
    )
    .group_by(_b.account, accounts.c.name, accounts.c.account_type)
    .order_by(_b.account)
)

_YEAR_OF = Statement(
    select(fiscal_years.c.first_period).where(
        fiscal_years.c.first_period <= _text("period"),
        fiscal_years.c.last_period >= _text("period"),
    )
)

_e, _l = journal_entries.c, journal_lines.c
_JOURNAL_LIST = (
    select(
        _l.entry_id,
        _l.line_no,
        _e.source_event_id,
        _e.source_type,
        _e.source_stream,
        _e.posted_on,
        _l.period,
        _e.description,
        _e.currency,
        _l.account,
        _l.cost_centre,
        _l.debit,
        _l.credit,
        _l.party_id,
        _l.sku,
    )
    .select_from(journal_lines.join(journal_entries, _e.entry_id == _l.entry_id))
    .where(
        or_(_text("period").is_(None), _l.period == _text("period")),
        or_(_text("account").is_(None), _l.account == _text("account")),
        or_(_text("centre").is_(None), _l.cost_centre == _text("centre")),
        or_(
            bindparam("source", type_=Uuid).is_(None),
            _e.source_event_id == bindparam("source", type_=Uuid),
        ),
        or_(_text("source_type").is_(None), _e.source_type == _text("source_type")),
        or_(
            bindparam("party", type_=Uuid).is_(None),
            _l.party_id == bindparam("party", type_=Uuid),
        ),
    )
)
_JOURNAL = Statement(
    _JOURNAL_LIST.where(
        tuple_(_l.entry_id, _l.line_no)
        > tuple_(
            bindparam("after_entry", type_=BigInteger), bindparam("after_line", type_=Integer)
        ),
    )
    .order_by(_l.entry_id, _l.line_no)
    .limit(bindparam("limit"))
)
#: The journal sorted on the server (sort/order/after): the same filters, keyset pages of
#: lines; ties by (entry, line). A line's amount is its one side (debit or credit).
JOURNAL = Paging(
    "journal",
    _JOURNAL_LIST,
    {
        "entry": _l.entry_id,
        "posted_on": _e.posted_on,
        "recorded_at": _e.recorded_at,
        "period": _l.period,
        "source_type": _e.source_type,
        "account": _l.account,
        "amount": type_coerce(_l.debit + _l.credit, Numeric),
    },
    (_l.entry_id, _l.line_no),
    default="entry",
    not_null=("amount",),
)

_STOCK_VALUES = Statement(
    select(stock_values.c.warehouse, stock_values.c.place, func.sum(stock_values.c.value))
    .group_by(stock_values.c.warehouse, stock_values.c.place)
    .order_by(stock_values.c.warehouse, stock_values.c.place)
)
_ACCOUNT_BY_CENTRE = Statement(
    select(_b.cost_centre, _b.account, func.sum(_net))
    .where(_b.account == func.any(bindparam("accounts", type_=ARRAY(Text))))
    .group_by(_b.cost_centre, _b.account)
    .order_by(_b.cost_centre, _b.account)
)


async def balances(
    conn: Conn, year_start: str, first: str, last: str, centre: str | None
) -> list[BalanceRow]:
    """Per account up to period `last`: before `year_start`, from it to before `first`, and
    the debits and credits from `first` to `last`; only cost centre `centre`'s when given."""
    cur = await conn.execute(
        _BALANCES.sql,
        _BALANCES.args(year_start=year_start, first=first, last=last, centre=centre),
    )
    return [
        BalanceRow(r[0], r[1], r[2], Decimal(r[3]), Decimal(r[4]), Decimal(r[5]), Decimal(r[6]))
        for r in await cur.fetchall()
    ]


async def fiscal_year_start(conn: Conn, period: str) -> str | None:
    """The first period of the fiscal year holding `period`, if one was opened."""
    cur = await conn.execute(_YEAR_OF.sql, _YEAR_OF.args(period=period))
    row = await cur.fetchone()
    return None if row is None else str(row[0])


@dataclass(frozen=True, slots=True)
class JournalFilters:
    period: str | None = None
    account: str | None = None
    cost_centre: str | None = None
    source_event_id: UUID | None = None
    party_id: UUID | None = None
    source_type: str | None = None


async def journal(
    conn: Conn, filters: JournalFilters, after: tuple[int, int], limit: int
) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _JOURNAL.sql,
            _JOURNAL.args(
                period=filters.period,
                account=filters.account,
                centre=filters.cost_centre,
                source=filters.source_event_id,
                party=filters.party_id,
                source_type=filters.source_type,
                after_entry=after[0],
                after_line=after[1],
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def journal_sorted(
    conn: Conn,
    filters: JournalFilters,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of journal lines in the order asked, and the next page's cursor."""
    return await JOURNAL.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        period=filters.period,
        account=filters.account,
        centre=filters.cost_centre,
        source=filters.source_event_id,
        party=filters.party_id,
        source_type=filters.source_type,
    )


_ENTRY = Statement(
    select(
        _e.entry_id,
        _e.source_event_id,
        _e.source_type,
        _e.source_stream,
        _e.source_payload,
        _e.posted_on,
        _e.period,
        _e.description,
        _e.currency,
        _e.total,
        _e.recorded_at,
    ).where(_e.entry_id == bindparam("entry", type_=BigInteger))
)
# The type written into the SQL (not a parameter): the partial index's predicate must match
# at plan time (journal_entries_reversals, migration 0013).
_REVERSAL = Statement(
    select(_e.entry_id).where(
        _e.source_stream == _text("stream"),
        _e.source_type == literal_column(f"'{JournalEntryReversed.event_type}'"),
    )
)
_ENTRY_LINES = Statement(
    select(
        _l.line_no,
        _l.account,
        func.coalesce(accounts.c.name, _l.account).label("account_name"),
        _l.cost_centre,
        _l.debit,
        _l.credit,
        _l.party_id,
        _l.sku,
    )
    .select_from(journal_lines.outerjoin(accounts, accounts.c.code == _l.account))
    .where(_l.entry_id == bindparam("entry", type_=BigInteger))
    .order_by(_l.line_no)
)


async def entry(conn: Conn, entry_id: int) -> dict[str, Any] | None:
    """One journal entry with its source (event id, type, stream, payload) and its lines; an
    entry by hand also says which entry reversed it (`reversed_by`, None while it stands)."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_ENTRY.sql, _ENTRY.args(entry=entry_id))
        head = await cur.fetchone()
        if head is None:
            return None
        await cur.execute(_ENTRY_LINES.sql, _ENTRY_LINES.args(entry=entry_id))
        found = {**head, "lines": list(await cur.fetchall())}
    found["reversed_by"] = None
    if head["source_type"] == JournalEntryPosted.event_type and head["source_stream"]:
        cur2 = await conn.execute(_REVERSAL.sql, _REVERSAL.args(stream=head["source_stream"]))
        reversal = await cur2.fetchone()
        found["reversed_by"] = None if reversal is None else reversal[0]
    return found


async def stock_value_by_warehouse(conn: Conn) -> dict[tuple[str, str], Decimal]:
    """(warehouse, place) -> the value inventory's events give it."""
    cur = await conn.execute(_STOCK_VALUES.sql, _STOCK_VALUES.args())
    return {(r[0], r[1]): Decimal(r[2]) for r in await cur.fetchall()}


async def account_by_centre(conn: Conn, codes: list[str]) -> dict[tuple[str, str], Decimal]:
    """(cost centre, account) -> debit - credit over every period, for the accounts `codes`."""
    cur = await conn.execute(_ACCOUNT_BY_CENTRE.sql, _ACCOUNT_BY_CENTRE.args(accounts=codes))
    return {(r[0], r[1]): Decimal(r[2]) for r in await cur.fetchall()}


_other = journal_lines.alias("other_line")
_against_equity = (
    select(literal_column("1"))
    .select_from(_other.join(accounts, accounts.c.code == _other.c.account))
    .where(_other.c.entry_id == _l.entry_id, accounts.c.account_type == literal_column("'equity'"))
    .exists()
)
_CASH_MOVES = Statement(
    select(_e.source_type, _against_equity, func.sum(_l.debit), func.sum(_l.credit))
    .select_from(journal_lines.join(journal_entries, _e.entry_id == _l.entry_id))
    .where(
        _l.period >= _text("first"),
        _l.period <= _text("last"),
        _l.account == func.any(bindparam("accounts", type_=ARRAY(Text))),
    )
    .group_by(_e.source_type, _against_equity)
    .order_by(_e.source_type, _against_equity)
)
_CASH_BEFORE = Statement(
    select(func.coalesce(func.sum(_net), 0)).where(
        _b.period < _text("first"),
        _b.account == func.any(bindparam("accounts", type_=ARRAY(Text))),
    )
)


async def cash_moves(
    conn: Conn, codes: list[str], first: str, last: str
) -> tuple[Decimal, list[tuple[str, bool, Decimal, Decimal]]]:
    """Cash before `first`, and per kind of source event (and whether its entry has a line
    on an equity account) what came into and went out of the cash accounts `codes` from
    `first` to `last`."""
    cur = await conn.execute(_CASH_BEFORE.sql, _CASH_BEFORE.args(first=first, accounts=codes))
    row = await cur.fetchone()
    assert row is not None
    cur = await conn.execute(
        _CASH_MOVES.sql, _CASH_MOVES.args(first=first, last=last, accounts=codes)
    )
    moves = [(str(r[0]), bool(r[1]), Decimal(r[2]), Decimal(r[3])) for r in await cur.fetchall()]
    return Decimal(row[0]), moves


async def stock_and_books(
    conn: Conn, codes: list[str]
) -> tuple[dict[tuple[str, str], Decimal], dict[tuple[str, str], Decimal]]:
    """The stock value per inventory's events and the accounts `codes` per cost centre, read
    in ONE snapshot: a batch the ledger commits in between cannot show as a difference."""
    async with conn.transaction():
        await conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return await stock_value_by_warehouse(conn), await account_by_centre(conn, codes)
