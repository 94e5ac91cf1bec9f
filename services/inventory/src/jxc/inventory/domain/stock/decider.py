"""The stock position's decider: each command to the module that decides it; then, whatever
the command was, the backorder queue is served from what is available after it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.inventory.domain.stock.adjusting import adjust
from jxc.inventory.domain.stock.backorders import serve_backorders
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
from jxc.inventory.domain.stock.reserving import release, reserve, withdrawn
from jxc.inventory.domain.stock.state import Position, evolve

SHIPPED_UNRESERVED = "shipped before stock was reserved for it"


def decide(command: StockCommand, state: Position) -> Sequence[DomainEvent]:
    return [event for event, _ in decide_folding(command, state)]


def decide_folding(command: StockCommand, state: Position) -> list[tuple[DomainEvent, Position]]:
    """The events `decide` answers, each with the position after it: deciding folds them
    anyway (to serve the backorders), so a caller that keeps the state need not fold twice."""
    folded: list[tuple[DomainEvent, Position]] = []
    after = state
    for event in _decide(command, state):
        after = evolve(after, event)
        folded.append((event, after))
    for served in serve_backorders(after):
        after = evolve(after, served)
        folded.append((served, after))
    return folded


def _decide(command: StockCommand, state: Position) -> Sequence[DomainEvent]:
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
            return _issue(command, state)
        case Adjust():
            return adjust(command, state)
        case CorrectCost():
            return [correct_cost(command, state)]
        case ChangeInTransit():
            return [change_in_transit(command, state)]
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


def _issue(command: Issue, state: Position) -> list[DomainEvent]:
    """An issue for an order line that still waits in the queue serves that line: it leaves
    the queue first, so it is never reserved later for goods that already left."""
    waiting = None
    if command.order_id is not None:
        waiting = state.backorder_of((command.order_id, command.line_no or 0))
    if waiting is None:
        return issue(command, state)
    left = withdrawn(state, waiting, SHIPPED_UNRESERVED)
    return [left, *issue(command, evolve(state, left))]
