"""Plan periods: a year (2026), a quarter (2026-Q4) or a month (2026-11), as first and last
day (both included)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from jxc.platform.decider import DomainError

_PERIOD = re.compile(r"^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$")


def period_days(period: str) -> tuple[date, date]:
    """The first and last day of `period`."""
    found = _PERIOD.match(period.strip())
    if found is None or not 2000 <= int(found[1]) <= 2999:
        raise DomainError(
            f"period {period!r} is not a year (2026), a quarter (2026-Q4) or a month (2026-11)",
            fields=("period",),
        )
    year = int(found[1])
    if found[2] is not None:
        first_month = 3 * (int(found[2]) - 1) + 1
        return date(year, first_month, 1), _month_end(year, first_month + 2)
    if found[3] is not None:
        month = int(found[3])
        return date(year, month, 1), _month_end(year, month)
    return date(year, 1, 1), date(year, 12, 31)


def _month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)
