"""Open items (invoices of customers and suppliers) and payments: written by the ledger's
projection (invoices, credit notes) and by payment commands (allocations, under a row lock,
so two payments never settle more than is open); read for allocation, aging and the
receivables reported to sales."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import (
    Date,
    Integer,
    Numeric,
    Text,
    Uuid,
    bindparam,
    case,
    func,
    or_,
    select,
    tuple_,
    type_coerce,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.finance.domain.ledger import accounts as chart
from jxc.finance.domain.payment import OpenItem
from jxc.finance.tables import accounts, open_items, payments
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_o = open_items.c
_open = _o.amount - _o.credited - _o.allocated
ITEM_COLUMNS = (
    "document_id",
    "kind",
    "party_id",
    "document_no",
    "issued_on",
    "due_on",
    "currency",
    "amount",
    "credited",
    "allocated",
)

_ADD = Statement(
    insert(open_items)
    .values({c: bindparam(c) for c in ITEM_COLUMNS})
    .on_conflict_do_nothing(index_elements=[_o.document_id])
)
_CREDIT = Statement(
    update(open_items)
    .where(_o.document_id == bindparam("document"))
    .values(credited=_o.credited + bindparam("amount"))
)
_ALLOCATE = Statement(
    update(open_items)
    .where(_o.document_id == bindparam("document"))
    .values(allocated=_o.allocated + bindparam("amount"))
)
_LOCK = Statement(
    select(_o.document_id, _o.party_id, _o.kind, _o.document_no, _open, _o.currency)
    .where(_o.document_id == func.any(bindparam("ids", type_=ARRAY(Uuid))))
    .order_by(_o.document_id)
    .with_for_update()
)
# in the company's currency: a foreign invoice at the rate it was booked at
_open_booked = _open * func.coalesce(_o.booked_rate, 1)
_TOTALS = Statement(
    select(
        _o.party_id,
        func.sum(_open_booked),
        func.sum(case((_o.due_on < bindparam("as_of"), _open_booked), else_=0)),
        func.max(_o.currency),
    )
    .where(
        _o.kind == "receivable",
        _o.party_id == func.any(bindparam("parties", type_=ARRAY(Uuid))),
    )
    .group_by(_o.party_id)
)
# Customers with a receivable still open after its due date, in id order, a page at a time.
_CUSTOMERS_OVERDUE = Statement(
    select(_o.party_id)
    .where(
        _o.kind == "receivable",
        _o.due_on < bindparam("today"),
        _open != 0,
        or_(bindparam("after", type_=Uuid).is_(None), _o.party_id > bindparam("after", type_=Uuid)),
    )
    .group_by(_o.party_id)
    .order_by(_o.party_id)
    .limit(bindparam("limit"))
)
# Open items of a kind (one party's, or everyone's), in (party, due date, document) order.
_OPEN_ITEMS = select(open_items, _open.label("open_amount")).where(
    _o.kind == bindparam("kind"),
    or_(bindparam("party", type_=Uuid).is_(None), _o.party_id == bindparam("party", type_=Uuid)),
    _open != 0,
)
_OPEN_OF_KIND = _OPEN_ITEMS.order_by(_o.party_id, _o.due_on, _o.document_id)
#: Open items sorted on the server (sort/order/after); days overdue are today's less the due
#: date's, so that sort is the due date's reversed.
OPEN_ITEMS = Paging(
    "open-items",
    _OPEN_ITEMS,
    {
        "due_on": _o.due_on,
        "party": _o.party_id,
        "issued_on": _o.issued_on,
        "document_no": _o.document_no,
        "amount": _o.amount,
        "open": type_coerce(_open, Numeric),
        "days_overdue": type_coerce(func.current_date() - _o.due_on, Integer),
    },
    (_o.document_id,),
    default="due_on",
    not_null=("open", "days_overdue"),
)
_ITEMS = Statement(_OPEN_OF_KIND)
# A page of them: after a (party, due date, document) in that order.
_ITEMS_PAGE = Statement(
    _OPEN_OF_KIND.where(
        tuple_(_o.party_id, _o.due_on, _o.document_id)
        > tuple_(
            bindparam("after_party", type_=Uuid),
            bindparam("after_due", type_=Date),
            bindparam("after_document", type_=Uuid),
        )
    ).limit(bindparam("limit"))
)
_as_of = bindparam("as_of", type_=Date)
_late = type_coerce(_as_of - _o.due_on, Integer)
_BY_PARTY = (
    select(
        _o.party_id.label("party_id"),
        func.sum(_open).label("total"),
        func.sum(case((_late > 0, _open), else_=0)).label("overdue"),
        func.max(_late).label("oldest"),
    )
    .where(
        _o.kind == bindparam("kind"),
        or_(
            bindparam("party", type_=Uuid).is_(None), _o.party_id == bindparam("party", type_=Uuid)
        ),
        _open != 0,
    )
    .group_by(_o.party_id)
    .subquery("aged")
)
#: The aging's parties sorted on the server (sort/order/after): by party, total open, overdue,
#: or the oldest open item's days past due on `as_of` (its oldest bucket, finer).
AGING = Paging(
    "aging",
    select(_BY_PARTY.c.party_id),
    {
        "party": _BY_PARTY.c.party_id,
        "total": type_coerce(_BY_PARTY.c.total, Numeric),
        "overdue": type_coerce(_BY_PARTY.c.overdue, Numeric),
        "oldest": type_coerce(_BY_PARTY.c.oldest, Integer),
    },
    (_BY_PARTY.c.party_id,),
    default="party",
    not_null=("party", "total", "overdue", "oldest"),
)
_CASH = Statement(
    select(accounts.c.code).where(
        accounts.c.active,
        accounts.c.account_type == "asset",
        or_(
            accounts.c.code == chart.CASH,
            accounts.c.code == chart.BANK,
            accounts.c.code.like(chart.CASH + ".%"),
            accounts.c.code.like(chart.BANK + ".%"),
        ),
    )
)
_new_payment = insert(payments).values({c.name: bindparam(c.name) for c in payments.c})
_SAVE_PAYMENT = Statement(_new_payment)
_PAYMENT_LIST = select(payments).where(
    or_(
        bindparam("party", type_=Uuid).is_(None),
        payments.c.party_id == bindparam("party", type_=Uuid),
    ),
    or_(
        bindparam("direction", type_=Text).is_(None),
        payments.c.direction == bindparam("direction", type_=Text),
    ),
)
_PAYMENTS = Statement(
    _PAYMENT_LIST.where(
        or_(
            bindparam("after", type_=Uuid).is_(None),
            payments.c.payment_id > bindparam("after", type_=Uuid),
        ),
    )
    .order_by(payments.c.payment_id)
    .limit(bindparam("limit"))
)
#: Payments sorted on the server (sort/order/after), the same filters; ties by payment id.
PAYMENTS = Paging(
    "payments",
    _PAYMENT_LIST,
    {
        "paid_on": payments.c.paid_on,
        "party": payments.c.party_id,
        "amount": payments.c.amount,
        "direction": payments.c.direction,
        "cash_account": payments.c.cash_account,
        "unallocated": payments.c.unallocated,
        "recorded_at": payments.c.recorded_at,
    },
    (payments.c.payment_id,),
    default="paid_on",
    default_order="desc",
)


async def add(conn: Conn, items: Sequence[dict[str, Any]]) -> None:
    """New open items (an invoice seen again changes nothing)."""
    if not items:
        return
    async with conn.cursor() as cur:
        await cur.executemany(
            _ADD.sql, [_ADD.args(**{c: item[c] for c in ITEM_COLUMNS}) for item in items]
        )


async def credit(conn: Conn, credits: Iterable[tuple[UUID, Decimal]]) -> None:
    rows = [_CREDIT.args(document=d, amount=a) for d, a in sorted(credits, key=lambda x: str(x[0]))]
    if rows:
        async with conn.cursor() as cur:
            await cur.executemany(_CREDIT.sql, rows)


async def lock(conn: Conn, ids: Sequence[UUID]) -> dict[UUID, OpenItem]:
    """The open items `ids` (those that exist), locked until the transaction ends."""
    if not ids:
        return {}
    cur = await conn.execute(_LOCK.sql, _LOCK.args(ids=list(ids)))
    return {
        UUID(str(r[0])): OpenItem(UUID(str(r[1])), r[2], r[3], Decimal(r[4]), r[5])
        for r in await cur.fetchall()
    }


async def allocate(conn: Conn, allocations: Iterable[tuple[UUID, Decimal]]) -> None:
    rows = [_ALLOCATE.args(document=d, amount=a) for d, a in allocations]
    if rows:
        async with conn.cursor() as cur:
            await cur.executemany(_ALLOCATE.sql, rows)


async def receivable_totals(
    conn: Conn, customers: Sequence[UUID], as_of: date
) -> dict[UUID, tuple[Decimal, Decimal, str]]:
    """Per customer: open receivables and the part overdue on `as_of`, in the company's
    currency (a foreign invoice at the rate it was booked at)."""
    cur = await conn.execute(_TOTALS.sql, _TOTALS.args(parties=list(customers), as_of=as_of))
    return {
        UUID(str(r[0])): (Decimal(r[1]), Decimal(r[2]), str(r[3])) for r in await cur.fetchall()
    }


async def customers_overdue(conn: Conn, today: date, after: UUID | None, limit: int) -> list[UUID]:
    """Customers with a receivable open past its due date (before `today`), after `after`."""
    cur = await conn.execute(
        _CUSTOMERS_OVERDUE.sql, _CUSTOMERS_OVERDUE.args(today=today, after=after, limit=limit)
    )
    return [UUID(str(r[0])) for r in await cur.fetchall()]


async def items(conn: Conn, kind: str, party: UUID | None) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_ITEMS.sql, _ITEMS.args(kind=kind, party=party))
        return list(await cur.fetchall())


async def items_page(
    conn: Conn, kind: str, party: UUID | None, after: tuple[UUID, date, UUID], limit: int
) -> list[dict[str, Any]]:
    """Open items after `after` (party, due date, document), at most `limit`."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _ITEMS_PAGE.sql,
            _ITEMS_PAGE.args(
                kind=kind,
                party=party,
                after_party=after[0],
                after_due=after[1],
                after_document=after[2],
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def cash_accounts(conn: Conn) -> frozenset[str]:
    cur = await conn.execute(_CASH.sql, _CASH.args())
    return frozenset(str(r[0]) for r in await cur.fetchall())


async def save_payment(conn: Conn, row: dict[str, Any], at: datetime) -> None:
    await conn.execute(_SAVE_PAYMENT.sql, _SAVE_PAYMENT.args(**row, recorded_at=at))


async def payment_list(
    conn: Conn, party: UUID | None, direction: str | None, after: UUID | None, limit: int
) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _PAYMENTS.sql,
            _PAYMENTS.args(party=party, direction=direction, after=after, limit=limit),
        )
        return list(await cur.fetchall())


async def items_sorted(
    conn: Conn,
    kind: str,
    party: UUID | None,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of open items in the order asked, and the next page's cursor."""
    return await OPEN_ITEMS.fetch(conn, sort, order, after, limit, kind=kind, party=party)


async def payments_sorted(
    conn: Conn,
    party: UUID | None,
    direction: str | None,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of payments in the order asked, and the next page's cursor."""
    return await PAYMENTS.fetch(conn, sort, order, after, limit, party=party, direction=direction)


async def aging_sorted(
    conn: Conn,
    kind: str,
    party: UUID | None,
    as_of: date,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of the parties with open items (their ids) in the order asked on `as_of`."""
    return await AGING.fetch(conn, sort, order, after, limit, kind=kind, party=party, as_of=as_of)
