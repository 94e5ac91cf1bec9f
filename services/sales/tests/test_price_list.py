"""Issue 8, item 3: price lists per customer group and currency, with validity dates and
quantity breaks; the price a line gets and where it came from."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.base import Money
from jxc.events.contracts.sales_orders import ListPrice, PriceListDefined, PriceListRevised
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.sales.domain.order import LinePrice
from jxc.sales.domain.price_list import (
    Candidate,
    DefinePriceList,
    PriceBreak,
    RevisePriceList,
    best_price,
    price_list_decider,
)

Given = Any  # the `given` fixture (conftest.py)

LIST = UUID("0190f000-0000-7000-8000-000000000001")
JAN, DEC = date(2026, 1, 1), date(2026, 12, 31)


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return price_list_decider


def cny(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="CNY")


PRICES = (PriceBreak("TEA", Decimal(0), Decimal("10")), PriceBreak("TEA", Decimal(100), Decimal(9)))
DEFINED = PriceListDefined(
    price_list_id=LIST,
    code="RETAIL-2026",
    customer_group="retail",
    currency="CNY",
    valid_from=JAN,
    valid_until=DEC,
    prices=[
        ListPrice(sku="TEA", min_quantity=Decimal(0), unit_price=cny("10")),
        ListPrice(sku="TEA", min_quantity=Decimal(100), unit_price=cny("9")),
    ],
)


def test_a_price_list_is_defined_with_breaks(given: Given) -> None:
    command = DefinePriceList(LIST, "RETAIL-2026", "retail", "CNY", JAN, DEC, PRICES)
    given().when(command).then(DEFINED)
    given(DEFINED).when(command).raises(StateConflict, "already exists")


def test_a_price_list_refuses_two_prices_at_one_break_and_backwards_dates(given: Given) -> None:
    twice = (*PRICES, PriceBreak("TEA", Decimal(100), Decimal(8)))
    given().when(DefinePriceList(LIST, "R", "retail", "CNY", JAN, DEC, twice)).raises(
        DomainError, "two prices from quantity 100", fields=("prices.2",)
    )
    given().when(DefinePriceList(LIST, "R", "retail", "CNY", DEC, JAN, PRICES)).raises(
        DomainError, "before valid_from", fields=("valid_until",)
    )


def test_a_price_list_is_revised_whole(given: Given) -> None:
    revised = (PriceBreak("TEA", Decimal(0), Decimal(11)),)
    given(DEFINED).when(RevisePriceList(LIST, JAN, None, revised)).then(
        PriceListRevised(
            price_list_id=LIST,
            valid_from=JAN,
            valid_until=None,
            prices=[ListPrice(sku="TEA", min_quantity=Decimal(0), unit_price=cny("11"))],
        )
    )
    given().when(RevisePriceList(LIST, JAN, None, revised)).raises(NotFound, "no price list")


def candidate(code: str, start: date, end: date | None, qty: int, price: str) -> Candidate:
    return Candidate(code, start, end, Decimal(qty), Decimal(price))


def test_the_highest_break_reached_on_a_valid_list_prices_the_line() -> None:
    found = [
        candidate("RETAIL-2026", JAN, DEC, 0, "10"),
        candidate("RETAIL-2026", JAN, DEC, 100, "9"),
        candidate("RETAIL-2025", date(2025, 1, 1), date(2025, 12, 31), 500, "5"),
    ]
    today = date(2026, 6, 1)
    assert best_price(found, Decimal(99), today) == LinePrice(Decimal(10), "price list RETAIL-2026")
    assert best_price(found, Decimal(100), today) == LinePrice(
        Decimal(9), "price list RETAIL-2026 (from 100)"
    )
    assert best_price(found, Decimal(1000), date(2027, 1, 1)) is None
    # a list starting later wins a tie at the same break
    promo = candidate("SUMMER", date(2026, 6, 1), date(2026, 8, 31), 0, "8.50")
    assert best_price([*found, promo], Decimal(1), today) == LinePrice(
        Decimal("8.50"), "price list SUMMER"
    )
