"""Campaigns and their coupons (written with the campaign's events), who a campaign aims at
(customers with a tag, customers of a segment), and its conversion: the orders of the
purchase history that used its coupons."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Date, Text, bindparam, func, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.crm.domain.campaign import CampaignState
from jxc.crm.tables import campaigns, coupons, customer_orders, customer_segments, customers
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key

_HOLDER = Statement(select(campaigns.c.campaign_id).where(campaigns.c.code == bindparam("code")))
_new = insert(campaigns).values({c.name: bindparam(c.name) for c in campaigns.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[campaigns.c.campaign_id],
        set_={name: _new.excluded[name] for name in ("coupons", "version", "updated_at")},
    )
)
_target = bindparam("target", type_=Text)
_active_on = bindparam("active_on", type_=Date)
_after_code = bindparam("after", type_=Text)
_FILTERED = select(campaigns).where(
    or_(_target.is_(None), campaigns.c.target == _target),
    or_(
        _active_on.is_(None),
        (campaigns.c.valid_from <= _active_on) & (campaigns.c.valid_until >= _active_on),
    ),
)
#: The campaigns sorted on the server (sort/order/after): the same filters, keyset pages.
#: A campaign's status is its dates' (not started, running, ended): sort by starts or ends.
CAMPAIGNS = Paging(
    "campaigns",
    _FILTERED,
    {
        "code": campaigns.c.code,
        "name": campaigns.c.name,
        "target": campaigns.c.target,
        "starts": campaigns.c.valid_from,
        "ends": campaigns.c.valid_until,
        "coupons": campaigns.c.coupons,
    },
    (campaigns.c.campaign_id,),
    default="code",
)
_SEARCH = Statement(
    _FILTERED.where(or_(_after_code.is_(None), campaigns.c.code > _after_code))
    .order_by(campaigns.c.code)
    .limit(bindparam("limit"))
)
_COUPON = Statement(
    insert(coupons).values({c.name: bindparam(c.name) for c in coupons.c}).on_conflict_do_nothing()
)
_WITH_TAG = Statement(
    select(customers.c.customer_id)
    .where(bindparam("tag") == func.any(customers.c.tags))
    .order_by(customers.c.customer_id)
)
_IN_SEGMENT = Statement(
    select(customer_segments.c.customer_id)
    .where(customer_segments.c.segment == bindparam("segment"))
    .order_by(customer_segments.c.customer_id)
)
_live = customer_orders.c.cancelled_at.is_(None)
_CONVERSION = Statement(
    select(
        customer_orders.c.currency,
        func.count(func.distinct(customer_orders.c.coupon_code)).label("coupons_redeemed"),
        func.count().label("orders"),
        func.sum(customer_orders.c.total).label("revenue"),
    )
    .select_from(
        customer_orders.join(coupons, coupons.c.coupon_code == customer_orders.c.coupon_code)
    )
    .where(coupons.c.campaign_id == bindparam("campaign_id"), _live)
    .group_by(customer_orders.c.currency)
    .order_by(customer_orders.c.currency)
)


async def holder(conn: Conn, code: str) -> UUID | None:
    """The campaign with `code`, if any; the code is locked until the transaction ends."""
    await lock_key(conn, f"campaign-code:{code}")
    cur = await conn.execute(_HOLDER.sql, _HOLDER.args(code=code))
    row = await cur.fetchone()
    return None if row is None else UUID(str(row[0]))


async def save(
    conn: Conn,
    campaign_id: UUID,
    state: CampaignState,
    version: int,
    at: datetime,
    issued: Sequence[tuple[str, UUID | None]],
) -> None:
    """The campaign as `state` says, and the coupons just `issued` (code, customer)."""
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            campaign_id=campaign_id,
            code=state.code,
            name=state.name,
            target=state.target,
            target_value=state.target_value,
            valid_from=state.valid_from,
            valid_until=state.valid_until,
            coupons=len(state.customers),
            version=version,
            updated_at=at,
        ),
    )
    if not issued:
        return
    async with conn.cursor() as cur:
        await cur.executemany(
            _COUPON.sql,
            [
                _COUPON.args(
                    coupon_code=code, campaign_id=campaign_id, customer_id=customer, issued_at=at
                )
                for code, customer in issued
            ],
        )


async def customers_with_tag(conn: Conn, tag: str) -> list[UUID]:
    cur = await conn.execute(_WITH_TAG.sql, _WITH_TAG.args(tag=tag))
    return [row[0] for row in await cur.fetchall()]


async def customers_in_segment(conn: Conn, segment: str) -> list[UUID]:
    cur = await conn.execute(_IN_SEGMENT.sql, _IN_SEGMENT.args(segment=segment))
    return [row[0] for row in await cur.fetchall()]


async def conversion(conn: Conn, campaign_id: UUID) -> list[dict[str, Any]]:
    """Per currency: the campaign's coupons used on orders not cancelled, and their revenue."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_CONVERSION.sql, _CONVERSION.args(campaign_id=campaign_id))
        return list(await cur.fetchall())


async def search(
    conn: Conn, target: str | None, active_on: date | None, after: str | None, limit: int
) -> list[dict[str, Any]]:
    """Campaigns by code (after the code `after`): aimed at a segment or a tag, running on a
    day."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _SEARCH.sql,
            _SEARCH.args(target=target, active_on=active_on, after=after, limit=limit),
        )
        return list(await cur.fetchall())


async def sorted_page(
    conn: Conn,
    target: str | None,
    active_on: date | None,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of campaigns in the order asked, and the next page's cursor."""
    return await CAMPAIGNS.fetch(
        conn, sort, order, after, limit, target=target, active_on=active_on
    )
