"""Issue 8, item 13: campaigns aimed at a segment or a tag issue a coupon to each customer of
the target, once per customer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.crm.domain.campaign import CreateCampaign, IssueCoupons, campaign_decider, coupon_code
from jxc.events.base import Money
from jxc.events.contracts.crm import CampaignCreated, CouponIssued
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict

Given = Callable[..., Any]
CAMPAIGN = UUID("0190b000-0000-7000-8000-0000000000e1")
A = UUID("0190b000-0000-7000-8000-00000000000a")
B = UUID("0190b000-0000-7000-8000-00000000000b")
START, END = date(2026, 12, 1), date(2026, 12, 31)


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return campaign_decider


def create(**changes: Any) -> CreateCampaign:
    values: dict[str, Any] = {
        "campaign_id": CAMPAIGN,
        "code": "WINTER",
        "name": "Winter tea",
        "target": "segment",
        "target_value": "at_risk",
        "valid_from": START,
        "valid_until": END,
        "percent_off": Decimal("0.15"),
    }
    values.update(changes)
    return CreateCampaign(**values)


def created() -> CampaignCreated:
    return CampaignCreated(
        campaign_id=CAMPAIGN,
        code="WINTER",
        name="Winter tea",
        target="segment",
        target_value="at_risk",
        percent_off=Decimal("0.15"),
        valid_from=START,
        valid_until=END,
    )


def issued(customer: UUID) -> CouponIssued:
    return CouponIssued(
        coupon_code=coupon_code("WINTER", customer),
        campaign_id=CAMPAIGN,
        customer_id=customer,
        percent_off=Decimal("0.15"),
        valid_from=START,
        valid_until=END,
    )


def test_a_campaign_aims_at_a_segment(given: Given) -> None:
    given().when(create()).then(created())


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"target_value": "vip"}, "no segment 'vip'"),
        ({"target": "region"}, "segment or a tag"),
        ({"percent_off": None}, "either a percentage or an amount"),
        ({"amount_off": Money(amount=Decimal(5), currency="CNY")}, "either a percentage"),
        ({"percent_off": Decimal("1.5")}, "at most 1"),
        ({"valid_until": date(2026, 11, 30)}, "ends .* before it starts"),
        ({"code": "W" * 33}, "at most 32"),
    ],
)
def test_a_campaign_is_checked(given: Given, changes: dict[str, Any], match: str) -> None:
    given().when(create(**changes)).raises(DomainError, match=match)


def test_coupons_go_to_each_customer_of_the_target_once(given: Given) -> None:
    given(created(), issued(A)).when(IssueCoupons(CAMPAIGN, (B, A), START)).then(issued(B))


def test_coupon_codes_are_the_campaign_code_and_the_customer(given: Given) -> None:
    assert coupon_code("WINTER", A) == "WINTER-00000000000A"


def test_an_ended_campaign_issues_no_coupons(given: Given) -> None:
    given(created()).when(IssueCoupons(CAMPAIGN, (A,), date(2027, 1, 1))).raises(
        StateConflict, match="ended on 2026-12-31"
    )


def test_a_target_without_customers_is_said_so(given: Given) -> None:
    given(created()).when(IssueCoupons(CAMPAIGN, (), START)).raises(
        StateConflict, match="no customer is in the segment at_risk"
    )


def test_an_unknown_campaign_is_not_found(given: Given) -> None:
    given().when(IssueCoupons(CAMPAIGN, (A,), START)).raises(NotFound, match="no campaign")
