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
    reason: str = "purchase_receipt"  # purchase_receipt, transfer_in, customer_return, adjustment
    document_id: UUID | None = None


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


# --- item master and warehouses -----------------------------------------------------------


@registry.register
class ItemUpdated(DomainEvent):
    """The item's changeable attributes, all of them as they are now (unit and SKU never change)."""

    event_type = "inventory.ItemUpdated"

    sku: Sku
    name: str
    category: str | None = None
    barcode: str | None = None
    lot_tracked: bool = False


@registry.register
class WarehouseRegistered(DomainEvent):
    event_type = "inventory.WarehouseRegistered"

    warehouse: Code
    name: str
    allow_negative_on_hand: bool = False


@registry.register
class WarehouseUpdated(DomainEvent):
    event_type = "inventory.WarehouseUpdated"

    warehouse: Code
    name: str
    allow_negative_on_hand: bool


@registry.register
class LocationAdded(DomainEvent):
    """A bin in a warehouse; a quarantine location holds goods that may not be issued or sold."""

    event_type = "inventory.LocationAdded"

    warehouse: Code
    location: Code
    name: str | None = None
    quarantine: bool = False


# --- stock movements (stream stock-<sku>@<warehouse>) -------------------------------------


@registry.register
class StockReserved(DomainEvent):
    event_type = "inventory.StockReserved"

    sku: Sku
    warehouse: Code
    order_id: UUID
    line_no: int
    quantity: PositiveQuantity
    unit: Unit
    available_after: Quantity


@registry.register
class ReservationRejected(DomainEvent):
    """Not enough available stock: nothing was reserved; `available` says what there was."""

    event_type = "inventory.ReservationRejected"

    sku: Sku
    warehouse: Code
    order_id: UUID
    line_no: int
    requested: PositiveQuantity
    available: Quantity
    unit: Unit
    reason: str


@registry.register
class ReservationReleased(DomainEvent):
    event_type = "inventory.ReservationReleased"

    sku: Sku
    warehouse: Code
    order_id: UUID
    line_no: int
    quantity: PositiveQuantity
    unit: Unit
    reason: str


class IssuedLayer(BaseModel):
    """One cost layer an issue drew from (FIFO); a moving-average issue has one."""

    model_config = ConfigDict(frozen=True)

    quantity: PositiveQuantity
    unit_cost: Money


@registry.register
class StockIssued(DomainEvent):
    """Stock left the warehouse, with its cost, so finance can post COGS without recomputing."""

    event_type = "inventory.StockIssued"

    sku: Sku
    warehouse: Code
    location: str | None = None
    lot: str | None = None
    quantity: PositiveQuantity
    unit: Unit
    reason: str  # shipment, transfer_out, adjustment, purchase_return
    unit_cost: Money  # the average over the layers drawn
    total_cost: Money
    layers: list[IssuedLayer] = Field(default_factory=list)
    order_id: UUID | None = None
    line_no: int | None = None
    document_id: UUID | None = None
    source_event_id: UUID | None = None


@registry.register
class StockAdjusted(DomainEvent):
    """A correction of on-hand (a count difference, damage, a found item): a new line, signed."""

    event_type = "inventory.StockAdjusted"

    sku: Sku
    warehouse: Code
    location: str | None = None
    lot: str | None = None
    quantity: Quantity  # positive adds stock, negative removes it
    unit: Unit
    reason: str
    unit_cost: Money
    total_cost: Money
    count_id: UUID | None = None
    document_id: UUID | None = None


@registry.register
class CostAdjusted(DomainEvent):
    """A late cost correction (landed cost, invoice price difference): a new valuation line that
    changes the value of the stock on hand, never a rewrite of past lines. The part of the
    difference that belongs to goods already issued is `expensed`."""

    event_type = "inventory.CostAdjusted"

    sku: Sku
    warehouse: Code
    amount: Money  # the whole difference, signed
    capitalised: Money  # added to the value of what is on hand
    expensed: Money  # belongs to goods already issued
    reason: str
    source_event_id: UUID | None = None
    document_id: UUID | None = None


# --- transfers between warehouses (stream transfer-<id>) ----------------------------------

# (end of transfers)


# --- stock counts (stream stock-count-<id>) -----------------------------------------------

# (end of stock counts)


# --- reorder rules, alerts and ABC classes ------------------------------------------------

# (end of reorder and ABC)
