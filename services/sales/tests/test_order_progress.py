"""The orders' policy follows every answer inventory gives about an order's lines: what each
inventory event becomes on the order (pure: the reaction, no database)."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from jxc.events.contracts.inventory import (
    BackorderWithdrawn,
    ReservationBackordered,
    ReservationRejected,
    ReservationReleased,
    StockReserved,
)
from jxc.sales.app.order_progress import OrderProgressPolicy, reaction
from jxc.sales.domain.order import (
    RecordBackorderWithdrawn,
    RecordLineBackordered,
    RecordLineRejected,
    RecordLineReleased,
    RecordLineReserved,
)

ORDER = UUID("0190c000-0000-7000-8000-000000000001")
AT = {"sku": "TEA", "warehouse": "WH-A", "order_id": ORDER, "line_no": 2, "unit": "pcs"}


def test_every_answer_of_inventory_about_a_line_is_followed() -> None:
    answers = [
        StockReserved(**AT, quantity=Decimal(4), available_after=Decimal(0)),
        ReservationBackordered(**AT, quantity=Decimal(4), available=Decimal(1), position=2),
        ReservationRejected(
            **AT, requested=Decimal(4), available=Decimal(0), reason="unknown warehouse"
        ),
        ReservationReleased(**AT, quantity=Decimal(4), reason="order cancelled: x"),
        BackorderWithdrawn(**AT, quantity=Decimal(4), reason="order cancelled: x"),
    ]
    assert [reaction(a) for a in answers] == [
        RecordLineReserved(ORDER, 2, Decimal(4), False),
        RecordLineBackordered(ORDER, 2, Decimal(4), 2),
        RecordLineRejected(ORDER, 2, "unknown warehouse"),
        RecordLineReleased(ORDER, 2, Decimal(4), "order cancelled: x"),
        RecordBackorderWithdrawn(ORDER, 2, Decimal(4), "order cancelled: x"),
    ]
    handled = OrderProgressPolicy("p", [], orders=None).handles  # type: ignore[arg-type]
    assert {a.event_type for a in answers} <= handled
