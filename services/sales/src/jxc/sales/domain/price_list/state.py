"""A price list's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales_orders import ListPrice, PriceListDefined, PriceListRevised


@dataclass(frozen=True, slots=True)
class PriceListState:
    code: str = ""
    customer_group: str = ""
    currency: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    prices: tuple[ListPrice, ...] = ()

    @property
    def exists(self) -> bool:
        return bool(self.code)


def evolve(state: PriceListState, event: DomainEvent) -> PriceListState:
    match event:
        case PriceListDefined():
            return PriceListState(
                event.code,
                event.customer_group,
                event.currency,
                event.valid_from,
                event.valid_until,
                tuple(event.prices),
            )
        case PriceListRevised():
            return PriceListState(
                state.code,
                state.customer_group,
                state.currency,
                event.valid_from,
                event.valid_until,
                tuple(event.prices),
            )
    return state
