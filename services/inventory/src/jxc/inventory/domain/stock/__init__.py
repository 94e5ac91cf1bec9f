"""The stock position of one SKU in one warehouse: on hand per location and lot, reservations,
and its value (moving average or FIFO layers). Pure: no I/O, no clock, no ids made here.

`decide` answers a command with events or a DomainError; `evolve` folds an event into the
position. Every quantity and amount is a Decimal; amounts in events are rounded to 6 places,
and the value on hand is the exact sum of what came in less what went out, so nothing drifts.
"""

from jxc.inventory.domain.stock.commands import (
    TRANSIT_LOSS,
    Adjust,
    ChangeInTransit,
    CorrectCost,
    Issue,
    Receive,
    Release,
    Reserve,
    StockCommand,
)
from jxc.inventory.domain.stock.decider import decide, decide_folding
from jxc.inventory.domain.stock.receiving import SHORTFALL_SETTLED
from jxc.inventory.domain.stock.state import (
    ZERO,
    Backorder,
    BalanceKey,
    IssueKind,
    Layer,
    Position,
    ReservationKey,
    Valuation,
    available_of,
    evolve,
    money,
    received_value,
    shown_unit_cost,
    unit_cost_of,
)

__all__ = [
    "SHORTFALL_SETTLED",
    "TRANSIT_LOSS",
    "ZERO",
    "Adjust",
    "Backorder",
    "BalanceKey",
    "ChangeInTransit",
    "CorrectCost",
    "Issue",
    "IssueKind",
    "Layer",
    "Position",
    "Receive",
    "Release",
    "ReservationKey",
    "Reserve",
    "StockCommand",
    "Valuation",
    "available_of",
    "decide",
    "decide_folding",
    "evolve",
    "money",
    "received_value",
    "shown_unit_cost",
    "unit_cost_of",
]
