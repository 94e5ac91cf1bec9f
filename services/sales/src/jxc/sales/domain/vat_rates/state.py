"""The VAT rates, folded from their events."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import VatRateSet

DEFAULT_RATE = Decimal("0.13")


@dataclass(frozen=True, slots=True)
class VatRatesState:
    default: Decimal = DEFAULT_RATE
    by_category: dict[str, Decimal] = field(default_factory=dict)

    def rate_of(self, category: str | None) -> Decimal:
        if category is None:
            return self.default
        return self.by_category.get(category, self.default)


def evolve(state: VatRatesState, event: DomainEvent) -> VatRatesState:
    if isinstance(event, VatRateSet):
        if event.category is None:
            return replace(state, default=event.rate)
        return replace(state, by_category={**state.by_category, event.category: event.rate})
    return state
