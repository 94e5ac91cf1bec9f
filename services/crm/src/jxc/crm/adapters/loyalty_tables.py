"""Loyalty accounts and the points ledger: written in the transaction of each ledger command,
read by the loyalty queries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Integer, Text, bindparam, or_, select
from sqlalchemy import Uuid as UuidType
from sqlalchemy.dialects.postgresql import insert

from jxc.crm.domain.loyalty import LoyaltyState
from jxc.crm.domain.loyalty.ledger import LedgerLine
from jxc.crm.tables import loyalty_accounts as accounts
from jxc.crm.tables import loyalty_ledger as ledger
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

_new_account = insert(accounts).values({c.name: bindparam(c.name) for c in accounts.c})
_SAVE = Statement(
    _new_account.on_conflict_do_update(
        index_elements=[accounts.c.customer_id],
        set_={c.name: _new_account.excluded[c.name] for c in accounts.c if c.name != "customer_id"},
    )
)
_LINE = Statement(insert(ledger).values({c.name: bindparam(c.name) for c in ledger.c}))
_after_version = bindparam("after", type_=Integer)
_LEDGER = Statement(
    select(ledger)
    .where(
        ledger.c.customer_id == bindparam("customer_id"),
        or_(_after_version.is_(None), ledger.c.version > _after_version),
    )
    .order_by(ledger.c.version)
    .limit(bindparam("limit"))
)
_tier = bindparam("tier", type_=Text)
_after_customer = bindparam("after_customer", type_=UuidType)
_FILTERED = select(accounts).where(or_(_tier.is_(None), accounts.c.tier == _tier))
#: The members sorted on the server (sort/order/after): the same filter, keyset pages.
MEMBERS = Paging(
    "loyalty-members",
    _FILTERED,
    {
        name: accounts.c[name]
        for name in ("balance", "tier", "tier_points", "redeemed", "owed", "customer_id")
    },
    (accounts.c.customer_id,),
    default="balance",
    default_order="desc",
)
_MEMBERS = Statement(
    _FILTERED.where(or_(_after_customer.is_(None), accounts.c.customer_id > _after_customer))
    .order_by(accounts.c.customer_id)
    .limit(bindparam("limit"))
)


async def save(
    conn: Conn,
    customer_id: UUID,
    state: LoyaltyState,
    version: int,
    at: datetime,
    lines: Sequence[tuple[int, LedgerLine]],
) -> None:
    """The account as `state` says it is now, and the ledger `lines` (with their versions)."""
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            customer_id=customer_id,
            currency=state.currency,
            balance=state.balance,
            owed=state.owed,
            tier=state.tier,
            tier_points=state.tier_points,
            redeemed=state.redeemed,
            version=version,
            updated_at=at,
        ),
    )
    if not lines:
        return
    async with conn.cursor() as cur:
        await cur.executemany(
            _LINE.sql,
            [
                _LINE.args(
                    customer_id=customer_id,
                    version=line_version,
                    kind=line.kind,
                    points=line.points,
                    change=line.change,
                    balance=line.balance,
                    order_id=line.order_id,
                    reference=line.reference,
                    voucher_code=line.voucher_code,
                    value=line.value,
                    currency=line.currency,
                    recorded_at=at,
                )
                for line_version, line in lines
            ],
        )


async def ledger_page(
    conn: Conn, customer_id: UUID, after: int | None, limit: int
) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _LEDGER.sql, _LEDGER.args(customer_id=customer_id, after=after, limit=limit)
        )
        return list(await cur.fetchall())


async def members(
    conn: Conn, tier: str | None, after: UUID | None, limit: int
) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_MEMBERS.sql, _MEMBERS.args(tier=tier, after_customer=after, limit=limit))
        return list(await cur.fetchall())


async def members_sorted(
    conn: Conn,
    tier: str | None,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of loyalty members in the order asked, and the next page's cursor."""
    return await MEMBERS.fetch(conn, sort, order, after, limit, tier=tier)
