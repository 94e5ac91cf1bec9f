"""A carrier's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import (
    CarrierRegistered,
    CarrierService,
    CarrierServiceAdded,
    RateCardSet,
    ZoneRates,
)


@dataclass(frozen=True, slots=True)
class CarrierState:
    exists: bool = False
    code: str = ""
    name: str = ""
    currency: str = ""
    own_fleet: bool = False
    services: tuple[CarrierService, ...] = ()
    rate_cards: dict[str, tuple[ZoneRates, ...]] = field(default_factory=dict)

    def has_service(self, code: str) -> bool:
        return any(s.code == code for s in self.services)


def evolve(state: CarrierState, event: DomainEvent) -> CarrierState:
    match event:
        case CarrierRegistered():
            return CarrierState(
                exists=True,
                code=event.code,
                name=event.name,
                currency=event.currency,
                own_fleet=event.own_fleet,
                services=tuple(event.services),
            )
        case CarrierServiceAdded():
            return replace(state, services=(*state.services, event.service))
        case RateCardSet():
            return replace(
                state, rate_cards={**state.rate_cards, event.service: tuple(event.zones)}
            )
    return state
