"""Issue 12: the purchase history shows each order's current status. What sales' events tell
of an order's progress (given an event, then its fact), and the projection recording it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

import pytest

from jxc.crm.adapters import purchase_history
from jxc.crm.domain.order_progress import Progress, progress_of
from jxc.crm.projections.purchase_history import PurchaseHistoryProjection
from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales import (
    InvoiceIssued,
    InvoiceLine,
    OrderCancelled,
    OrderDelivered,
    OrderShipped,
    ShippedLine,
    TaxTotal,
)
from jxc.events.envelope import Envelope
from jxc.events.ids import uuid7
from jxc.events.registry import encode
from jxc.platform.projection import Consumed

ORDER = uuid4()
CUSTOMER = uuid4()
AT = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def shipped() -> OrderShipped:
    line = ShippedLine(line_no=1, sku="TEA", warehouse="WH-SH", quantity=Decimal(2), unit="box")
    return OrderShipped(order_id=ORDER, shipment_id=uuid4(), customer_id=CUSTOMER, lines=[line])


def delivered(fully: bool) -> OrderDelivered:
    return OrderDelivered(
        order_id=ORDER,
        shipment_id=uuid4(),
        customer_id=CUSTOMER,
        delivered_at=datetime(2026, 12, 3, 15, 0, tzinfo=UTC),
        value=Money(amount=Decimal(20), currency="CNY"),
        fully_delivered=fully,
    )


def invoiced() -> InvoiceIssued:
    ten = Decimal(10)
    return InvoiceIssued(
        invoice_id=uuid4(),
        invoice_no="SI-1",
        order_id=ORDER,
        customer_id=CUSTOMER,
        issued_on=date(2026, 12, 2),
        due_on=date(2027, 1, 1),
        currency="CNY",
        lines=[
            InvoiceLine(
                line_no=1,
                sku="TEA",
                quantity=Decimal(1),
                unit="box",
                net_amount=ten,
                tax_rate=Decimal("0.13"),
                tax_amount=Decimal("1.3"),
            )
        ],
        taxes=[TaxTotal(tax_rate=Decimal("0.13"), net_amount=ten, tax_amount=Decimal("1.3"))],
        net_total=ten,
        tax_total=Decimal("1.3"),
        gross_total=Decimal("11.3"),
    )


def envelope_for(event: DomainEvent) -> Envelope:
    return Envelope(
        event_id=uuid7(),
        event_type=event.event_type,
        schema_version=event.schema_version,
        stream_id=f"sales-order-{ORDER}",
        stream_version=1,
        occurred_at=AT,
        recorded_at=AT,
        producer="/jxc/tests",
        correlation_id=uuid7(),
        causation_id=None,
        payload=encode(event),
    )


def test_a_shipment_tells_when_the_order_first_left() -> None:
    assert progress_of(shipped(), AT) == Progress(ORDER, shipped_at=AT)


def test_a_delivery_tells_when_and_whether_the_whole_order_arrived() -> None:
    at = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    assert progress_of(delivered(False), AT) == Progress(ORDER, delivered_at=at)
    assert progress_of(delivered(True), AT) == Progress(
        ORDER, delivered_at=at, fully_delivered=True
    )


def test_an_invoice_tells_the_day_it_was_issued() -> None:
    assert progress_of(invoiced(), AT) == Progress(ORDER, invoiced_on=date(2026, 12, 2))


def test_other_events_tell_nothing_of_an_order() -> None:
    assert progress_of(OrderCancelled(order_id=ORDER, reason="changed mind"), AT) is None


async def test_the_projection_records_each_fact_of_progress(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorded: list[Progress] = []

    async def record(conn: Any, fact: Progress) -> None:
        recorded.append(fact)

    monkeypatch.setattr(purchase_history, "record_progress", record)
    projection = PurchaseHistoryProjection("crm.purchase-history", ["jxc.t.sales.events"])
    events: list[DomainEvent] = [shipped(), invoiced(), delivered(True)]
    assert all(e.event_type in projection.handles for e in events)
    consumed = [
        Consumed(envelope_for(e), e, "jxc.t.sales.events", 0, i) for i, e in enumerate(events)
    ]
    await projection.apply(None, consumed)  # type: ignore[arg-type]
    assert recorded == [progress_of(e, AT) for e in events]
    assert [bool(f.shipped_at) for f in recorded] == [True, False, False]
    assert recorded[-1].fully_delivered
