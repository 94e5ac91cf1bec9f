"""Price lists' prices (inline with their commands), coupons and vouchers (from crm, their use
written by the orders): what placing an order reads and marks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Text, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.unnest import UnnestInsert
from jxc.sales.domain.order import Coupon, Voucher
from jxc.sales.domain.price_list import Candidate, PriceListState
from jxc.sales.tables import coupons, price_list_prices, vouchers

_DROP_PRICES = Statement(
    price_list_prices.delete().where(price_list_prices.c.price_list_id == bindparam("id"))
)
_PRICES = UnnestInsert(price_list_prices, [c.name for c in price_list_prices.c])
_CANDIDATES = Statement(
    select(
        price_list_prices.c.sku,
        price_list_prices.c.code,
        price_list_prices.c.valid_from,
        price_list_prices.c.valid_until,
        price_list_prices.c.min_quantity,
        price_list_prices.c.unit_price,
    ).where(
        price_list_prices.c.customer_group == bindparam("group"),
        price_list_prices.c.currency == bindparam("currency"),
        price_list_prices.c.sku == func.any(bindparam("skus", type_=ARRAY(Text))),
    )
)

_NEW_COUPON = Statement(
    insert(coupons)
    .values({c.name: bindparam(c.name) for c in coupons.c if c.name != "used_by"})
    .on_conflict_do_nothing(index_elements=[coupons.c.coupon_code])
)
_NEW_VOUCHER = Statement(
    insert(vouchers)
    .values({c.name: bindparam(c.name) for c in vouchers.c if c.name != "used_by"})
    .on_conflict_do_nothing(index_elements=[vouchers.c.voucher_code])
)
_COUPON = Statement(
    select(coupons).where(coupons.c.coupon_code == bindparam("code")).with_for_update()
)
_COUPON_SEEN = Statement(select(coupons).where(coupons.c.coupon_code == bindparam("code")))
_VOUCHER = Statement(
    select(vouchers).where(vouchers.c.voucher_code == bindparam("code")).with_for_update()
)
_USE_COUPON = Statement(
    update(coupons)
    .where(coupons.c.coupon_code == bindparam("code"))
    .values(used_by=bindparam("order_id"))
)
_USE_VOUCHER = Statement(
    update(vouchers)
    .where(vouchers.c.voucher_code == bindparam("code"))
    .values(used_by=bindparam("order_id"))
)
_FREE_COUPONS = Statement(
    update(coupons).where(coupons.c.used_by == bindparam("order_id")).values(used_by=None)
)
_FREE_VOUCHERS = Statement(
    update(vouchers).where(vouchers.c.used_by == bindparam("order_id")).values(used_by=None)
)


async def save_price_list(conn: Conn, price_list_id: UUID, state: PriceListState) -> None:
    """The list's prices as `state` has them (all replaced)."""
    await conn.execute(_DROP_PRICES.sql, _DROP_PRICES.args(id=price_list_id))
    rows = [
        {
            "price_list_id": price_list_id,
            "sku": p.sku,
            "min_quantity": p.min_quantity,
            "code": state.code,
            "customer_group": state.customer_group,
            "currency": state.currency,
            "valid_from": state.valid_from,
            "valid_until": state.valid_until,
            "unit_price": p.unit_price.amount,
        }
        for p in state.prices
    ]
    await conn.execute(*_PRICES.statement(rows))


async def candidates(
    conn: Conn, group: str, currency: str, skus: Sequence[str]
) -> dict[str, list[Candidate]]:
    """Every price of the group's lists in `currency` for `skus`, by SKU."""
    cur = await conn.execute(
        _CANDIDATES.sql,
        _CANDIDATES.args(group=group, currency=currency, skus=sorted(set(skus))),
    )
    found: dict[str, list[Candidate]] = {}
    for sku, code, valid_from, valid_until, min_quantity, unit_price in await cur.fetchall():
        found.setdefault(sku, []).append(
            Candidate(code, valid_from, valid_until, Decimal(min_quantity), Decimal(unit_price))
        )
    return found


async def save_coupon(
    conn: Conn,
    code: str,
    campaign_id: UUID,
    customer_id: UUID | None,
    percent_off: Decimal | None,
    amount_off: Decimal | None,
    currency: str | None,
    min_order_value: Decimal | None,
    valid_from: date,
    valid_until: date,
) -> None:
    """A coupon crm issued; issued again (a replay), it stays as it is, its use included."""
    await conn.execute(
        _NEW_COUPON.sql,
        _NEW_COUPON.args(
            coupon_code=code,
            campaign_id=campaign_id,
            customer_id=customer_id,
            percent_off=percent_off,
            amount_off=amount_off,
            currency=currency,
            min_order_value=min_order_value,
            valid_from=valid_from,
            valid_until=valid_until,
        ),
    )


async def save_voucher(
    conn: Conn, code: str, customer_id: UUID, value: Decimal, currency: str, valid_until: date
) -> None:
    await conn.execute(
        _NEW_VOUCHER.sql,
        _NEW_VOUCHER.args(
            voucher_code=code,
            customer_id=customer_id,
            value=value,
            currency=currency,
            valid_until=valid_until,
        ),
    )


async def coupon_locked(conn: Conn, code: str) -> Coupon | None:
    """The coupon, its row locked until the end of the transaction (two orders using it take
    turns, and the second sees the first's use)."""
    cur = await conn.execute(_COUPON.sql, _COUPON.args(code=code))
    row = await cur.fetchone()
    if row is None:
        return None
    (code, _campaign, customer, percent, amount, currency, minimum, start, end, used_by) = row
    return Coupon(code, customer, percent, amount, currency, minimum, start, end, used_by)


async def voucher_locked(conn: Conn, code: str) -> Voucher | None:
    cur = await conn.execute(_VOUCHER.sql, _VOUCHER.args(code=code))
    row = await cur.fetchone()
    if row is None:
        return None
    code, customer, value, currency, valid_until, used_by = row
    return Voucher(code, customer, Decimal(value), currency, valid_until, used_by)


async def use(conn: Conn, order_id: UUID, coupon: str | None, voucher: str | None) -> None:
    """Mark the coupon and voucher as used by the order."""
    if coupon is not None:
        await conn.execute(_USE_COUPON.sql, _USE_COUPON.args(code=coupon, order_id=order_id))
    if voucher is not None:
        await conn.execute(_USE_VOUCHER.sql, _USE_VOUCHER.args(code=voucher, order_id=order_id))


async def free(conn: Conn, order_id: UUID) -> None:
    """The order was cancelled or refused: its coupon and voucher may be used again."""
    await conn.execute(_FREE_COUPONS.sql, _FREE_COUPONS.args(order_id=order_id))
    await conn.execute(_FREE_VOUCHERS.sql, _FREE_VOUCHERS.args(order_id=order_id))


async def coupon(conn: Conn, code: str) -> dict[str, Any] | None:
    """The coupon as sales knows it (with the order that used it), for the coupon query."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_COUPON_SEEN.sql, _COUPON_SEEN.args(code=code))
        return await cur.fetchone()
