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
    # True when the line waited as a backorder and was reserved as stock arrived
    from_backorder: bool = False


@registry.register
class ReservationBackordered(DomainEvent):
    """Not enough available stock for the line: it waits in the SKU x warehouse's backorder
    queue and is reserved whole (StockReserved with from_backorder) as stock arrives, in the
    order the lines were placed. `position` is its place in the queue (1 = next served)."""

    event_type = "inventory.ReservationBackordered"

    sku: Sku
    warehouse: Code
    order_id: UUID
    line_no: int
    quantity: PositiveQuantity
    unit: Unit
    available: Quantity
    position: int = Field(ge=1)


@registry.register
class BackorderWithdrawn(DomainEvent):
    """A waiting backorder line left the queue unreserved (its order was cancelled)."""

    event_type = "inventory.BackorderWithdrawn"

    sku: Sku
    warehouse: Code
    order_id: UUID
    line_no: int
    quantity: PositiveQuantity
    unit: Unit
    reason: str


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
    reason: str  # free text (shipment, transfer_out, purchase_return, or a person's words)
    # shipment, transfer_out, purchase_return or other; None in events recorded before kinds
    kind: str | None = None
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
    # A removal that takes the goods of this receipt (its source event) first, whatever FIFO
    # says: goods received and lost on the way in at once (a transfer's transit loss).
    from_receipt: UUID | None = None


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


class TransferLine(BaseModel):
    """A line of a transfer as requested. `lot` and `from_location`, when given, say where at
    the source the goods are taken from; the lot follows the goods to the destination."""

    model_config = ConfigDict(frozen=True)

    line_no: Annotated[int, Field(ge=1)]
    sku: Sku
    quantity: PositiveQuantity
    unit: Unit
    lot: str | None = None
    from_location: str | None = None


@registry.register
class TransferRequested(DomainEvent):
    """Goods are asked to move from one warehouse to another; no stock has moved yet."""

    event_type = "inventory.TransferRequested"

    transfer_id: UUID
    from_warehouse: Code
    to_warehouse: Code
    lines: Annotated[list[TransferLine], Field(min_length=1)]
    note: str | None = None


class TransferDispatchedLine(BaseModel):
    """What left the source for one line: `total_cost` is exactly the value the source's
    inventory.StockIssued (reason transfer_out) took out; `unit_cost` is its average, the cost
    the destination receives the goods at."""

    model_config = ConfigDict(frozen=True)

    line_no: Annotated[int, Field(ge=1)]
    sku: Sku
    quantity: PositiveQuantity
    unit: Unit
    unit_cost: Money
    total_cost: Money


@registry.register
class TransferDispatched(DomainEvent):
    """The goods left the source warehouse (its stock went down, with the StockIssued events of
    the same transaction) and are in transit to the destination."""

    event_type = "inventory.TransferDispatched"

    transfer_id: UUID
    from_warehouse: Code
    to_warehouse: Code
    lines: Annotated[list[TransferDispatchedLine], Field(min_length=1)]


class TransferReceivedLine(BaseModel):
    """One line of a receipt at the destination. `quantity_received` entered the destination's
    stock (an inventory.StockReceived, reason transfer_in, at `unit_cost`), `quantity_lost` is
    a transit loss and `loss_value` its value for finance. When a line has nothing left in
    transit after this receipt, its loss value also takes the rounding difference between the
    value dispatched and unit_cost x quantities, so what was dispatched is exactly
    value_received + loss_value over the transfer's receipts."""

    model_config = ConfigDict(frozen=True)

    line_no: Annotated[int, Field(ge=1)]
    sku: Sku
    unit: Unit
    lot: str | None = None
    location: str | None = None
    quantity_received: NonNegativeQuantity
    quantity_lost: NonNegativeQuantity
    unit_cost: Money
    value_received: Money
    loss_value: Money
    in_transit_after: NonNegativeQuantity


@registry.register
class TransferReceived(DomainEvent):
    """Goods of a dispatched transfer arrived at the destination (possibly only part of them),
    and / or were declared lost in transit."""

    event_type = "inventory.TransferReceived"

    transfer_id: UUID
    from_warehouse: Code
    to_warehouse: Code
    lines: Annotated[list[TransferReceivedLine], Field(min_length=1)]
    complete: bool  # nothing of the transfer is in transit any more


@registry.register
class TransferClosed(DomainEvent):
    """The transfer is settled: everything dispatched was received or declared lost."""

    event_type = "inventory.TransferClosed"

    transfer_id: UUID


@registry.register
class TransferCancelled(DomainEvent):
    """The transfer was withdrawn before anything was dispatched."""

    event_type = "inventory.TransferCancelled"

    transfer_id: UUID
    reason: str


@registry.register
class StockInTransitChanged(DomainEvent):
    """Goods on their way to this warehouse by a transfer (stream stock-<sku>@<warehouse> of the
    destination): `quantity` more in transit when the transfer is dispatched, less (negative)
    as it is received or its goods are declared lost. Not on hand, not available."""

    event_type = "inventory.StockInTransitChanged"

    sku: Sku
    warehouse: Code
    quantity: Quantity
    unit: Unit
    in_transit_after: NonNegativeQuantity
    transfer_id: UUID


# (end of transfers)


# --- stock counts (stream stock-count-<id>) -----------------------------------------------

#: How much of a warehouse a count covers: every balance, one location's, or selected SKUs'.
CountScope = Annotated[str, Field(pattern=r"^(all|location|selection)$")]


@registry.register
class StockCountOpened(DomainEvent):
    """A count (盘点) of a warehouse began: `location` for a location count, `skus` for a
    cycle count of a selection; a count of `all` has neither."""

    event_type = "inventory.StockCountOpened"

    count_id: UUID
    warehouse: Code
    scope: CountScope
    location: str | None = None
    skus: list[Sku] = Field(default_factory=list)
    note: str | None = None


class RecordedCountLine(BaseModel):
    """One balance (SKU x location x lot) as counted, and what the system held of it at the
    moment it was counted: the variance is taken against that, whatever moves afterwards."""

    model_config = ConfigDict(frozen=True)

    sku: Sku
    location: str | None = None
    lot: str | None = None
    unit: Unit
    counted: NonNegativeQuantity
    expected: Quantity


@registry.register
class StockCountLinesRecorded(DomainEvent):
    """Lines counted at `counted_at` (one recording, at most 1,000 lines an event); a line
    counted again replaces the earlier count of that balance."""

    event_type = "inventory.StockCountLinesRecorded"

    count_id: UUID
    warehouse: Code
    counted_at: datetime
    lines: Annotated[list[RecordedCountLine], Field(min_length=1)]


@registry.register
class StockCountClosed(DomainEvent):
    """The count is over: its differences were posted as StockAdjusted lines (reason
    "stock count <id>") and published in StockCounted. Balances in scope that nobody counted
    (`uncounted`) were left as they were."""

    event_type = "inventory.StockCountClosed"

    count_id: UUID
    warehouse: Code
    lines_counted: int
    lines_adjusted: int
    uncounted: int = 0


@registry.register
class StockCountCancelled(DomainEvent):
    event_type = "inventory.StockCountCancelled"

    count_id: UUID
    warehouse: Code
    reason: str | None = None


# (end of stock counts)


# --- reorder rules, alerts and ABC classes ------------------------------------------------

# Imported here, not at the top, so this section stays self-contained (others edit the rest).
from datetime import date as _date  # noqa: E402

AbcClass = Annotated[str, Field(pattern=r"^[ABC]$", description='"A", "B" or "C"')]


@registry.register
class ReorderRuleSet(DomainEvent):
    """The min / max (and optional reorder quantity) of one SKU in one warehouse, set or
    changed (stream reorder-rule-<sku>@<warehouse>). Available below min is low stock,
    above max is overstock."""

    event_type = "inventory.ReorderRuleSet"

    sku: Sku
    warehouse: Code
    min_quantity: NonNegativeQuantity
    max_quantity: NonNegativeQuantity
    reorder_quantity: PositiveQuantity | None = None
    unit: Unit


@registry.register
class ReorderRuleRemoved(DomainEvent):
    """No rule any more: no alerts for this SKU in this warehouse until a rule is set again."""

    event_type = "inventory.ReorderRuleRemoved"

    sku: Sku
    warehouse: Code


@registry.register
class LowStockDetected(DomainEvent):
    """Available stock fell below the rule's min (or was below it when the rule was set).
    Published once per crossing: not again until available is back at or above min."""

    event_type = "inventory.LowStockDetected"

    sku: Sku
    warehouse: Code
    available: Quantity
    min_quantity: NonNegativeQuantity
    max_quantity: NonNegativeQuantity
    reorder_quantity: PositiveQuantity | None = None
    unit: Unit


@registry.register
class OverstockDetected(DomainEvent):
    """Available stock rose above the rule's max; once per crossing, like LowStockDetected."""

    event_type = "inventory.OverstockDetected"

    sku: Sku
    warehouse: Code
    available: Quantity
    max_quantity: NonNegativeQuantity
    unit: Unit


@registry.register
class StockBackInRange(DomainEvent):
    """Available stock is back within min..max after a LowStockDetected (`was` "below_min") or
    an OverstockDetected (`was` "above_max"): the alert is over, the next crossing alerts again."""

    event_type = "inventory.StockBackInRange"

    sku: Sku
    warehouse: Code
    available: Quantity
    min_quantity: NonNegativeQuantity
    max_quantity: NonNegativeQuantity
    unit: Unit
    was: Annotated[str, Field(pattern=r"^(below_min|above_max)$")]


@registry.register
class AbcClassChanged(DomainEvent):
    """An item's ABC class from its consumption value over a period, in one warehouse or over
    all of them (`warehouse` null); stream abc-<sku>@<warehouse or *>. Published only when the
    class changes (the first classification changes it from null)."""

    event_type = "inventory.AbcClassChanged"

    sku: Sku
    warehouse: Code | None = None
    previous_class: AbcClass | None = None
    new_class: AbcClass
    consumption_value: Money
    period_from: _date
    period_to: _date


# (end of reorder and ABC)
