"""A warehouse's delivery runs of a day, folded from its events: the latest plan."""

from __future__ import annotations

from dataclasses import dataclass

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import DeliveryRunsPlanned


@dataclass(frozen=True, slots=True)
class DeliveryDayState:
    plan: DeliveryRunsPlanned | None = None


def evolve(state: DeliveryDayState, event: DomainEvent) -> DeliveryDayState:
    if isinstance(event, DeliveryRunsPlanned):
        return DeliveryDayState(plan=event)
    return state
