"""Closing a count (its variances become adjustments) or cancelling it."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    CountedLine,
    StockCountCancelled,
    StockCountClosed,
    StockCounted,
)
from jxc.events.limits import MAX_REASON
from jxc.inventory.domain.stock_count._guards import count_id_of, must_be_open
from jxc.inventory.domain.stock_count.commands import CancelCount, CloseCount
from jxc.inventory.domain.stock_count.scope import LINES_PER_EVENT
from jxc.inventory.domain.stock_count.state import CountState
from jxc.platform.decider import StateConflict
from jxc.platform.value_checks import optional_text


def close(command: CloseCount, state: CountState) -> list[DomainEvent]:
    must_be_open(state, "be closed")
    if not state.lines:
        raise StateConflict(
            f"nothing has been counted in stock count {state.count_id}: record the counted "
            "lines first, or cancel the count",
            fields=("count_id",),
        )
    counted = [
        CountedLine(
            sku=sku,
            location=location or None,
            lot=lot or None,
            expected=line.expected,
            counted=line.counted,
            variance=line.variance,
            counted_at=line.counted_at,
        )
        for (sku, location, lot), line in sorted(state.lines.items())
    ]
    events: list[DomainEvent] = [
        StockCounted(
            count_id=count_id_of(state),
            warehouse=state.warehouse,
            lines=counted[start : start + LINES_PER_EVENT],
        )
        for start in range(0, len(counted), LINES_PER_EVENT)
    ]
    events.append(
        StockCountClosed(
            count_id=count_id_of(state),
            warehouse=state.warehouse,
            lines_counted=len(counted),
            lines_adjusted=sum(1 for line in counted if line.variance != 0),
            uncounted=max(command.uncounted, 0),
        )
    )
    return events


def cancel(command: CancelCount, state: CountState) -> StockCountCancelled:
    must_be_open(state, "be cancelled")
    return StockCountCancelled(
        count_id=count_id_of(state),
        warehouse=state.warehouse,
        reason=optional_text(command.reason, "reason", "the reason", max_length=MAX_REASON),
    )
