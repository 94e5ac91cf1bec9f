"""Reorder rules: setting and removing them, and alerts once per crossing (pure domain)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    LowStockDetected,
    OverstockDetected,
    ReorderRuleRemoved,
    ReorderRuleSet,
    StockBackInRange,
)
from jxc.inventory.domain.reorder import (
    CheckStock,
    Level,
    RemoveReorderRule,
    ReorderRuleState,
    Rule,
    SetReorderRule,
    alerts,
    level_of,
    reorder_decider,
    stream_of,
)
from jxc.platform.decider import Decider, DomainError, NotFound

Given = Callable[..., Any]
D = Decimal
SKU, WH = "TEA-1", "WH-A"


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return reorder_decider


def set_rule(
    available: str = "30", low: str = "10", high: str = "50", reorder: str | None = "40"
) -> SetReorderRule:
    return SetReorderRule(
        sku=SKU,
        warehouse=WH,
        min_quantity=D(low),
        max_quantity=D(high),
        reorder_quantity=None if reorder is None else D(reorder),
        unit="pcs",
        available=D(available),
    )


def rule_set(low: str = "10", high: str = "50", reorder: str | None = "40") -> ReorderRuleSet:
    return ReorderRuleSet(
        sku=SKU,
        warehouse=WH,
        min_quantity=D(low),
        max_quantity=D(high),
        reorder_quantity=None if reorder is None else D(reorder),
        unit="pcs",
    )


def low(available: str, low_: str = "10", high: str = "50") -> LowStockDetected:
    return LowStockDetected(
        sku=SKU,
        warehouse=WH,
        available=D(available),
        min_quantity=D(low_),
        max_quantity=D(high),
        reorder_quantity=D(40),
        unit="pcs",
    )


def over(available: str, high: str = "50") -> OverstockDetected:
    return OverstockDetected(
        sku=SKU, warehouse=WH, available=D(available), max_quantity=D(high), unit="pcs"
    )


def back(available: str, was: str) -> StockBackInRange:
    return StockBackInRange(
        sku=SKU,
        warehouse=WH,
        available=D(available),
        min_quantity=D(10),
        max_quantity=D(50),
        unit="pcs",
        was=was,
    )


# --- levels --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("available", "level"),
    [
        ("9.999999", Level.BELOW_MIN),
        ("10", Level.IN_RANGE),  # at min is not low
        ("50", Level.IN_RANGE),  # at max is not over
        ("50.000001", Level.ABOVE_MAX),
        ("-3", Level.BELOW_MIN),
    ],
)
def test_the_level_of_available_stock_against_a_rule(available: str, level: Level) -> None:
    assert level_of(Rule(D(10), D(50), None, "pcs"), D(available)) == level


def test_the_rule_stream_is_per_sku_and_warehouse() -> None:
    assert stream_of(SKU, WH) == "reorder-rule-TEA-1@WH-A"
    assert reorder_decider.stream_id(f"{SKU}@{WH}") == stream_of(SKU, WH)


# --- setting a rule ------------------------------------------------------------------------


def test_a_rule_set_with_stock_in_range_records_only_the_rule(given: Given) -> None:
    state = given().when(set_rule("30")).then(rule_set())
    assert state.rule == Rule(D(10), D(50), D(40), "pcs")
    assert state.level is Level.IN_RANGE


def test_a_rule_set_while_already_below_min_alerts_at_once(given: Given) -> None:
    state = given().when(set_rule("4")).then(rule_set(), low("4"))
    assert state.level is Level.BELOW_MIN


def test_a_rule_set_for_stock_never_received_is_low(given: Given) -> None:
    given().when(set_rule("0")).then(rule_set(), low("0"))


def test_a_rule_set_while_above_max_alerts_overstock(given: Given) -> None:
    given().when(set_rule("80")).then(rule_set(), over("80"))


def test_setting_the_same_rule_again_records_nothing(given: Given) -> None:
    given(rule_set()).when(set_rule("30")).then()


def test_setting_the_same_rule_while_low_does_not_alert_again(given: Given) -> None:
    given(rule_set(), low("4")).when(set_rule("3")).then()


def test_changing_a_rule_while_low_alerts_only_if_the_level_changes(given: Given) -> None:
    # still below the new min: the alert stands, nothing more to say
    given(rule_set(), low("4")).when(set_rule("4", low="8")).then(rule_set(low="8"))
    # the new min is below the stock: the alert is over
    given(rule_set(), low("4")).when(set_rule("4", low="2")).then(
        rule_set(low="2"),
        StockBackInRange(
            sku=SKU,
            warehouse=WH,
            available=D(4),
            min_quantity=D(2),
            max_quantity=D(50),
            unit="pcs",
            was="below_min",
        ),
    )


def test_a_rule_removed_and_set_again_starts_afresh(given: Given) -> None:
    history = (rule_set(), low("4"), ReorderRuleRemoved(sku=SKU, warehouse=WH))
    given(*history).when(set_rule("4")).then(rule_set(), low("4"))


def test_the_reorder_quantity_is_optional(given: Given) -> None:
    given().when(set_rule("30", reorder=None)).then(rule_set(reorder=None))


@pytest.mark.parametrize(
    ("command", "message", "fields"),
    [
        (set_rule(low="-1"), "min_quantity cannot be negative", ("min_quantity",)),
        (set_rule(low="0", high="0"), "max_quantity must be greater", ("max_quantity",)),
        (
            set_rule(low="60", high="50"),
            r"min_quantity \(60\) cannot be greater than max_quantity \(50\)",
            ("min_quantity", "max_quantity"),
        ),
        (set_rule(reorder="0"), "reorder_quantity must be greater", ("reorder_quantity",)),
        (set_rule(low="1.0000001"), "at most 6 decimal places", ("min_quantity",)),
        (set_rule(high="1E+15"), "too large", ("max_quantity",)),
        (set_rule(low="NaN"), "must be a number", ("min_quantity",)),
    ],
)
def test_a_rule_that_makes_no_sense_is_refused(
    given: Given, command: SetReorderRule, message: str, fields: tuple[str, ...]
) -> None:
    given().when(command).raises(DomainError, message, fields=fields)


def test_min_may_equal_max_and_min_may_be_zero(given: Given) -> None:
    given().when(set_rule("5", low="5", high="5")).then(rule_set(low="5", high="5"))
    given().when(set_rule("0", low="0")).then(rule_set(low="0"))


def test_a_rule_keeps_its_unit(given: Given) -> None:
    command = SetReorderRule(SKU, WH, D(1), D(2), "kg", D(1))
    given(rule_set()).when(command).raises(DomainError, "in pcs, not kg", fields=("unit",))


def test_a_sku_with_a_slash_cannot_name_a_rule(given: Given) -> None:
    command = SetReorderRule("A/B", WH, D(1), D(2), "pcs", D(1))
    given().when(command).raises(DomainError, "may not contain", fields=("sku",))


# --- removing ------------------------------------------------------------------------------


def test_removing_a_rule(given: Given) -> None:
    state = (
        given(rule_set(), low("4"))
        .when(RemoveReorderRule(SKU, WH))
        .then(ReorderRuleRemoved(sku=SKU, warehouse=WH))
    )
    assert state == ReorderRuleState(sku=SKU, warehouse=WH)


def test_removing_a_rule_that_is_not_there(given: Given) -> None:
    given().when(RemoveReorderRule(SKU, WH)).raises(NotFound, "no reorder rule for TEA-1")


# --- crossings -----------------------------------------------------------------------------


def walk(*available: str) -> list[DomainEvent]:
    """The alerts a rule (min 10, max 50, reorder 40) records as available stock moves."""
    state = reorder_decider.fold([rule_set()])
    recorded: list[DomainEvent] = []
    for value in available:
        events = reorder_decider.decide(CheckStock(D(value)), state)
        state = reorder_decider.fold(events, state)
        recorded.extend(events)
    return recorded


def test_falling_below_min_alerts_once_however_many_movements_follow() -> None:
    assert walk("30", "12", "9", "7", "3", "0") == [low("9")]


def test_back_at_min_resets_so_the_next_fall_alerts_again() -> None:
    assert walk("9", "5", "10", "11", "8") == [
        low("9"),
        back("10", "below_min"),
        low("8"),
    ]


def test_rising_above_max_alerts_once_per_crossing() -> None:
    assert walk("60", "70", "50", "51") == [over("60"), back("50", "above_max"), over("51")]


def test_one_movement_from_below_min_to_above_max() -> None:
    assert walk("5", "80", "2") == [low("5"), over("80"), low("2")]


def test_staying_in_range_records_nothing() -> None:
    assert walk("10", "50", "25", "10") == []


def test_no_rule_no_alert() -> None:
    assert alerts(ReorderRuleState(), D(-100)) == []
    assert reorder_decider.decide(CheckStock(D(0)), ReorderRuleState()) == []
