"""Pricing an order's lines: the price each uses (and where it came from), the line discount,
then the order discount (a percentage, a coupon, a voucher) shared out over the lines in
proportion to their amounts, the last line taking the rounding remainder. Amounts are rounded
to the cent, half up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from jxc.events.base import Money
from jxc.events.contracts.sales_orders import PricedLine
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_number, check_quantity, fmt
from jxc.sales.domain.order.commands import LineRequest, OrderDiscount
from jxc.sales.domain.order.coupons import coupon_off, voucher_off

CENT = Decimal("0.01")
ZERO = Decimal(0)


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def check_percent(value: Decimal, field: str, what: str) -> Decimal:
    if not value.is_finite() or not ZERO <= value <= 1:
        raise DomainError(
            f"{what} is a fraction from 0 to 1 (0.05 is 5 %), not {fmt(value)}", fields=(field,)
        )
    return check_number(value, field, what)


@dataclass(frozen=True, slots=True)
class Priced:
    lines: tuple[PricedLine, ...]
    discount_total: Decimal
    total: Decimal
    percent_off: Decimal = ZERO  # the order discount percentage's amount
    coupon_off: Decimal = ZERO
    voucher_off: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class Buyer:
    """Who buys, when, on which order: what a coupon or voucher is checked against."""

    customer_id: UUID
    customer_group: str
    today: date
    order_id: UUID


def price_lines(
    lines: Sequence[LineRequest], currency: str, discount: OrderDiscount, buyer: Buyer
) -> Priced:
    """The lines priced and discounted; a DomainError naming the line when one has no price,
    or naming the coupon or voucher that cannot be used."""
    customer_group = buyer.customer_group

    def money(amount: Decimal) -> Money:
        return Money(amount=amount, currency=currency)

    gross: list[Decimal] = []
    after_line: list[Decimal] = []
    line_discounts: list[Decimal] = []
    for i, line in enumerate(lines):
        check_quantity(line.quantity, f"lines.{i}.quantity", "the quantity")
        if line.price is None:
            raise DomainError(
                f"no price list of customer group {customer_group} in {currency} prices "
                f"{line.sku}; give the line a unit_price",
                fields=(f"lines.{i}.unit_price",),
            )
        check_quantity(line.price.unit_price, f"lines.{i}.unit_price", "the unit price", zero=True)
        percent = check_percent(line.discount_percent, f"lines.{i}.discount_percent", "a discount")
        amount = cents(line.quantity * line.price.unit_price)
        off = cents(amount * percent)
        gross.append(amount)
        line_discounts.append(off)
        after_line.append(amount - off)
    subtotal = sum(after_line, ZERO)
    percent = check_percent(discount.percent, "order_discount_percent", "the order discount")
    percent_off = cents(subtotal * percent)
    coupon = ZERO
    if discount.coupon is not None:
        coupon = coupon_off(
            discount.coupon,
            buyer.customer_id,
            currency,
            buyer.today,
            subtotal - percent_off,
            buyer.order_id,
        )
    voucher = ZERO
    if discount.voucher is not None:
        voucher = voucher_off(
            discount.voucher,
            buyer.customer_id,
            currency,
            buyer.today,
            subtotal - percent_off - coupon,
            buyer.order_id,
        )
    order_off = percent_off + coupon + voucher  # never more than the subtotal
    shares = _shares(after_line, order_off)
    priced = tuple(
        PricedLine(
            line_no=i + 1,
            sku=line.sku,
            warehouse=line.warehouse,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=money(line.price.unit_price),
            price_source=line.price.source,
            gross_amount=money(gross[i]),
            line_discount_percent=line.discount_percent,
            line_discount=money(line_discounts[i]),
            order_discount=money(shares[i]),
            net_amount=money(after_line[i] - shares[i]),
        )
        for i, line in enumerate(lines)
        if line.price is not None
    )
    discount_total = sum(line_discounts, ZERO) + order_off
    return Priced(priced, discount_total, subtotal - order_off, percent_off, coupon, voucher)


def _shares(amounts: Sequence[Decimal], total: Decimal) -> list[Decimal]:
    """`total` split over `amounts` in proportion, to the cent; the last takes the rest."""
    base = sum(amounts, ZERO)
    if total == 0 or base == 0:
        return [ZERO for _ in amounts]
    shares = [cents(total * amount / base) for amount in amounts[:-1]]
    shares.append(total - sum(shares, ZERO))
    return shares
