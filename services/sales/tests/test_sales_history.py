"""The sales history's rows from an OrderPlaced: the day it was placed, sold by its actor, the
line's net amount (or quantity x unit price for orders placed before pricing)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import UUID

from jxc.events.base import Money
from jxc.events.contracts.sales import OrderLine, OrderPlaced
from jxc.events.envelope import Envelope
from jxc.events.registry import encode
from jxc.sales.projections.sales_history import lines_of

ORDER = UUID("0190a000-0000-7000-8000-000000000001")
CUSTOMER = UUID("0190a000-0000-7000-8000-000000000002")


def test_each_line_is_a_row_of_the_day_the_salesperson_and_the_net_amount() -> None:
    event = OrderPlaced(
        order_id=ORDER,
        customer_id=CUSTOMER,
        lines=[
            OrderLine(
                line_no=1,
                sku="TEA",
                warehouse="WH-SH",
                quantity=Decimal(3),
                unit="box",
                unit_price=Money(amount=Decimal(10), currency="CNY"),
                net_amount=Money(amount=Decimal(27), currency="CNY"),
            ),
            OrderLine(  # before pricing: no net amount
                line_no=2,
                sku="CUP",
                warehouse="WH-BJ",
                quantity=Decimal("1.5"),
                unit="box",
                unit_price=Money(amount=Decimal(4), currency="CNY"),
            ),
        ],
    )
    at = datetime(2026, 11, 30, 23, 59, tzinfo=UTC)
    envelope = Envelope(
        event_id=ORDER,
        event_type=event.event_type,
        schema_version=1,
        stream_id=f"sales-order-{ORDER}",
        stream_version=1,
        occurred_at=at,
        recorded_at=at,
        producer="/jxc/sales",
        correlation_id=ORDER,
        causation_id=None,
        payload=encode(event),
        actor="alice",
    )

    rows = lines_of(event, envelope)

    assert [(r["sku"], r["net_amount"], r["currency"]) for r in rows] == [
        ("TEA", Decimal(27), "CNY"),
        ("CUP", Decimal(6), "CNY"),
    ]
    assert {(r["day"], r["salesperson"], r["customer_id"]) for r in rows} == {
        (date(2026, 11, 30), "alice", CUSTOMER)
    }
