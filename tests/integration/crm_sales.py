"""Sales' events as sales will publish them, for crm's consumer-side tests: orders placed,
cancelled, delivered and returned, each on its order's (or return's) stream, at a chosen time."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales import (
    OrderCancelled,
    OrderDelivered,
    OrderLine,
    OrderPlaced,
    ReturnedLine,
    ReturnReceived,
)
from jxc.events.envelope import Envelope
from jxc.platform.settings import topic_of
from tests.integration.publishing import envelope_of, publish


def cny(amount: str | Decimal) -> Money:
    return Money(amount=Decimal(amount), currency="CNY")


def placed(
    customer: UUID,
    lines: list[tuple[str, str, str]],
    *,
    order: UUID | None = None,
    coupon: str | None = None,
) -> OrderPlaced:
    """An order of (sku, quantity, net amount) lines; its total is their sum."""
    order_lines = [
        OrderLine(
            line_no=i,
            sku=sku,
            warehouse="WH-SH",
            quantity=Decimal(qty),
            unit="box",
            unit_price=cny(Decimal(net) / Decimal(qty)),
            net_amount=cny(net),
        )
        for i, (sku, qty, net) in enumerate(lines, start=1)
    ]
    total = sum((Decimal(net) for _, _, net in lines), Decimal(0))
    return OrderPlaced(
        order_id=order or uuid4(),
        customer_id=customer,
        lines=order_lines,
        currency="CNY",
        total=cny(total),
        coupon_code=coupon,
    )


def cancelled(order: OrderPlaced) -> OrderCancelled:
    return OrderCancelled(order_id=order.order_id, reason="customer changed their mind")


def delivered(order: OrderPlaced, value: str, *, at: datetime | None = None) -> OrderDelivered:
    return OrderDelivered(
        order_id=order.order_id,
        shipment_id=uuid4(),
        customer_id=order.customer_id,
        delivered_at=at or datetime.now(UTC),
        value=cny(value),
        fully_delivered=True,
    )


def returned(order: OrderPlaced, sku: str, qty: str, value: str) -> ReturnReceived:
    return ReturnReceived(
        return_id=uuid4(),
        order_id=order.order_id,
        customer_id=order.customer_id,
        lines=[
            ReturnedLine(
                line_no=1,
                sku=sku,
                warehouse="WH-SH",
                quantity=Decimal(qty),
                unit="box",
                disposition="restock",
                unit_price=cny(Decimal(value) / Decimal(qty)),
            )
        ],
        value=cny(value),
    )


def stream_of(event: DomainEvent) -> str:
    if isinstance(event, ReturnReceived):
        return f"customer-return-{event.return_id}"
    assert isinstance(event, OrderPlaced | OrderCancelled | OrderDelivered)
    return f"sales-order-{event.order_id}"


def envelope(event: DomainEvent, *, at: datetime | None = None, version: int = 1) -> Envelope:
    built = envelope_of(event, stream_of(event), version)
    return built if at is None else replace(built, occurred_at=at, recorded_at=at)


async def publish_sales(namespace: str, *envelopes: Envelope) -> None:
    await publish(topic_of("sales", namespace), envelopes)


async def registered_customer(client: Any, crm: str, code: str, **changes: Any) -> str:
    """Register a customer with crm (the client's token has role crm); its id."""
    body = {"code": code, "name": f"Customer {code}", "customer_group": "retail", "currency": "CNY"}
    response = await client.post(f"{crm}/customers", json={**body, **changes})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])
