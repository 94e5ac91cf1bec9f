"""Issue 8, item 10: what an order is worth to a customer's history, and its figures."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from uuid import uuid4

from jxc.crm.domain.history import HistoryFigures, ProductLine, order_facts
from jxc.events.base import Money
from jxc.events.contracts.sales import OrderLine, OrderPlaced


def cny(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="CNY")


def line(no: int, sku: str, qty: str, price: str, net: str | None = None) -> OrderLine:
    return OrderLine(
        line_no=no,
        sku=sku,
        warehouse="WH-SH",
        quantity=Decimal(qty),
        unit="box",
        unit_price=cny(price),
        net_amount=None if net is None else cny(net),
    )


def test_an_order_is_worth_its_total_and_holds_its_lines_added_up_per_sku() -> None:
    placed = OrderPlaced(
        order_id=uuid4(),
        customer_id=uuid4(),
        lines=[
            line(1, "TEA", "2", "10", "18"),
            line(2, "CUP", "1", "5", "5"),
            line(3, "TEA", "1", "10", "9"),
        ],
        currency="CNY",
        total=cny("30"),
    )
    facts = order_facts(placed)
    assert (facts.currency, facts.total) == ("CNY", Decimal("30"))
    assert facts.products == (
        ProductLine("CUP", Decimal("1"), "box", Decimal("5")),
        ProductLine("TEA", Decimal("3"), "box", Decimal("27")),
    )


def test_an_order_placed_before_pricing_is_worth_its_lines() -> None:
    placed = OrderPlaced(
        order_id=uuid4(),
        customer_id=uuid4(),
        lines=[line(1, "TEA", "2", "10.5"), line(2, "CUP", "1", "5", "4")],
    )
    facts = order_facts(placed)
    assert (facts.currency, facts.total) == ("CNY", Decimal("25.0"))


def test_lifetime_value_is_orders_less_returns_and_the_average_is_per_order() -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    figures = HistoryFigures("CNY", 3, Decimal("100"), 1, 1, Decimal("10"), at, at)
    assert figures.lifetime_value == Decimal("90")
    assert figures.average_order_value == Decimal("33.333333")


def test_a_customer_without_orders_has_no_average() -> None:
    figures = HistoryFigures(None, 0, Decimal(0), 0, 0, Decimal(0), None, None)
    assert figures.average_order_value is None
    assert figures.lifetime_value == 0
