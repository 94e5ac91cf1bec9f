"""The period's decider."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.finance.domain.period.closing import close, reopen
from jxc.finance.domain.period.commands import ClosePeriod, PeriodCommand, ReopenPeriod
from jxc.finance.domain.period.state import PeriodState, evolve
from jxc.platform.decider import Decider


def decide(command: PeriodCommand, state: PeriodState) -> Sequence[DomainEvent]:
    match command:
        case ClosePeriod():
            return close(command, state)
        case ReopenPeriod():
            return reopen(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


period_decider: Decider[PeriodCommand, PeriodState] = Decider(
    stream_prefix="period",
    initial_state=PeriodState(),
    decide=decide,
    evolve=evolve,
    state_type=PeriodState,
)
