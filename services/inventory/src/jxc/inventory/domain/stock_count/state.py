"""A stock count as it stands and how each event changes it; the adjustments it leads to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    StockCountCancelled,
    StockCountClosed,
    StockCountLinesRecorded,
    StockCountOpened,
)
from jxc.inventory.domain.stock_count.scope import CountScope, LineKey, scope_of


class Status(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Counted:
    unit: str
    counted: Decimal
    expected: Decimal
    counted_at: datetime
    times: int = 1

    @property
    def variance(self) -> Decimal:
        return self.counted - self.expected


@dataclass(frozen=True, slots=True)
class CountState:
    status: Status | None = None  # None: never opened
    count_id: UUID | None = None
    warehouse: str = ""
    scope: CountScope = field(default_factory=CountScope)
    lines: Mapping[LineKey, Counted] = field(default_factory=dict)


def evolve(state: CountState, event: DomainEvent) -> CountState:
    if isinstance(event, StockCountOpened):
        return CountState(
            status=Status.OPEN,
            count_id=event.count_id,
            warehouse=event.warehouse,
            scope=scope_of(event),
        )
    if isinstance(event, StockCountLinesRecorded):
        lines = dict(state.lines)
        for line in event.lines:
            key = (line.sku, line.location or "", line.lot or "")
            earlier = lines.get(key)
            lines[key] = Counted(
                unit=line.unit,
                counted=line.counted,
                expected=line.expected,
                counted_at=event.counted_at,
                times=1 if earlier is None else earlier.times + 1,
            )
        return replace(state, lines=lines)
    if isinstance(event, StockCountClosed):
        return replace(state, status=Status.CLOSED)
    if isinstance(event, StockCountCancelled):
        return replace(state, status=Status.CANCELLED)
    return state  # StockCounted: the close's report; StockCountClosed ends the count


def adjustments(state: CountState) -> list[tuple[LineKey, str, Decimal]]:
    """What closing the count posts: (balance, unit, variance) of every line that differs."""
    return [
        (key, line.unit, line.variance)
        for key, line in sorted(state.lines.items())
        if line.variance != 0
    ]
