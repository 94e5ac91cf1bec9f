"""The commands a stock count takes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from jxc.inventory.domain.stock_count.scope import Scope


@dataclass(frozen=True, slots=True)
class OpenCount:
    count_id: UUID
    warehouse: str
    scope: Scope = Scope.ALL
    location: str | None = None
    skus: Sequence[str] = ()
    note: str | None = None
    location_known: bool = True  # the warehouse has the location (registered, or holds stock)


@dataclass(frozen=True, slots=True)
class CountLine:
    """A counted quantity, and what the system held of that balance when it was counted:
    `expected` and `stock_unit` (the unit the stock is kept in, if known) are read by the
    application in the recording transaction, and whether the warehouse has the location
    (registered, or holding stock there); `unit` is what the counter said, if anything."""

    sku: str
    counted: Decimal
    expected: Decimal
    location: str | None = None
    lot: str | None = None
    unit: str | None = None
    stock_unit: str | None = None
    location_known: bool = True


@dataclass(frozen=True, slots=True)
class RecordCounts:
    lines: Sequence[CountLine]
    counted_at: datetime


@dataclass(frozen=True, slots=True)
class CloseCount:
    """`uncounted`: how many balances in scope nobody counted (the application finds them)."""

    uncounted: int = 0


@dataclass(frozen=True, slots=True)
class CancelCount:
    reason: str | None = None


CountCommand = OpenCount | RecordCounts | CloseCount | CancelCount
