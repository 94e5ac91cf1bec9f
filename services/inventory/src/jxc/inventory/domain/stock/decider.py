"""The stock position's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.inventory.domain.stock.adjusting import adjust
from jxc.inventory.domain.stock.commands import (
    Adjust,
    ChangeInTransit,
    CorrectCost,
    Issue,
    Receive,
    Release,
    Reserve,
    StockCommand,
)
from jxc.inventory.domain.stock.costing import correct_cost
from jxc.inventory.domain.stock.in_transit import change_in_transit
from jxc.inventory.domain.stock.issuing import issue
from jxc.inventory.domain.stock.receiving import lost_on_the_way, receive, settle_shortfall
from jxc.inventory.domain.stock.reserving import release, reserve
from jxc.inventory.domain.stock.state import Position


def decide(command: StockCommand, state: Position) -> Sequence[DomainEvent]:
    match command:
        case Receive():
            received = receive(command, state)
            return [
                received,
                *settle_shortfall(state, received),
                *lost_on_the_way(command, state),
            ]
        case Reserve():
            return [reserve(command, state)]
        case Release():
            return release(command, state)
        case Issue():
            return issue(command, state)
        case Adjust():
            return adjust(command, state)
        case CorrectCost():
            return [correct_cost(command, state)]
        case ChangeInTransit():
            return [change_in_transit(command, state)]
        case _:  # pragma: no cover - exhaustive
            assert_never(command)
