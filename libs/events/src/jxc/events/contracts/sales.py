"""Events published by sales on jxc.sales.events."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import Code, DomainEvent, Money, PositiveQuantity, Sku, Unit
from jxc.events.contracts.registry import registry


class OrderLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    quantity: PositiveQuantity
    unit: Unit
    unit_price: Money


@registry.register
class OrderPlaced(DomainEvent):
    event_type = "sales.OrderPlaced"

    order_id: UUID
    customer_id: UUID
    lines: Annotated[list[OrderLine], Field(min_length=1)]


@registry.register
class OrderCancelled(DomainEvent):
    event_type = "sales.OrderCancelled"

    order_id: UUID
    reason: str


class ShippedLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    quantity: PositiveQuantity
    unit: Unit


@registry.register
class OrderShipped(DomainEvent):
    event_type = "sales.OrderShipped"

    order_id: UUID
    shipment_id: UUID
    customer_id: UUID
    lines: Annotated[list[ShippedLine], Field(min_length=1)]
    carrier: str | None = None
    tracking_number: str | None = None
