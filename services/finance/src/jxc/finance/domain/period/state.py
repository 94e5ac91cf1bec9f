"""A period: open unless closed (and not reopened since)."""

from __future__ import annotations

from dataclasses import dataclass

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import PeriodClosed, PeriodReopened


@dataclass(frozen=True, slots=True)
class PeriodState:
    closed: bool = False
    closed_by: str | None = None


def evolve(state: PeriodState, event: DomainEvent) -> PeriodState:
    if isinstance(event, PeriodClosed):
        return PeriodState(True, event.closed_by)
    if isinstance(event, PeriodReopened):
        return PeriodState(False, None)
    return state
