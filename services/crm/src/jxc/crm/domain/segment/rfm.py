"""RFM scoring.

- Who is scored: every customer with at least one order not cancelled. Customers are compared
  within their currency (the currency of their latest order): amounts in two currencies are
  not ranked against each other.
- Recency: the time of the last purchase (later is better); frequency: the number of orders
  not cancelled; monetary: the lifetime value (orders less returns).
- Quintiles by rank: a customer's score is 1 + 5 x (the customers of its cohort strictly
  worse on that measure) // (the cohort's size), so 1 is the worst fifth and 5 the best; equal
  values share a score (the lower one of their ranks).
- Segments, from R and FM = round half up of (F + M) / 2 (a common RFM grid):

      R 4-5, FM 4-5  champions            R 3, FM 4-5    loyal
      R 4-5, FM 2-3  potential_loyalist   R 3, FM 3      need_attention
      R 5,   FM 1    new_customers        R 3, FM 1-2    about_to_sleep
      R 4,   FM 1    promising            R 1, FM 5      cannot_lose_them
      R 1-2, FM 3-5  at_risk (but R 1, FM 5 above)
      R 2,   FM 1-2  hibernating          R 1, FM 1-2    lost
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

SEGMENTS = (
    "champions",
    "loyal",
    "potential_loyalist",
    "new_customers",
    "promising",
    "need_attention",
    "about_to_sleep",
    "cannot_lose_them",
    "at_risk",
    "hibernating",
    "lost",
)


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    customer_id: UUID
    currency: str
    last_purchase: datetime
    orders: int
    monetary: Decimal


@dataclass(frozen=True, slots=True)
class Rfm:
    customer_id: UUID
    currency: str
    recency_days: int
    frequency: int
    monetary: Decimal
    recency_score: int
    frequency_score: int
    monetary_score: int
    segment: str


def quintiles(values: Sequence[Any]) -> list[int]:
    """The quintile score (1 worst .. 5 best) of each value, higher values being better."""
    ordered = sorted(values)
    n = len(ordered)
    return [1 + (5 * _below(ordered, value)) // n for value in values]


def _below(ordered: Sequence[Any], value: Any) -> int:
    lo, hi = 0, len(ordered)
    while lo < hi:
        mid = (lo + hi) // 2
        if ordered[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def segment_of(r: int, f: int, m: int) -> str:
    fm = (f + m + 1) // 2
    rules: list[tuple[Callable[[int, int], bool], str]] = [
        (lambda r, fm: r >= 4 and fm >= 4, "champions"),
        (lambda r, fm: r == 3 and fm >= 4, "loyal"),
        (lambda r, fm: r >= 4 and fm >= 2, "potential_loyalist"),
        (lambda r, fm: r == 5, "new_customers"),
        (lambda r, fm: r == 4, "promising"),
        (lambda r, fm: r == 3 and fm == 3, "need_attention"),
        (lambda r, fm: r == 3, "about_to_sleep"),
        (lambda r, fm: r == 1 and fm == 5, "cannot_lose_them"),
        (lambda r, fm: fm >= 3, "at_risk"),
        (lambda r, fm: r == 2, "hibernating"),
    ]
    for rule, name in rules:
        if rule(r, fm):
            return name
    return "lost"


def score(facts: Sequence[CustomerFacts], now: datetime) -> list[Rfm]:
    """Every customer's scores and segment, within its currency's cohort."""
    cohorts: dict[str, list[CustomerFacts]] = defaultdict(list)
    for fact in facts:
        if fact.orders > 0:
            cohorts[fact.currency].append(fact)
    scored: list[Rfm] = []
    for currency in sorted(cohorts):
        cohort = cohorts[currency]
        r = quintiles([c.last_purchase for c in cohort])
        f = quintiles([c.orders for c in cohort])
        m = quintiles([c.monetary for c in cohort])
        for i, c in enumerate(cohort):
            scored.append(
                Rfm(
                    c.customer_id,
                    currency,
                    max((now - c.last_purchase).days, 0),
                    c.orders,
                    c.monetary,
                    r[i],
                    f[i],
                    m[i],
                    segment_of(r[i], f[i], m[i]),
                )
            )
    return sorted(scored, key=lambda s: s.customer_id)
