"""An exchange rate of one currency on one day (stream exchange-rate-<currency>@<date>),
recorded by an accountant or imported; a later recording of the same day replaces it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import ExchangeRateRecorded
from jxc.platform.decider import Decider, DomainError


@dataclass(frozen=True, slots=True)
class RecordRate:
    currency: str
    on: date
    rate: Decimal
    company_currency: str
    source: str | None = None


@dataclass(frozen=True, slots=True)
class RateState:
    rate: Decimal | None = None


def decide(command: RecordRate, state: RateState) -> Sequence[DomainEvent]:
    if command.currency == command.company_currency:
        raise DomainError(
            f"{command.currency} is the company's own currency: its rate is 1",
            fields=("currency",),
        )
    if command.rate <= 0:
        raise DomainError("a rate is a positive number", fields=("rate",))
    if state.rate == command.rate:
        return []
    return [
        ExchangeRateRecorded(
            currency=command.currency, on=command.on, rate=command.rate, source=command.source
        )
    ]


def evolve(state: RateState, event: DomainEvent) -> RateState:
    return RateState(event.rate) if isinstance(event, ExchangeRateRecorded) else state


exchange_rate_decider: Decider[RecordRate, RateState] = Decider(
    stream_prefix="exchange-rate",
    initial_state=RateState(),
    decide=decide,
    evolve=evolve,
    state_type=RateState,
)
