"""A cost centre as its events left it."""

from __future__ import annotations

from dataclasses import dataclass

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import CostCentreDefined


@dataclass(frozen=True, slots=True)
class CostCentreState:
    exists: bool = False
    code: str = ""
    name: str = ""
    kind: str = ""
    active: bool = True


def evolve(state: CostCentreState, event: DomainEvent) -> CostCentreState:
    if isinstance(event, CostCentreDefined):
        return CostCentreState(True, event.code, event.name, event.kind, event.active)
    return state
