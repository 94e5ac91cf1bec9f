"""A customer's receivables as last reported to sales (stream receivables-<customer_id>):
finance.ReceivablesChanged each time the open or overdue amount changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.finance import ReceivablesChanged
from jxc.platform.decider import Decider


@dataclass(frozen=True, slots=True)
class ReportReceivables:
    customer_id: UUID
    open_receivables: Decimal
    overdue: Decimal
    currency: str
    as_of: date


@dataclass(frozen=True, slots=True)
class ReceivablesState:
    open_receivables: Decimal | None = None
    overdue: Decimal | None = None


def decide(command: ReportReceivables, state: ReceivablesState) -> Sequence[DomainEvent]:
    if (state.open_receivables, state.overdue) == (command.open_receivables, command.overdue):
        return []  # nothing sales does not know yet
    return [
        ReceivablesChanged(
            customer_id=command.customer_id,
            open_receivables=Money(amount=command.open_receivables, currency=command.currency),
            overdue=Money(amount=command.overdue, currency=command.currency),
            as_of=command.as_of,
        )
    ]


def evolve(state: ReceivablesState, event: DomainEvent) -> ReceivablesState:
    if isinstance(event, ReceivablesChanged):
        return ReceivablesState(event.open_receivables.amount, event.overdue.amount)
    return state


receivables_decider: Decider[ReportReceivables, ReceivablesState] = Decider(
    stream_prefix="receivables",
    initial_state=ReceivablesState(),
    decide=decide,
    evolve=evolve,
    state_type=ReceivablesState,
)
