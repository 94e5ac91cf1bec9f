"""The supplier directory: one row per supplier as its last command left it, written in that
command's transaction (so it never lags the supplier's events); the suppliers' list sorted by
code, name or status and keyset paged on the server."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import Boolean, Text, bindparam, cast, func, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.purchasing.domain import SupplierState
from jxc.purchasing.tables import suppliers

_new = insert(suppliers).values({c.name: bindparam(c.name) for c in suppliers.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[suppliers.c.supplier_id],
        set_={c.name: _new.excluded[c.name] for c in suppliers.c if c.name != "supplier_id"},
    )
)

_BLOCKED = cast(bindparam("blocked", type_=Boolean), Boolean)

#: The suppliers' list: codes starting with `prefix` (any case), names holding `name` (any
#: case), blocked or not; `after_code` is the old keyset parameter (the codes after it).
SUPPLIERS = Paging(
    "suppliers",
    select(suppliers).where(
        or_(
            bindparam("prefix", type_=Text).is_(None),
            func.starts_with(func.upper(suppliers.c.code), func.upper(bindparam("prefix"))),
        ),
        or_(
            bindparam("name", type_=Text).is_(None),
            func.strpos(func.upper(suppliers.c.name), func.upper(bindparam("name"))) > 0,
        ),
        or_(_BLOCKED.is_(None), suppliers.c.blocked == _BLOCKED),
        or_(
            bindparam("after_code", type_=Text).is_(None),
            suppliers.c.code > bindparam("after_code"),
        ),
    ),
    {
        "code": suppliers.c.code,
        "name": suppliers.c.name,
        "status": suppliers.c.blocked,
        "currency": suppliers.c.currency,
        "payment_terms_days": suppliers.c.payment_terms_days,
    },
    (suppliers.c.supplier_id,),
    default="code",
)


async def save(conn: Conn, supplier_id: UUID, state: SupplierState, version: int) -> None:
    """Write the supplier as `state` says it is now (at stream `version`)."""
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            supplier_id=supplier_id,
            code=state.code,
            name=state.name,
            currency=state.currency,
            payment_terms_days=state.payment_terms_days,
            email=state.email,
            blocked=state.blocked,
            blocked_reason=state.blocked_reason,
            version=version,
        ),
    )


async def page(
    conn: Conn,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
    /,
    **filters: Any,
) -> Page:
    """A page of suppliers (filters: prefix, name, blocked, after_code), by code unless sorted
    otherwise."""
    return await SUPPLIERS.fetch(conn, sort, order, after, limit, **filters)
