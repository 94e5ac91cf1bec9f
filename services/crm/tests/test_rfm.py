"""Issue 8, item 11: RFM quintiles, named segments, and a customer's segment recorded when
it changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.crm.domain.segment import (
    AssignSegment,
    CustomerFacts,
    quintiles,
    score,
    segment_decider,
    segment_of,
)
from jxc.events.contracts.crm import CustomerSegmentChanged
from jxc.platform.decider import Decider, DomainError

Given = Callable[..., Any]
CUSTOMER = UUID("0190b000-0000-7000-8000-000000000001")
NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return segment_decider


def test_quintiles_split_ten_values_two_by_two() -> None:
    assert quintiles([5, 1, 9, 3, 7, 2, 10, 4, 8, 6]) == [3, 1, 5, 2, 4, 1, 5, 2, 4, 3]


def test_equal_values_share_the_lower_score() -> None:
    assert quintiles([1, 1, 1, 1, 9]) == [1, 1, 1, 1, 5]
    assert quintiles([Decimal("2.5")]) == [1]


@pytest.mark.parametrize(
    ("r", "f", "m", "segment"),
    [
        (5, 5, 4, "champions"),
        (4, 4, 3, "champions"),  # FM = round half up of 3.5 = 4
        (3, 5, 5, "loyal"),
        (5, 2, 3, "potential_loyalist"),
        (5, 1, 1, "new_customers"),
        (4, 1, 1, "promising"),
        (3, 3, 3, "need_attention"),
        (3, 1, 2, "about_to_sleep"),
        (1, 5, 5, "cannot_lose_them"),
        (2, 5, 5, "at_risk"),
        (1, 3, 2, "at_risk"),
        (2, 1, 2, "hibernating"),
        (1, 1, 1, "lost"),
    ],
)
def test_segments_from_recency_and_frequency_monetary(r: int, f: int, m: int, segment: str) -> None:
    assert segment_of(r, f, m) == segment


def test_every_score_combination_has_a_segment() -> None:
    combinations = [(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)]
    assert all(segment_of(*c) for c in combinations)


def test_scoring_ranks_within_a_currency_and_skips_customers_without_orders() -> None:
    def facts(n: int, days: int, orders: int, value: str, currency: str = "CNY") -> CustomerFacts:
        customer = UUID(int=n)
        return CustomerFacts(customer, currency, NOW - timedelta(days=days), orders, Decimal(value))

    scored = score(
        [
            facts(1, 1, 9, "900"),
            facts(2, 50, 1, "10"),
            facts(3, 400, 1, "5", "USD"),
            facts(4, 1, 0, "0"),
        ],
        NOW,
    )
    assert [
        (s.customer_id.int, s.recency_score, s.frequency_score, s.monetary_score) for s in scored
    ] == [
        (1, 3, 3, 3),
        (2, 1, 1, 1),
        (3, 1, 1, 1),
    ]
    assert [(s.recency_days, s.segment) for s in scored] == [
        (1, "need_attention"),
        (50, "lost"),
        (400, "lost"),
    ]


def assign(segment: str) -> AssignSegment:
    return AssignSegment(CUSTOMER, segment, 5, 4, 3, NOW)


def changed(segment: str, previous: str | None) -> CustomerSegmentChanged:
    return CustomerSegmentChanged(
        customer_id=CUSTOMER,
        segment=segment,
        previous_segment=previous,
        recency_score=5,
        frequency_score=4,
        monetary_score=3,
        computed_at=NOW,
    )


def test_a_first_segment_is_recorded(given: Given) -> None:
    state = given().when(assign("champions")).then(changed("champions", None))
    assert state.segment == "champions"


def test_a_new_segment_names_the_previous_one(given: Given) -> None:
    given(changed("champions", None)).when(assign("at_risk")).then(changed("at_risk", "champions"))


def test_the_same_segment_again_records_nothing(given: Given) -> None:
    given(changed("champions", None)).when(assign("champions")).then()


def test_an_unknown_segment_is_refused(given: Given) -> None:
    given().when(assign("vip")).raises(DomainError, match="no segment 'vip'")
