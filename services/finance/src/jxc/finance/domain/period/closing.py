"""Closing a period, and reopening it with a reason: both recorded with who did it (the event
store is the audit trail)."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import PeriodClosed, PeriodReopened
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.finance.domain.fiscal_year.opening import PERIOD
from jxc.finance.domain.period.commands import ClosePeriod, ReopenPeriod
from jxc.finance.domain.period.state import PeriodState
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_text


def _check(period: str) -> None:
    if not PERIOD.match(period):
        raise DomainError("a period is a month written YYYY-MM, e.g. 2026-12", fields=("period",))


def close(command: ClosePeriod, state: PeriodState) -> list[DomainEvent]:
    _check(command.period)
    if state.closed:
        raise StateConflict(
            f"period {command.period} is closed already (by {state.closed_by})",
            fields=("period",),
        )
    by = check_text(command.closed_by, "closed_by", "who closes it", max_length=MAX_NAME)
    return [PeriodClosed(period=command.period, closed_by=by)]


def reopen(command: ReopenPeriod, state: PeriodState) -> list[DomainEvent]:
    _check(command.period)
    if not state.closed:
        raise StateConflict(f"period {command.period} is open", fields=("period",))
    by = check_text(command.reopened_by, "reopened_by", "who reopens it", max_length=MAX_NAME)
    reason = check_text(command.reason, "reason", "the reason", max_length=MAX_REASON)
    return [PeriodReopened(period=command.period, reopened_by=by, reason=reason)]
