"""The stock's value as inventory's events tell it, per warehouse and SKU, on hand and in
transit: computed apart from the posting rules, to hold the books against.

On hand moves by every stock ledger line: receipts (quantity x unit cost), issues and
adjustments (their total cost), cost corrections (the part capitalised). In transit grows by
what a transfer dispatched and shrinks by what its receipts took in or declared lost, kept
on the destination warehouse."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    CostAdjusted,
    StockAdjusted,
    StockIssued,
    StockReceived,
    TransferDispatched,
    TransferReceived,
)
from jxc.finance.domain.ledger.values import received_value

Place = Literal["on_hand", "in_transit"]


@dataclass(frozen=True, slots=True)
class StockValueChange:
    warehouse: str
    place: Place
    sku: str
    amount: Decimal


def changes_of(event: DomainEvent) -> list[StockValueChange]:
    match event:
        case StockReceived():
            return [_on_hand(event.warehouse, event.sku, received_value(event))]
        case StockIssued():
            return [_on_hand(event.warehouse, event.sku, -event.total_cost.amount)]
        case StockAdjusted():
            return [_on_hand(event.warehouse, event.sku, event.total_cost.amount)]
        case CostAdjusted():
            return [_on_hand(event.warehouse, event.sku, event.capitalised.amount)]
        case TransferDispatched():
            return [
                StockValueChange(event.to_warehouse, "in_transit", x.sku, x.total_cost.amount)
                for x in event.lines
            ]
        case TransferReceived():
            return [
                StockValueChange(
                    event.to_warehouse,
                    "in_transit",
                    x.sku,
                    -(x.value_received.amount + x.loss_value.amount),
                )
                for x in event.lines
            ]
    return []


def _on_hand(warehouse: str, sku: str, amount: Decimal) -> StockValueChange:
    return StockValueChange(warehouse, "on_hand", sku, amount)
