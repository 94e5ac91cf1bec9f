"""The stock count's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.inventory.domain.stock_count.closing import cancel, close
from jxc.inventory.domain.stock_count.commands import (
    CancelCount,
    CloseCount,
    CountCommand,
    OpenCount,
    RecordCounts,
)
from jxc.inventory.domain.stock_count.opening import open_count
from jxc.inventory.domain.stock_count.recording import record
from jxc.inventory.domain.stock_count.state import CountState, evolve
from jxc.platform.decider import Decider


def decide(command: CountCommand, state: CountState) -> Sequence[DomainEvent]:
    match command:
        case OpenCount():
            return [open_count(command, state)]
        case RecordCounts():
            return record(command, state)
        case CloseCount():
            return close(command, state)
        case CancelCount():
            return [cancel(command, state)]
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


stock_count_decider: Decider[CountCommand, CountState] = Decider(
    stream_prefix="stock-count",
    initial_state=CountState(),
    decide=decide,
    evolve=evolve,
)
