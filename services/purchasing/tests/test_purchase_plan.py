"""Purchase plan: how much to order for a suggestion, the sales rate, and the draft order."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from typing import Any
from uuid import UUID

import pytest

from jxc.platform.decider import DomainError, StateConflict
from jxc.purchasing.domain import OrderLine, purchase_order_decider
from jxc.purchasing.domain.purchase_plan import (
    DemandForecast,
    DraftFromSuggestion,
    Suggestion,
    SuggestionStatus,
    cover_days,
    covers,
    draft_order,
    forecast_demand,
    sales_rate,
    suggested_quantity,
)
from services.purchasing.tests.builders import PO, SUPPLIER

SUGGESTION = UUID("0190a000-0000-7000-8000-0000000000f1")
# min 20, max 100, 12 available: without a reorder quantity, order up to max
LOW = Suggestion(
    suggestion_id=SUGGESTION,
    sku="TEA-01",
    warehouse="WH-SH",
    unit="box",
    available=D("12"),
    min_quantity=D("20"),
    max_quantity=D("100"),
    reorder_quantity=None,
    status=SuggestionStatus.OPEN,
)


@pytest.mark.parametrize(
    ("in_flight", "expected"), [("0", "88"), ("30", "58"), ("88", "0"), ("120", "0")]
)
def test_without_a_reorder_quantity_order_up_to_max_less_what_is_in_flight(
    in_flight: str, expected: str
) -> None:
    assert suggested_quantity(LOW, D(in_flight)) == D(expected)


@pytest.mark.parametrize(
    ("in_flight", "expected"), [("0", "50"), ("30", "20"), ("50", "0"), ("80", "0")]
)
def test_a_rule_with_a_reorder_quantity_orders_that_less_what_is_in_flight(
    in_flight: str, expected: str
) -> None:
    assert suggested_quantity(replace(LOW, reorder_quantity=D("50")), D(in_flight)) == D(expected)


def test_negative_available_orders_more() -> None:
    assert suggested_quantity(replace(LOW, available=D("-5")), D("0")) == D("105")


def test_the_sales_rate_is_the_daily_average_over_the_days() -> None:
    assert sales_rate(D("90"), 30) == D("3")
    assert sales_rate(D("100"), 30) == D("3.333333")
    assert sales_rate(D("0"), 30) == 0


def test_cover_is_how_many_days_what_is_available_lasts() -> None:
    assert cover_days(D("12"), D("3.333333")) == D("3.6")
    assert cover_days(D("12"), D("0")) is None
    assert cover_days(D("-3"), D("2")) == D("0.0")


def draft(**changes: Any) -> DraftFromSuggestion:
    values: dict[str, Any] = {
        "suggestion": LOW,
        "in_flight": D("30"),
        "purchase_order_id": PO,
        "supplier_id": SUPPLIER,
        "supplier_currency": "CNY",
        "supplier_blocked": False,
        "unit_price": D("12.50"),
        "expected_date": date(2026, 12, 20),
    }
    values.update(changes)
    return DraftFromSuggestion(**values)


def test_a_suggestion_becomes_a_one_line_draft_of_the_suggested_quantity() -> None:
    command = draft_order(draft())
    assert (command.purchase_order_id, command.supplier_id, command.currency) == (
        PO,
        SUPPLIER,
        "CNY",
    )
    assert command.suggestion_id == SUGGESTION
    assert list(command.lines) == [
        OrderLine(1, "TEA-01", D("58"), "box", D("12.50"), "WH-SH", date(2026, 12, 20))
    ]
    [created] = purchase_order_decider.decide(command, purchase_order_decider.initial_state)
    assert created.suggestion_id == SUGGESTION  # type: ignore[attr-defined]


def test_a_quantity_sent_overrides_the_suggested_one() -> None:
    assert draft_order(draft(quantity=D("200"), in_flight=D("500"))).lines[0].quantity == D("200")


def test_with_nothing_to_order_a_quantity_must_be_sent() -> None:
    expected = "nothing to order for TEA-01 in WH-SH: the rule asks for 88 and open orders "
    expected += "already bring 90"
    with pytest.raises(DomainError, match=expected) as e:
        draft_order(draft(in_flight=D("90")))
    assert e.value.fields == ("quantity",)


def test_a_suggestion_becomes_one_order_only() -> None:
    ordered = replace(LOW, status=SuggestionStatus.ORDERED, purchase_order_id=PO)
    with pytest.raises(StateConflict, match=f"already turned into purchase order {PO}"):
        draft_order(draft(suggestion=ordered))


def test_a_resolved_suggestion_is_not_ordered() -> None:
    resolved = replace(LOW, status=SuggestionStatus.RESOLVED)
    with pytest.raises(StateConflict, match="no longer below its minimum"):
        draft_order(draft(suggestion=resolved))


# --- with sales' demand forecast (issue 8, item 8) --------------------------------------------

FORECAST = DemandForecast(
    first_week=date(2026, 11, 30),  # a Monday
    weeks=(D("70"), D("140"), D("210")),
    method="holt_winters",
)


def test_the_forecast_demand_over_the_lead_time_is_a_seventh_of_each_week_a_day() -> None:
    # Thursday 3 Dec + 14 days: 4 days of week 0, 7 of week 1, 3 of week 2
    assert forecast_demand(FORECAST, date(2026, 12, 3), 14) == D("40") + D("140") + D("90")
    # days past the last week count as days of the last week; days before the first, of the first
    assert forecast_demand(FORECAST, date(2026, 12, 14), 14) == D("420")
    assert forecast_demand(FORECAST, date(2026, 11, 28), 2) == D("20")


def test_a_forecast_whose_weeks_are_all_past_no_longer_covers_today() -> None:
    assert covers(FORECAST, date(2026, 11, 30))
    assert covers(FORECAST, date(2026, 12, 20))  # the last day of its last week
    assert not covers(FORECAST, date(2026, 12, 21))


def test_a_forecast_raises_what_is_suggested_to_cover_the_lead_time_and_keep_the_minimum() -> None:
    # up to max: 88; forecast need 270 + 20 - 12 = 278
    assert suggested_quantity(LOW, D("0"), demand=D("270")) == D("278")
    assert suggested_quantity(LOW, D("30"), demand=D("270")) == D("248")
    assert suggested_quantity(LOW, D("0"), demand=D("10.2")) == D("88")  # the rule is more
    assert suggested_quantity(LOW, D("0"), demand=D("100.2")) == D("109")  # whole units, up
    assert suggested_quantity(LOW, D("0"), demand=None) == D("88")  # no forecast: the rule


def test_a_draft_from_a_suggestion_orders_the_forecast_need() -> None:
    command = DraftFromSuggestion(
        suggestion=LOW,
        in_flight=D("0"),
        purchase_order_id=PO,
        supplier_id=SUPPLIER,
        supplier_currency="CNY",
        supplier_blocked=False,
        unit_price=D("12.50"),
        demand=D("270"),
    )
    [line] = draft_order(command).lines
    assert line.quantity == D("278")
