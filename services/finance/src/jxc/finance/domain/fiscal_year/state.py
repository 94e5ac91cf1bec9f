"""A fiscal year as its events left it."""

from __future__ import annotations

from dataclasses import dataclass

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import FiscalYearOpened


@dataclass(frozen=True, slots=True)
class FiscalYearState:
    opened: bool = False
    first_period: str = ""
    last_period: str = ""


def evolve(state: FiscalYearState, event: DomainEvent) -> FiscalYearState:
    if isinstance(event, FiscalYearOpened):
        return FiscalYearState(True, event.first_period, event.last_period)
    return state
