"""The fiscal year's decider."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.events.base import DomainEvent
from jxc.finance.domain.fiscal_year.commands import FiscalYearCommand
from jxc.finance.domain.fiscal_year.opening import open_year
from jxc.finance.domain.fiscal_year.state import FiscalYearState, evolve
from jxc.platform.decider import Decider


def decide(command: FiscalYearCommand, state: FiscalYearState) -> Sequence[DomainEvent]:
    return open_year(command, state)


fiscal_year_decider: Decider[FiscalYearCommand, FiscalYearState] = Decider(
    stream_prefix="fiscal-year",
    initial_state=FiscalYearState(),
    decide=decide,
    evolve=evolve,
    state_type=FiscalYearState,
)
