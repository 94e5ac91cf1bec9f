"""Coupons and loyalty vouchers on an order: each honoured once, within its validity, a
coupon only on an order worth at least its minimum (after line discounts), a voucher only by
its customer. What they take off never makes the order negative."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import fmt
from jxc.sales.domain.order.commands import Coupon, Voucher


def coupon_off(
    coupon: Coupon, customer_id: UUID, currency: str, today: date, base: Decimal, order_id: UUID
) -> Decimal:
    """What `coupon` takes off an order worth `base` (before it)."""
    field = ("coupon_code",)
    if coupon.used_by is not None and coupon.used_by != order_id:
        raise StateConflict(
            f"coupon {coupon.code} was already used (order {coupon.used_by})", fields=field
        )
    if coupon.customer_id is not None and coupon.customer_id != customer_id:
        raise DomainError(f"coupon {coupon.code} was issued to another customer", fields=field)
    if not coupon.valid_from <= today <= coupon.valid_until:
        raise DomainError(
            f"coupon {coupon.code} is valid from {coupon.valid_from} to {coupon.valid_until}, "
            f"not on {today}",
            fields=field,
        )
    if coupon.currency is not None and coupon.currency != currency:
        raise DomainError(
            f"coupon {coupon.code} is in {coupon.currency}; this order is in {currency}",
            fields=field,
        )
    if coupon.min_order_value is not None and base < coupon.min_order_value:
        raise DomainError(
            f"coupon {coupon.code} needs an order of at least {fmt(coupon.min_order_value)} "
            f"{currency}; this one is worth {fmt(base)}",
            fields=field,
        )
    if coupon.percent_off is not None:
        off = (base * coupon.percent_off).quantize(Decimal("0.01"))
    else:
        off = coupon.amount_off or Decimal(0)
    return min(off, base)


def voucher_off(
    voucher: Voucher, customer_id: UUID, currency: str, today: date, base: Decimal, order_id: UUID
) -> Decimal:
    field = ("voucher_code",)
    if voucher.used_by is not None and voucher.used_by != order_id:
        raise StateConflict(
            f"voucher {voucher.code} was already used (order {voucher.used_by})", fields=field
        )
    if voucher.customer_id != customer_id:
        raise DomainError(f"voucher {voucher.code} belongs to another customer", fields=field)
    if today > voucher.valid_until:
        raise DomainError(f"voucher {voucher.code} expired on {voucher.valid_until}", fields=field)
    if voucher.currency != currency:
        raise DomainError(
            f"voucher {voucher.code} is in {voucher.currency}; this order is in {currency}",
            fields=field,
        )
    return min(voucher.value, base)
