"""Issue 8, item 12: the points ledger. Earned on delivered value, reversed on returns (never
below zero: the rest is owed and settled from the next points earned), redeemed once per
redemption id and never beyond the balance; tiers by tier points."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from pydantic import TypeAdapter

from jxc.crm.domain.loyalty import (
    EarnPoints,
    LoyaltyState,
    RedeemPoints,
    ReversePoints,
    loyalty_decider,
    points_for,
    tier_of,
    voucher_code,
)
from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.crm import (
    MembershipTierChanged,
    PointsEarned,
    PointsRedeemed,
    PointsReversed,
)
from jxc.platform.decider import Decider, DomainError, StateConflict

Given = Callable[..., Any]

CUSTOMER = UUID("0190b000-0000-7000-8000-000000000001")
ORDER = UUID("0190b000-0000-7000-8000-0000000000a1")
OTHER_ORDER = UUID("0190b000-0000-7000-8000-0000000000a2")
SHIPMENT = UUID("0190b000-0000-7000-8000-0000000000b1")
SHIPMENT_2 = UUID("0190b000-0000-7000-8000-0000000000b2")
RETURN = UUID("0190b000-0000-7000-8000-0000000000c1")
RETURN_2 = UUID("0190b000-0000-7000-8000-0000000000c2")
REDEMPTION = UUID("0190b000-0000-7000-8000-0000000000d1")
TODAY = date(2026, 12, 1)


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return loyalty_decider


def cny(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="CNY")


def earned(
    points: int,
    balance: int,
    *,
    settled: int = 0,
    order: UUID = ORDER,
    shipment: UUID = SHIPMENT,
    value: str | None = None,
) -> PointsEarned:
    return PointsEarned(
        customer_id=CUSTOMER,
        order_id=order,
        shipment_id=shipment,
        value=cny(value or str(points)),
        points=points,
        owed_settled=settled,
        balance=balance,
    )


def reversed_(
    points: int, taken: int, owed: int, balance: int, *, value: str | None = None
) -> PointsReversed:
    return PointsReversed(
        customer_id=CUSTOMER,
        order_id=ORDER,
        return_id=RETURN,
        value=cny(value or str(points)),
        points=points,
        taken=taken,
        owed=owed,
        balance=balance,
    )


def earn(value: str, *, shipment: UUID = SHIPMENT, order: UUID = ORDER) -> EarnPoints:
    return EarnPoints(CUSTOMER, order, shipment, cny(value))


def reverse(value: str, *, return_id: UUID = RETURN, order: UUID = ORDER) -> ReversePoints:
    return ReversePoints(CUSTOMER, order, return_id, cny(value))


def redeem(points: int, *, redemption: UUID = REDEMPTION, days: int = 90) -> RedeemPoints:
    return RedeemPoints(CUSTOMER, redemption, points, TODAY, days)


def tier(to: str, previous: str, points: int) -> MembershipTierChanged:
    return MembershipTierChanged(
        customer_id=CUSTOMER, tier=to, previous_tier=previous, tier_points=points
    )


def test_a_delivery_earns_a_point_per_whole_unit_of_its_value(given: Given) -> None:
    state = given().when(earn("250.80")).then(earned(250, 250, value="250.80"))
    assert (state.balance, state.tier_points, state.currency) == (250, 250, "CNY")


def test_the_same_shipment_earns_once(given: Given) -> None:
    given(earned(250, 250)).when(earn("250")).then()


def test_a_value_below_one_unit_earns_nothing(given: Given) -> None:
    given().when(earn("0.99")).then()


def test_points_are_kept_in_one_currency(given: Given) -> None:
    usd = EarnPoints(CUSTOMER, ORDER, SHIPMENT_2, Money(amount=Decimal(5), currency="USD"))
    given(earned(250, 250)).when(usd).raises(DomainError, match="kept in CNY")


def test_earning_past_a_threshold_moves_the_tier(given: Given) -> None:
    given(earned(900, 900)).when(earn("4200", shipment=SHIPMENT_2)).then(
        earned(4200, 5100, shipment=SHIPMENT_2), tier("gold", "member", 5100)
    )


def test_a_return_takes_back_the_points_of_its_value(given: Given) -> None:
    state = (
        given(earned(300, 300))
        .when(reverse("120.5"))
        .then(reversed_(120, 120, 0, 180, value="120.5"))
    )
    assert (state.balance, state.owed, state.tier_points) == (180, 0, 180)


def test_a_reversal_beyond_the_balance_empties_it_and_the_rest_is_owed(given: Given) -> None:
    spent = PointsRedeemed(
        redemption_id=REDEMPTION,
        customer_id=CUSTOMER,
        voucher_code=voucher_code(REDEMPTION),
        points=200,
        value=cny("2"),
        valid_until=TODAY,
    )
    state = given(earned(300, 300), spent).when(reverse("250")).then(reversed_(250, 100, 150, 0))
    assert (state.balance, state.owed) == (0, 150)


def test_what_is_owed_is_settled_from_the_next_points_earned(given: Given) -> None:
    history = (earned(300, 300), reversed_(300, 100, 200, 0))
    state = (
        given(*history)
        .when(earn("500", shipment=SHIPMENT_2, order=OTHER_ORDER))
        .then(earned(500, 300, settled=200, shipment=SHIPMENT_2, order=OTHER_ORDER))
    )
    assert (state.balance, state.owed) == (300, 0)


def test_a_return_read_before_its_delivery_ends_as_if_read_after() -> None:
    """Delivery and return are on different streams (partitions): either order, one outcome."""
    delivery = earn("1250", shipment=SHIPMENT_2, order=OTHER_ORDER)
    back = reverse("300", order=OTHER_ORDER)
    history: list[DomainEvent] = [earned(100, 100)]
    for command in (delivery, back):
        history += loyalty_decider.decide(command, loyalty_decider.fold(history))
    in_order = loyalty_decider.fold(history)
    history = [earned(100, 100)]
    for command in (back, delivery):
        history += loyalty_decider.decide(command, loyalty_decider.fold(history))
    reordered = loyalty_decider.fold(history)
    for state in (in_order, reordered):
        assert (state.balance, state.owed, state.tier_points, state.tier) == (
            1050,
            0,
            1050,
            "silver",
        )


def test_the_same_return_reverses_once(given: Given) -> None:
    given(earned(300, 300), reversed_(100, 100, 0, 200)).when(reverse("100")).then()


def test_a_reversal_below_a_threshold_moves_the_tier_down(given: Given) -> None:
    given(earned(1200, 1200), tier("silver", "member", 1200)).when(reverse("300")).then(
        reversed_(300, 300, 0, 900), tier("member", "silver", 900)
    )


def test_redeeming_makes_a_voucher_worth_a_cent_a_point(given: Given) -> None:
    state = (
        given(earned(1000, 1000))
        .when(redeem(700))
        .then(
            PointsRedeemed(
                redemption_id=REDEMPTION,
                customer_id=CUSTOMER,
                voucher_code=voucher_code(REDEMPTION),
                points=700,
                value=cny("7.00"),
                valid_until=date(2027, 3, 1),
            )
        )
    )
    assert (state.balance, state.redeemed, state.tier_points) == (300, 700, 1000)


def test_a_redemption_is_never_made_twice(given: Given) -> None:
    first = given(earned(1000, 1000)).when(redeem(100)).decided()
    given(earned(1000, 1000), *first).when(redeem(100)).raises(
        StateConflict, match="never spent twice", fields=("redemption_id",)
    )


def test_no_more_than_the_balance_is_redeemed(given: Given) -> None:
    given(earned(300, 300)).when(redeem(400)).raises(
        StateConflict, match="has 300 points; 400 cannot", fields=("points",)
    )


def test_a_customer_without_points_redeems_nothing(given: Given) -> None:
    given().when(redeem(100)).raises(StateConflict, match="has 0 points")


@pytest.mark.parametrize("points", [0, -100, 150])
def test_points_are_redeemed_in_steps_of_a_hundred(given: Given, points: int) -> None:
    given(earned(1000, 1000)).when(redeem(points)).raises(
        DomainError, match="steps of 100", fields=("points",)
    )


def test_a_voucher_is_valid_for_a_sensible_time(given: Given) -> None:
    given(earned(1000, 1000)).when(redeem(100, days=0)).raises(
        DomainError, match="valid for 1 to", fields=("valid_days",)
    )


def test_points_and_tiers() -> None:
    assert [points_for(Decimal(v)) for v in ("-5", "0", "0.99", "1", "99.99")] == [0, 0, 0, 1, 99]
    assert [tier_of(p) for p in (0, 999, 1000, 4999, 5000, 20000)] == [
        "member",
        "member",
        "silver",
        "silver",
        "gold",
        "platinum",
    ]


def test_state_survives_a_snapshot_round_trip() -> None:
    state = loyalty_decider.fold([earned(300, 300), reversed_(300, 100, 200, 0)])
    adapter = TypeAdapter(LoyaltyState)
    assert adapter.validate_json(adapter.dump_json(state)) == state


def test_ledger_lines_carry_the_change_and_the_balance_after_each() -> None:
    from jxc.crm.domain.loyalty.ledger import ledger_lines

    events = [
        earned(300, 300),
        tier("silver", "member", 1300),
        reversed_(250, 200, 50, 100),
    ]
    lines = ledger_lines(events, balance_after=100)
    assert [(x.position, x.kind, x.change, x.balance) for x in lines] == [
        (0, "earned", 300, 300),
        (2, "reversed", -200, 100),
    ]
