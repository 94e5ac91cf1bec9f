"""Opening a fiscal year: twelve calendar months from its first, none of them another year's."""

from __future__ import annotations

import re

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import FiscalYearOpened
from jxc.finance.domain.fiscal_year.commands import OpenFiscalYear
from jxc.finance.domain.fiscal_year.state import FiscalYearState
from jxc.finance.domain.ledger.periods import periods_from
from jxc.platform.decider import DomainError, StateConflict

PERIOD = re.compile(r"^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])$")


def open_year(command: OpenFiscalYear, state: FiscalYearState) -> list[DomainEvent]:
    if state.opened:
        raise StateConflict(
            f"fiscal year {command.year} is open already ({state.first_period} to "
            f"{state.last_period})",
            fields=("year",),
        )
    if not PERIOD.match(command.first_period):
        raise DomainError(
            "the first period is a month written YYYY-MM, e.g. 2026-01", fields=("first_period",)
        )
    first_year = int(command.first_period[:4])
    if command.year not in (first_year, first_year + 1):
        raise DomainError(
            f"fiscal year {command.year} cannot start in {command.first_period}: it is named "
            "after the calendar year it starts or ends in",
            fields=("first_period",),
        )
    periods = periods_from(command.first_period, 12)
    overlap = sorted(set(periods) & command.taken)
    if overlap:
        raise StateConflict(
            f"periods {', '.join(overlap)} belong to another fiscal year already",
            fields=("first_period",),
        )
    return [
        FiscalYearOpened(
            year=command.year,
            first_period=periods[0],
            last_period=periods[-1],
            periods=periods,
        )
    ]
