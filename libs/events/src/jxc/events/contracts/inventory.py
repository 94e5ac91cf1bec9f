"""Events published by inventory on jxc.inventory.events."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import (
    Code,
    DomainEvent,
    Money,
    NonNegativeQuantity,
    PositiveQuantity,
    Quantity,
    Sku,
    Unit,
)
from jxc.events.contracts.registry import registry


@registry.register
class ItemRegistered(DomainEvent):
    event_type = "inventory.ItemRegistered"

    sku: Sku
    name: str
    unit: Unit
    category: str | None = None
    barcode: str | None = None
    lot_tracked: bool = False


@registry.register
class StockReceived(DomainEvent):
    event_type = "inventory.StockReceived"

    sku: Sku
    warehouse: Code
    location: str | None = None
    lot: str | None = None
    quantity: PositiveQuantity
    unit: Unit
    unit_cost: Money
    source_event_id: UUID | None = None


class CountedLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    sku: Sku
    location: str | None = None
    lot: str | None = None
    expected: Quantity
    counted: NonNegativeQuantity
    variance: Quantity
    counted_at: datetime


@registry.register
class StockCounted(DomainEvent):
    event_type = "inventory.StockCounted"

    count_id: UUID
    warehouse: Code
    lines: Annotated[list[CountedLine], Field(min_length=1)]
