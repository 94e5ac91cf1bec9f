"""Issue 9, item 4b: open orders for the cash forecast."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D
from uuid import UUID

from jxc.events.base import Money
from jxc.events.contracts.purchasing import PurchaseOrderCreated, PurchaseOrderLine
from jxc.events.contracts.sales import OrderCancelled, OrderLine, OrderPlaced
from jxc.finance.domain.ledger.orders import OrderChanges

ON = date(2026, 12, 1)


def cny(x: str) -> Money:
    return Money(amount=D(x), currency="CNY")


def test_orders_are_expected_when_promised_or_a_while_after_they_were_placed() -> None:
    line = OrderLine(
        line_no=1, sku="TEA", warehouse="WH", quantity=D(1), unit="box", unit_price=cny("5")
    )
    changes = OrderChanges()
    changes.add(OrderPlaced(order_id=UUID(int=1), customer_id=UUID(int=9), lines=[line]), ON)
    changes.add(
        OrderPlaced(order_id=UUID(int=2), customer_id=UUID(int=9), lines=[line], total=cny("5")),
        ON,
    )
    changes.add(
        PurchaseOrderCreated(
            purchase_order_id=UUID(int=3),
            supplier_id=UUID(int=8),
            currency="CNY",
            lines=[
                PurchaseOrderLine(
                    line_no=1,
                    sku="TEA",
                    quantity=D(2),
                    unit="box",
                    unit_price=cny("3"),
                    warehouse="WH",
                    expected_date=ON + timedelta(days=3),
                )
            ],
            total=cny("6"),
        ),
        ON,
    )
    changes.add(OrderCancelled(order_id=UUID(int=2), reason="no longer wanted"), ON)
    # an order placed before pricing (no total) is not forecast
    assert [(o["order_id"], o["kind"], o["expected_on"], o["amount"]) for o in changes.opened] == [
        (UUID(int=2), "sales", ON + timedelta(days=7), D(5)),
        (UUID(int=3), "purchase", ON + timedelta(days=3), D(6)),
    ]
    assert changes.closed == {UUID(int=2)}
