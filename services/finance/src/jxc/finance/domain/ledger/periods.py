"""Periods are calendar months ("2026-12"). An entry posts in the period of its date unless
that period is closed: then in the next open one, its own date kept."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def next_period(period: str) -> str:
    year, month = int(period[:4]), int(period[5:7])
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"


def periods_from(first: str, count: int) -> list[str]:
    out = [first]
    while len(out) < count:
        out.append(next_period(out[-1]))
    return out


def posting_period(day: date, closed: Collection[str]) -> str:
    """The period an entry dated `day` posts in: its own, or the first open one after it."""
    period = period_of(day)
    while period in closed:
        period = next_period(period)
    return period
