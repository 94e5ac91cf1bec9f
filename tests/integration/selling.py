"""Sales' events as sales publishes them, for the tests of what is learnt from them (sales
plans, demand forecasts): an order placed on a given day by a given salesperson."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from decimal import Decimal
from uuid import UUID, uuid4

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales import OrderCancelled, OrderLine, OrderPlaced
from jxc.events.envelope import Envelope
from tests.integration.publishing import envelope_of

Line = tuple[str, str, str, str]  # sku, warehouse, quantity, net amount


def placed(customer: UUID, lines: list[Line], *, currency: str = "CNY") -> OrderPlaced:
    order_lines = [
        OrderLine(
            line_no=i,
            sku=sku,
            warehouse=warehouse,
            quantity=Decimal(quantity),
            unit="box",
            unit_price=Money(amount=_price(net, quantity), currency=currency),
            net_amount=Money(amount=Decimal(net), currency=currency),
        )
        for i, (sku, warehouse, quantity, net) in enumerate(lines, start=1)
    ]
    return OrderPlaced(
        order_id=uuid4(),
        customer_id=customer,
        lines=order_lines,
        currency=currency,
        total=Money(amount=sum((Decimal(n) for *_, n in lines), Decimal(0)), currency=currency),
    )


def on(event: DomainEvent, stream: str, day: date, actor: str, version: int = 1) -> Envelope:
    """`event` as recorded on `day` (noon UTC) by `actor`."""
    at = datetime.combine(day, time(12), tzinfo=UTC)
    return replace(envelope_of(event, stream, version), occurred_at=at, recorded_at=at, actor=actor)


def order(event: OrderPlaced, day: date, salesperson: str) -> Envelope:
    return on(event, f"sales-order-{event.order_id}", day, salesperson)


def cancelled(event: OrderPlaced, day: date, by: str) -> Envelope:
    cancel = OrderCancelled(order_id=event.order_id, reason="customer changed their mind")
    return on(cancel, f"sales-order-{event.order_id}", day, by, version=2)


def _price(net: str, quantity: str) -> Decimal:
    return (Decimal(net) / Decimal(quantity)).quantize(Decimal("0.000001"))
