"""The unrealised revaluation of open foreign invoices at a period's end (stream
fx-revaluation-<period>), once per period: posted on its last day, reversed on the first of
the next, so a later payment still settles each invoice at the rate it was booked at."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Literal, cast
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import FxRevaluationReversed, FxRevalued, RevaluedItem
from jxc.finance.domain.ledger.periods import next_period
from jxc.platform.decider import Decider, DomainError, StateConflict

CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class OpenForeign:
    document_id: UUID
    kind: str
    party_id: UUID
    currency: str
    open_amount: Decimal
    booked_rate: Decimal


@dataclass(frozen=True, slots=True)
class Revalue:
    period: str
    company_currency: str
    items: Sequence[OpenForeign] = ()
    rates: Mapping[str, Decimal] = field(default_factory=dict)  # currency -> period-end rate


@dataclass(frozen=True, slots=True)
class RevaluationState:
    done: bool = False


def last_day(period: str) -> date:
    if period.endswith("-12"):
        return date(int(period[:4]), 12, 31)
    following = next_period(period)
    return date(int(following[:4]), int(following[5:7]), 1) - timedelta(days=1)


def decide(command: Revalue, state: RevaluationState) -> Sequence[DomainEvent]:
    if state.done:
        raise StateConflict(f"period {command.period} was revalued already", fields=("period",))
    rates = command.rates
    missing = sorted({i.currency for i in command.items} - set(rates))
    if missing:
        raise DomainError(
            f"no exchange rate of {', '.join(missing)} for the end of {command.period}: record "
            "one first",
            fields=("period",),
        )
    lines = []
    for item in command.items:
        rate = rates[item.currency]
        difference = (item.open_amount * (rate - item.booked_rate)).quantize(
            CENT, rounding=ROUND_HALF_EVEN
        )
        if difference:
            lines.append(
                RevaluedItem(
                    document_id=item.document_id,
                    kind=cast(Literal["receivable", "payable"], item.kind),
                    party_id=item.party_id,
                    currency=item.currency,
                    open_amount=item.open_amount,
                    booked_rate=item.booked_rate,
                    rate=rate,
                    difference=difference,
                )
            )
    end = last_day(command.period)
    cur = command.company_currency
    return [
        FxRevalued(period=command.period, on=end, company_currency=cur, items=lines),
        FxRevaluationReversed(
            period=command.period, on=end + timedelta(days=1), company_currency=cur, items=lines
        ),
    ]


def evolve(state: RevaluationState, event: DomainEvent) -> RevaluationState:
    return RevaluationState(True) if isinstance(event, FxRevalued) else state


revaluation_decider: Decider[Revalue, RevaluationState] = Decider(
    stream_prefix="fx-revaluation",
    initial_state=RevaluationState(),
    decide=decide,
    evolve=evolve,
    state_type=RevaluationState,
)
