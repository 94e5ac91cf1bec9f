"""The customer list: one row per customer, written in the transaction of the command that
changed it, from the customer's state after it. It holds each code once (a unique
constraint), so it is also where a registration finds who holds a code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Text, bindparam, func, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.crm.domain.customer import CustomerState
from jxc.crm.tables import customers
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key

_HOLDER = Statement(select(customers.c.customer_id).where(customers.c.code == bindparam("code")))

_EXISTS = Statement(
    select(customers.c.customer_id).where(customers.c.customer_id == bindparam("customer_id"))
)

_new = insert(customers).values({c.name: bindparam(c.name) for c in customers.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[customers.c.customer_id],
        set_={
            name: _new.excluded[name]
            for name in (
                "name",
                "customer_group",
                "tags",
                "sales_owner",
                "credit_limit",
                "version",
                "updated_at",
            )
        },
    )
)


def _optional(name: str) -> Any:
    return bindparam(name, type_=Text)


_FILTERED = select(customers).where(
    or_(_optional("group").is_(None), customers.c.customer_group == _optional("group")),
    or_(_optional("tag").is_(None), _optional("tag") == func.any(customers.c.tags)),
    or_(_optional("owner").is_(None), customers.c.sales_owner == _optional("owner")),
    or_(
        _optional("pattern").is_(None),
        customers.c.name.ilike(_optional("pattern"), escape="\\"),
        customers.c.code.ilike(_optional("pattern"), escape="\\"),
    ),
)
_SEARCH = Statement(
    _FILTERED.where(or_(_optional("after").is_(None), customers.c.code > _optional("after")))
    .order_by(customers.c.code)
    .limit(bindparam("limit"))
)
#: The customers sorted on the server (sort/order/after): the same filters, keyset pages.
CUSTOMERS = Paging(
    "customers",
    _FILTERED,
    {
        "code": customers.c.code,
        "name": customers.c.name,
        "customer_group": customers.c.customer_group,
        "sales_owner": customers.c.sales_owner,
        "credit_limit": customers.c.credit_limit,
        "updated_at": customers.c.updated_at,
    },
    (customers.c.customer_id,),
    default="code",
)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the list is narrowed to; None leaves a filter out. `text` is looked for in the
    name and the code, case-insensitively."""

    group: str | None = None
    tag: str | None = None
    owner: str | None = None
    text: str | None = None


async def holder(conn: Conn, code: str) -> UUID | None:
    """The customer registered with `code`, if any. Locks the code until the end of the
    transaction, so of two registrations with one code the second sees the first."""
    await lock_key(conn, f"customer-code:{code}")
    cur = await conn.execute(_HOLDER.sql, _HOLDER.args(code=code))
    row = await cur.fetchone()
    return None if row is None else UUID(str(row[0]))


async def exists(conn: Conn, customer_id: UUID) -> bool:
    """Whether `customer_id` is a registered customer."""
    cur = await conn.execute(_EXISTS.sql, _EXISTS.args(customer_id=customer_id))
    return await cur.fetchone() is not None


async def save(
    conn: Conn, customer_id: UUID, state: CustomerState, version: int, at: datetime
) -> None:
    """Write the customer as `state` says it is now (at stream `version`)."""
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            customer_id=customer_id,
            code=state.code,
            name=state.name,
            customer_group=state.customer_group,
            tags=list(state.tags),
            sales_owner=state.sales_owner,
            currency=state.currency,
            credit_limit=state.credit_limit,
            version=version,
            updated_at=at,
        ),
    )


async def search(
    conn: Conn, filters: Filters, after: str | None, limit: int
) -> list[dict[str, Any]]:
    """At most `limit` customers matching `filters`, by code, those after the code `after`."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _SEARCH.sql,
            _SEARCH.args(
                group=filters.group,
                tag=filters.tag,
                owner=filters.owner,
                pattern=None if filters.text is None else _containing(filters.text),
                after=after,
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def sorted_page(
    conn: Conn,
    filters: Filters,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of customers matching `filters` in the order asked, and the next page's cursor."""
    return await CUSTOMERS.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        group=filters.group,
        tag=filters.tag,
        owner=filters.owner,
        pattern=None if filters.text is None else _containing(filters.text),
    )


def _containing(text: str) -> str:
    """An ILIKE pattern matching `text` anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
