"""Issue 8, item 3: coupons (crm.CouponIssued) and loyalty vouchers (crm.PointsRedeemed) on
an order: honoured once, within validity and minimum order value, a voucher by its customer
only; what they took off recorded and shared over the lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.contracts.sales import OrderPlaced
from jxc.events.contracts.sales_orders import OrderTaken
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.sales.domain.order import (
    Coupon,
    Credit,
    CustomerFacts,
    LinePrice,
    LineRequest,
    OrderDiscount,
    PlaceOrder,
    Voucher,
    order_decider,
)

Given = Any  # the `given` fixture (conftest.py)

ORDER = UUID("0190e000-0000-7000-8000-000000000001")
OTHER_ORDER = UUID("0190e000-0000-7000-8000-000000000002")
CUSTOMER = UUID("0190e000-0000-7000-8000-0000000000c1")
SOMEONE_ELSE = UUID("0190e000-0000-7000-8000-0000000000c2")
TODAY = date(2026, 12, 1)
HX = CustomerFacts(CUSTOMER, "HX-001", "CNY", "retail", Decimal(100000), ())


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return order_decider


def coupon(**changes: Any) -> Coupon:
    values: dict[str, Any] = {
        "code": "WINTER10",
        "customer_id": None,
        "percent_off": Decimal("0.10"),
        "amount_off": None,
        "currency": "CNY",
        "min_order_value": Decimal(100),
        "valid_from": date(2026, 11, 1),
        "valid_until": date(2026, 12, 31),
    }
    values.update(changes)
    return Coupon(**values)


def voucher(**changes: Any) -> Voucher:
    values: dict[str, Any] = {
        "code": "V-1",
        "customer_id": CUSTOMER,
        "value": Decimal(20),
        "currency": "CNY",
        "valid_until": date(2026, 12, 31),
    }
    values.update(changes)
    return Voucher(**values)


def place(discount: OrderDiscount, price: str = "50") -> PlaceOrder:
    lines = (
        LineRequest("TEA", "WH-A", Decimal(2), "box", LinePrice(Decimal(price), "list")),
        LineRequest("CUP", "WH-A", Decimal(1), "box", LinePrice(Decimal(price), "list")),
    )
    return PlaceOrder(ORDER, "SO-1", HX, lines, "li", TODAY, Credit(Decimal(0)), discount=discount)


def taken(given: Given, command: PlaceOrder) -> tuple[OrderTaken, OrderPlaced]:
    first, second = given().when(command).decided()
    assert isinstance(first, OrderTaken) and isinstance(second, OrderPlaced)
    return first, second


def test_a_percent_coupon_and_a_voucher_are_taken_off_and_recorded(given: Given) -> None:
    order, placed = taken(given, place(OrderDiscount(coupon=coupon(), voucher=voucher())))
    # 150, less 10 % = 15, less the voucher's 20: 115
    assert order.total.amount == Decimal(115)
    assert order.coupon_discount is not None and order.coupon_discount.amount == 15
    assert order.voucher_discount is not None and order.voucher_discount.amount == 20
    assert sum(line.order_discount.amount for line in order.lines) == 35
    assert (placed.coupon_code, placed.voucher_code) == ("WINTER10", "V-1")
    assert placed.discount_total is not None and placed.discount_total.amount == 35


def test_an_amount_coupon_never_makes_the_order_negative(given: Given) -> None:
    big = coupon(percent_off=None, amount_off=Decimal(500), min_order_value=None)
    order, _ = taken(given, place(OrderDiscount(coupon=big)))
    assert order.total.amount == 0


def test_a_used_coupon_is_refused(given: Given) -> None:
    used = coupon(used_by=OTHER_ORDER)
    given().when(place(OrderDiscount(coupon=used))).raises(
        StateConflict, "already used", fields=("coupon_code",)
    )


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"customer_id": SOMEONE_ELSE}, "another customer"),
        ({"valid_until": date(2026, 11, 30)}, "not on 2026-12-01"),
        ({"valid_from": date(2026, 12, 2)}, "not on 2026-12-01"),
        ({"min_order_value": Decimal(151)}, "at least 151 CNY; this one is worth 150"),
        ({"currency": "USD"}, "in USD"),
    ],
)
def test_a_coupon_outside_its_terms_is_refused(
    given: Given, changes: dict[str, Any], why: str
) -> None:
    given().when(place(OrderDiscount(coupon=coupon(**changes)))).raises(
        DomainError, why, fields=("coupon_code",)
    )


def test_a_voucher_is_its_customers_only_and_once(given: Given) -> None:
    given().when(place(OrderDiscount(voucher=voucher(customer_id=SOMEONE_ELSE)))).raises(
        DomainError, "another customer", fields=("voucher_code",)
    )
    given().when(place(OrderDiscount(voucher=voucher(used_by=OTHER_ORDER)))).raises(
        StateConflict, "already used", fields=("voucher_code",)
    )
    given().when(place(OrderDiscount(voucher=voucher(valid_until=date(2026, 11, 1))))).raises(
        DomainError, "expired", fields=("voucher_code",)
    )
