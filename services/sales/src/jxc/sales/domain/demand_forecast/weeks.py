"""Weeks of the demand history: a week starts on Monday; the history of a series runs from
its first week with demand to the last full week before the forecast, weeks without demand
counting as zero."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal

WEEK = timedelta(days=7)


def week_of(day: date) -> date:
    """The Monday that starts the week of `day`."""
    return day - timedelta(days=day.weekday())


def weekly_history(totals: Mapping[date, Decimal], first_forecast_week: date) -> list[Decimal]:
    """Demand per week, oldest first, from the first week in `totals` to the week before
    `first_forecast_week` (a Monday); later weeks in `totals` are left out."""
    weeks = {week_of(day): Decimal(0) for day in totals}
    for day, quantity in totals.items():
        weeks[week_of(day)] += quantity
    past = [w for w in weeks if w < first_forecast_week]
    if not past:
        return []
    start = min(past)
    count = (first_forecast_week - start).days // 7
    return [weeks.get(start + i * WEEK, Decimal(0)) for i in range(count)]
