"""The carrier's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.carrier.commands import (
    AddCarrierService,
    CarrierCommand,
    RegisterCarrier,
    SetRateCard,
)
from jxc.sales.domain.carrier.rates import set_rate_card
from jxc.sales.domain.carrier.registering import add_service, register
from jxc.sales.domain.carrier.state import CarrierState, evolve


def decide(command: CarrierCommand, state: CarrierState) -> Sequence[DomainEvent]:
    match command:
        case RegisterCarrier():
            return register(command, state)
        case AddCarrierService():
            return add_service(command, state)
        case SetRateCard():
            return set_rate_card(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


carrier_decider: Decider[CarrierCommand, CarrierState] = Decider(
    stream_prefix="carrier",
    initial_state=CarrierState(),
    decide=decide,
    evolve=evolve,
    state_type=CarrierState,
)
