"""The price list's decider."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.price_list.commands import DefinePriceList, PriceListCommand, RevisePriceList
from jxc.sales.domain.price_list.pricing_rules import define, revise
from jxc.sales.domain.price_list.state import PriceListState, evolve


def decide(command: PriceListCommand, state: PriceListState) -> Sequence[DomainEvent]:
    match command:
        case DefinePriceList():
            return define(command, state)
        case RevisePriceList():
            return revise(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


price_list_decider: Decider[PriceListCommand, PriceListState] = Decider(
    stream_prefix="price-list",
    initial_state=PriceListState(),
    decide=decide,
    evolve=evolve,
    state_type=PriceListState,
)
