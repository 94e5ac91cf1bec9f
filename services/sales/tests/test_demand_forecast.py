"""Issue 8, item 8: the demand forecast of a weekly series is chosen by backtest against a
naive forecast, and falls back to the naive one when the history is short or no model beats
it; a forecast is recorded only when it changes."""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from jxc.events.contracts.sales import DemandForecasted
from jxc.platform.decider import DomainError
from jxc.sales.domain.demand_forecast import (
    DemandForecastState,
    RecordForecast,
    demand_forecast_decider,
    forecast,
    week_of,
    weekly_history,
)
from jxc.sales.domain.demand_forecast.selection import mean_absolute_error


def seasonal(weeks: int, season: int, *, seed: int = 7, noise: float = 6.0) -> list[Decimal]:
    rng = random.Random(seed)
    return [
        Decimal(
            round(100 + 0.4 * t + 30 * math.sin(2 * math.pi * t / season) + rng.gauss(0, noise), 3)
        )
        for t in range(weeks)
    ]


def test_a_seasonal_series_gets_holt_winters_and_it_beats_the_seasonal_naive_on_new_weeks() -> None:
    series = seasonal(156 + 13, 13)
    history, future = series[:156], [float(v) for v in series[156:]]

    chosen = forecast(history, horizon=13, seasons=[52, 13], holdout=13)

    assert (chosen.method, chosen.season) == ("holt_winters", 13)
    assert (chosen.history_weeks, chosen.holdout_weeks, len(chosen.weeks)) == (156, 13, 13)
    assert dict(chosen.errors)["holt_winters/13"] < dict(chosen.errors)["seasonal_naive/52"]
    naive = [float(v) for v in history[-52:-39]]  # the same weeks a year ago
    model = mean_absolute_error(future, [float(v) for v in chosen.weeks])
    assert model < mean_absolute_error(future, naive)


def test_a_short_history_falls_back_to_the_last_value() -> None:
    chosen = forecast([Decimal(5), Decimal(7), Decimal(6)], horizon=4, seasons=[52], holdout=13)

    assert (chosen.method, chosen.season, chosen.holdout_weeks) == ("last_value", None, 0)
    assert chosen.weeks == (Decimal("6.000"),) * 4
    assert chosen.errors == ()


def test_a_year_of_history_and_a_little_more_is_judged_against_the_seasonal_naive() -> None:
    """60 weeks: too short for a 52-week Holt-Winters, long enough for the naive baseline of
    the same week a year ago; the model that does not beat it leaves the naive forecast."""
    series = [Decimal(10 + (t % 52 == 5) * 90) for t in range(60)]  # one spike a year

    chosen = forecast(series, horizon=8, seasons=[52], holdout=4)

    labels = [label for label, _ in chosen.errors]
    assert "holt_winters/52" not in labels
    assert chosen.method == "seasonal_naive"
    assert chosen.season == 52
    assert chosen.weeks == tuple(Decimal(v).quantize(Decimal("0.001")) for v in series[-52:-44])


def test_a_flat_series_is_never_forecast_worse_than_the_naive() -> None:
    series = [Decimal(20)] * 40

    chosen = forecast(series, horizon=3, seasons=[52, 13], holdout=8)

    assert chosen.method in {"seasonal_naive", "last_value"}
    assert chosen.weeks == (Decimal("20.000"),) * 3


def test_a_forecast_is_never_negative() -> None:
    falling = [Decimal(100 - 9 * t) for t in range(12)]

    chosen = forecast(falling, horizon=10, seasons=[52], holdout=3)

    assert chosen.method == "holt"
    assert min(chosen.weeks) == Decimal("0.000")


def test_weeks_start_on_monday_and_the_history_stops_before_the_forecast() -> None:
    totals = {
        date(2026, 11, 2): Decimal(3),  # Monday
        date(2026, 11, 8): Decimal(4),  # Sunday, same week
        date(2026, 11, 18): Decimal(5),  # two weeks later
        date(2026, 11, 30): Decimal(9),  # the week forecast: not history
    }
    assert week_of(date(2026, 11, 8)) == date(2026, 11, 2)
    assert weekly_history(totals, date(2026, 11, 30)) == [Decimal(7), Decimal(0), Decimal(5), 0]


NOW = datetime(2026, 11, 30, 6, tzinfo=UTC)


def record(first_week: date, history: list[Decimal]) -> RecordForecast:
    chosen = forecast(history, horizon=4, seasons=[52], holdout=2)
    return RecordForecast("TEA", "WH-SH", "box", first_week, chosen, NOW)


def test_given_no_forecast_when_one_is_recorded_then_it_is_published() -> None:
    [event] = demand_forecast_decider.decide(
        record(date(2026, 11, 30), [Decimal(4)] * 6), DemandForecastState()
    )

    assert isinstance(event, DemandForecasted)
    assert (event.sku, event.warehouse, event.first_week, event.method) == (
        "TEA",
        "WH-SH",
        date(2026, 11, 30),
        "last_value",
    )
    assert event.weeks == [Decimal("4.000")] * 4


def test_given_a_forecast_when_the_same_is_computed_again_then_nothing_is_recorded() -> None:
    command = record(date(2026, 11, 30), [Decimal(4)] * 6)
    state = demand_forecast_decider.fold(
        demand_forecast_decider.decide(command, DemandForecastState())
    )

    assert demand_forecast_decider.decide(command, state) == []
    assert (
        len(demand_forecast_decider.decide(record(date(2026, 12, 7), [Decimal(4)] * 6), state)) == 1
    )


def test_a_forecast_week_that_is_not_a_monday_is_refused() -> None:
    with pytest.raises(DomainError) as refused:
        demand_forecast_decider.decide(
            record(date(2026, 12, 1), [Decimal(4)] * 6), DemandForecastState()
        )
    assert refused.value.fields == ("first_week",)
