"""The general ledger's tables as the projection writes them: entries (one per source event,
unique), their lines (all lines of a batch in one statement, so the database's balance check
sees whole entries), the period balances per account and cost centre, and the stock value per
inventory's events; and the set of closed periods, read under a shared lock that closing a
period takes exclusively, so no entry slips into a period as it closes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.postgresql import insert

from jxc.finance.domain.ledger import accounts as chart
from jxc.finance.domain.ledger.entry import Entry
from jxc.finance.domain.ledger.stock_value import StockValueChange
from jxc.finance.tables import (
    account_balances,
    accounts,
    closed_periods,
    cost_centres,
    journal_entries,
    journal_lines,
    open_items,
    stock_values,
)
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_pairs
from jxc.platform.unnest import UnnestInsert

#: Closing or reopening a period holds this lock exclusively, posting shares it.
PERIODS_LOCK = (0x46494E, 1)

_CLOSED = Statement(select(closed_periods.c.period))

_ENTRIES = UnnestInsert(
    journal_entries,
    (
        "source_event_id",
        "source_type",
        "source_stream",
        "source_payload",
        "posted_on",
        "period",
        "description",
        "currency",
        "total",
        "recorded_at",
    ),
    conflict=("source_event_id",),
)
_ENTRIES_RETURNING = _ENTRIES.sql + " RETURNING entry_id, source_event_id"

_LINES = UnnestInsert(
    journal_lines,
    (
        "entry_id",
        "line_no",
        "period",
        "account",
        "cost_centre",
        "debit",
        "credit",
        "party_id",
        "sku",
    ),
)

_new_balance = insert(account_balances).values(
    {c: bindparam(c) for c in ("period", "account", "cost_centre", "debit", "credit")}
)
_ADD_TO_BALANCE = Statement(
    _new_balance.on_conflict_do_update(
        constraint="account_balances_pkey",
        set_={
            "debit": account_balances.c.debit + _new_balance.excluded.debit,
            "credit": account_balances.c.credit + _new_balance.excluded.credit,
        },
    )
)

_new_value = insert(stock_values).values(
    {c: bindparam(c) for c in ("warehouse", "place", "sku", "value")}
)
_ADD_TO_STOCK_VALUE = Statement(
    _new_value.on_conflict_do_update(
        constraint="stock_values_pkey",
        set_={"value": stock_values.c.value + _new_value.excluded.value},
    )
)

_OPEN_ACCOUNT = Statement(
    insert(accounts)
    .values({c: bindparam(c) for c in ("code", "name", "account_type", "parent", "active")})
    .on_conflict_do_nothing(index_elements=[accounts.c.code])
)

_WAREHOUSE_CENTRE = Statement(
    insert(cost_centres)
    .values({c: bindparam(c) for c in ("code", "name", "kind", "active")})
    .on_conflict_do_nothing(index_elements=[cost_centres.c.code])
)


@dataclass(frozen=True, slots=True)
class Posting:
    """An entry to write: what posted it, where (its period) and when it was recorded."""

    source_event_id: UUID
    source_type: str
    period: str
    recorded_at: datetime
    entry: Entry
    #: the source event's stream and payload (JSON text), for the drill-down to it
    source_stream: str | None = None
    source_payload: str | None = None


async def closed(conn: Conn) -> frozenset[str]:
    """The closed periods, held as they are until the transaction ends."""
    await lock_pairs(conn, PERIODS_LOCK[0], [PERIODS_LOCK[1]], shared=True)
    cur = await conn.execute(_CLOSED.sql, _CLOSED.args())
    return frozenset(row[0] for row in await cur.fetchall())


async def post(conn: Conn, postings: Sequence[Posting]) -> int:
    """Write the entries not written before (by source event) with their lines and add them
    to the period balances; the number written."""
    if not postings:
        return 0
    by_source = {p.source_event_id: p for p in postings}
    rows = [
        {
            "source_event_id": p.source_event_id,
            "source_type": p.source_type,
            "source_stream": p.source_stream,
            "source_payload": p.source_payload,
            "posted_on": p.entry.posted_on,
            "period": p.period,
            "description": p.entry.description,
            "currency": p.entry.currency,
            "total": p.entry.debits,
            "recorded_at": p.recorded_at,
        }
        for p in by_source.values()
    ]
    cur = await conn.execute(_ENTRIES_RETURNING, _ENTRIES.parameters(rows))
    written = sorted((int(r[0]), UUID(str(r[1]))) for r in await cur.fetchall())
    lines: list[dict[str, object]] = []
    balances: dict[tuple[str, str, str], list[Decimal]] = defaultdict(
        lambda: [Decimal(0), Decimal(0)]
    )
    opened: set[str] = set()
    for entry_id, source in written:
        posting = by_source[source]
        for line_no, line in enumerate(posting.entry.lines, start=1):
            centre = line.cost_centre or ""
            lines.append(
                {
                    "entry_id": entry_id,
                    "line_no": line_no,
                    "period": posting.period,
                    "account": line.account,
                    "cost_centre": centre,
                    "debit": line.debit,
                    "credit": line.credit,
                    "party_id": line.party_id,
                    "sku": line.sku,
                }
            )
            sums = balances[(posting.period, line.account, centre)]
            sums[0] += line.debit
            sums[1] += line.credit
            opened.add(line.account)
    if lines:
        await conn.execute(*_LINES.statement(lines))
    await _open_vat_accounts(conn, opened)
    if balances:
        async with conn.cursor() as cur:
            await cur.executemany(
                _ADD_TO_BALANCE.sql,
                [
                    _ADD_TO_BALANCE.args(
                        period=k[0], account=k[1], cost_centre=k[2], debit=v[0], credit=v[1]
                    )
                    for k, v in sorted(balances.items())  # one order: no deadlocks
                ],
            )
    return len(written)


async def add_stock_values(conn: Conn, changes: Sequence[StockValueChange]) -> None:
    sums: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for c in changes:
        sums[(c.warehouse, c.place, c.sku)] += c.amount
    if not sums:
        return
    async with conn.cursor() as cur:
        await cur.executemany(
            _ADD_TO_STOCK_VALUE.sql,
            [
                _ADD_TO_STOCK_VALUE.args(warehouse=k[0], place=k[1], sku=k[2], value=v)
                for k, v in sorted(sums.items())
            ],
        )


async def open_warehouse_centres(conn: Conn, warehouses: dict[str, str]) -> None:
    """A cost centre for each warehouse (code -> name) that has none yet."""
    if not warehouses:
        return
    async with conn.cursor() as cur:
        await cur.executemany(
            _WAREHOUSE_CENTRE.sql,
            [
                _WAREHOUSE_CENTRE.args(code=code, name=name, kind="warehouse", active=True)
                for code, name in sorted(warehouses.items())
            ],
        )


async def _open_vat_accounts(conn: Conn, codes: set[str]) -> None:
    """The per-rate VAT accounts the entries posted to, opened when first used."""
    vat = sorted((code, named) for code in codes if (named := chart.vat_account_name(code)))
    if not vat:
        return
    async with conn.cursor() as cur:
        await cur.executemany(
            _OPEN_ACCOUNT.sql,
            [
                _OPEN_ACCOUNT.args(
                    code=code, name=name, account_type=kind, parent=parent, active=True
                )
                for code, (name, kind, parent) in vat
            ],
        )


_UNCREDIT = Statement(update(open_items).values(credited=0))


async def clear(conn: Conn) -> None:
    """Empty the ledger and what the projection alone keeps for a rebuild (a truncate: the
    ledger takes no deletes). Open items stay with what payments allocated to them (those come
    from commands, not the replay); their credits are replayed."""
    await conn.execute(
        "TRUNCATE journal_lines, journal_entries, account_balances, stock_values, open_orders, "
        "order_customers, item_categories"
    )
    await conn.execute(_UNCREDIT.sql, _UNCREDIT.args())
