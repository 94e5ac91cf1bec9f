"""Issue 8, item 1: a quotation with a validity date, priced lines and discounts; accepted;
converted once into an order; an expired or unaccepted one does not convert."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.base import Money
from jxc.events.contracts.sales_orders import (
    QuotationAccepted,
    QuotationConverted,
    QuotationCreated,
    QuotedLine,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.sales.domain.order import CustomerFacts, LinePrice, LineRequest
from jxc.sales.domain.quotation import (
    AcceptQuotation,
    ConvertQuotation,
    CreateQuotation,
    quotation_decider,
)

Given = Any  # the `given` fixture (conftest.py)

QUOTE = UUID("0190d000-0000-7000-8000-000000000001")
ORDER = UUID("0190d000-0000-7000-8000-0000000000a1")
CUSTOMER = UUID("0190d000-0000-7000-8000-0000000000c1")
HX = CustomerFacts(CUSTOMER, "HX-001", "CNY", "retail", Decimal(0), ("shop",))
TODAY = date(2026, 12, 1)
UNTIL = date(2026, 12, 15)


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return quotation_decider


def create(**changes: Any) -> CreateQuotation:
    values: dict[str, Any] = {
        "quotation_id": QUOTE,
        "customer": HX,
        "lines": (
            LineRequest(
                "TEA",
                "WH-A",
                Decimal(100),
                "box",
                LinePrice(Decimal("9.90"), "quoted by wang.fang"),
                Decimal("0.05"),
            ),
        ),
        "valid_until": UNTIL,
        "created_by": "wang.fang",
        "today": TODAY,
    }
    values.update(changes)
    return CreateQuotation(**values)


def cny(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="CNY")


CREATED = QuotationCreated(
    quotation_id=QUOTE,
    customer_id=CUSTOMER,
    currency="CNY",
    lines=[
        QuotedLine(
            line_no=1,
            sku="TEA",
            warehouse="WH-A",
            quantity=Decimal(100),
            unit="box",
            unit_price=cny("9.90"),
            discount_percent=Decimal("0.05"),
            net_amount=cny("940.50"),
        )
    ],
    total=cny("940.50"),
    valid_until=UNTIL,
    created_by="wang.fang",
)
ACCEPTED = QuotationAccepted(quotation_id=QUOTE, accepted_on=TODAY, recorded_by="wang.fang")


def test_a_quotation_is_created_with_prices_discounts_and_validity(given: Given) -> None:
    state = given().when(create()).then(CREATED)
    assert state.status(TODAY) == "open"
    assert state.status(date(2026, 12, 16)) == "expired"


def test_a_validity_date_already_past_is_refused(given: Given) -> None:
    given().when(create(valid_until=date(2026, 11, 30))).raises(
        DomainError, "already past", fields=("valid_until",)
    )


def test_accepted_then_converted_once(given: Given) -> None:
    state = given(CREATED).when(AcceptQuotation(QUOTE, "wang.fang", TODAY)).then(ACCEPTED)
    assert state.status(TODAY) == "accepted"
    converted = QuotationConverted(quotation_id=QUOTE, order_id=ORDER, converted_on=UNTIL)
    state = given(CREATED, ACCEPTED).when(ConvertQuotation(QUOTE, ORDER, UNTIL)).then(converted)
    assert state.status(TODAY) == "converted"
    given(CREATED, ACCEPTED, converted).when(ConvertQuotation(QUOTE, ORDER, UNTIL)).raises(
        StateConflict, "already converted into order"
    )


def test_an_unaccepted_quotation_does_not_convert(given: Given) -> None:
    given(CREATED).when(ConvertQuotation(QUOTE, ORDER, TODAY)).raises(
        StateConflict, "not been accepted"
    )


def test_an_expired_quotation_neither_accepts_nor_converts(given: Given) -> None:
    later = date(2026, 12, 16)
    given(CREATED).when(AcceptQuotation(QUOTE, "li", later)).raises(StateConflict, "expired")
    given(CREATED, ACCEPTED).when(ConvertQuotation(QUOTE, ORDER, later)).raises(
        StateConflict, "expired on 2026-12-15"
    )


def test_an_unknown_quotation(given: Given) -> None:
    given().when(AcceptQuotation(QUOTE, "li", TODAY)).raises(NotFound, "no quotation")
