"""The cash forecast: today's cash, then 13 weeks of what open receivables bring in and open
payables take out by their due dates (what is overdue falls in the first week), so a
shortfall shows before it happens."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

ZERO = Decimal(0)
WEEKS = 13


@dataclass(frozen=True, slots=True)
class Week:
    starts_on: date
    inflow: Decimal
    outflow: Decimal
    closing: Decimal

    @property
    def shortfall(self) -> bool:
        return self.closing < 0


def forecast(
    cash: Decimal,
    today: date,
    receivables: Iterable[tuple[date, Decimal]],
    payables: Iterable[tuple[date, Decimal]],
    weeks: int = WEEKS,
) -> list[Week]:
    """`receivables` and `payables`: (due on, open amount)."""

    def week_of(due: date) -> int:
        return max((due - today).days, 0) // 7

    inflow = [ZERO] * weeks
    outflow = [ZERO] * weeks
    for due, amount in receivables:
        if week_of(due) < weeks:
            inflow[week_of(due)] += amount
    for due, amount in payables:
        if week_of(due) < weeks:
            outflow[week_of(due)] += amount
    out: list[Week] = []
    balance = cash
    for i in range(weeks):
        balance = balance + inflow[i] - outflow[i]
        out.append(Week(today + timedelta(days=7 * i), inflow[i], outflow[i], balance))
    return out
