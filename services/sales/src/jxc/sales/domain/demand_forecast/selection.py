"""Choosing a series' forecast by backtest: the last `holdout` weeks of the history are held
out, each method forecasts them from the weeks before, and the one with the smallest mean
absolute error is chosen if it beats the naive baseline (seasonal-naive, or the last value
when the history is shorter than a season). A model that does not beat it, a history too
short to hold weeks out, or a model that fails to fit leaves the naive forecast."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from numpy.linalg import LinAlgError

from jxc.sales.domain.demand_forecast.methods import Method, models_for, naive_for

QUANTUM = Decimal("0.001")


@dataclass(frozen=True, slots=True)
class Forecast:
    method: str
    season: int | None
    weeks: tuple[Decimal, ...]
    history_weeks: int
    holdout_weeks: int
    errors: tuple[tuple[str, Decimal], ...]  # (method label, mean absolute error), best first


def mean_absolute_error(actual: Sequence[float], predicted: Sequence[float]) -> float:
    return sum(abs(a - p) for a, p in zip(actual, predicted, strict=True)) / len(actual)


def longest_season(seasons: Sequence[int], weeks: int) -> int | None:
    """The longest of `seasons` a history of `weeks` weeks holds at least once."""
    return max((s for s in seasons if s <= weeks), default=None)


def forecast(
    history: Sequence[Decimal], horizon: int, seasons: Sequence[int], holdout: int
) -> Forecast:
    """The forecast of the `horizon` weeks after `history` (weekly demand, oldest first, at
    least one week) by the method the backtest chooses; `seasons` are the season lengths
    tried (in weeks)."""
    if not history or horizon < 1 or holdout < 1:
        raise ValueError("a forecast needs a history, a horizon and a holdout")
    values = [float(v) for v in history]
    naive = naive_for(longest_season(seasons, len(values)), len(values))
    train, held = values[:-holdout], values[-holdout:]
    if len(train) < holdout:  # too short to judge a model on: the naive forecast
        return _final(naive, values, horizon, 0, ())
    baseline = naive_for(longest_season(seasons, len(train)), len(train))
    scored = [(mean_absolute_error(held, baseline.forecast(train, holdout)), baseline)]
    for model in models_for(seasons):
        if model.fits(len(train)):
            predicted = _predicted(model, train, holdout)
            if predicted is not None:
                scored.append((mean_absolute_error(held, predicted), model))
    best_error, best = min(scored, key=lambda s: s[0])
    chosen = best if best is not baseline and best_error < scored[0][0] else naive
    ranked = sorted(scored, key=lambda s: (s[0], s[1].label))
    errors = tuple((m.label, _quantity(e)) for e, m in ranked)
    return _final(chosen, values, horizon, holdout, errors)


def _final(
    method: Method,
    values: Sequence[float],
    horizon: int,
    holdout: int,
    errors: tuple[tuple[str, Decimal], ...],
) -> Forecast:
    predicted = _predicted(method, values, horizon)
    if predicted is None:  # it fitted the backtest but not the whole history: naive then
        method = naive_for(method.season, len(values))
        predicted = method.forecast(values, horizon)
    return Forecast(
        method=method.name,
        season=method.season,
        weeks=tuple(_quantity(v) for v in predicted),
        history_weeks=len(values),
        holdout_weeks=holdout,
        errors=errors,
    )


def _predicted(method: Method, values: Sequence[float], horizon: int) -> list[float] | None:
    """The method's forecast, or None when it cannot fit or forecasts something not finite."""
    try:
        predicted = method.forecast(values, horizon)
    except (ValueError, ArithmeticError, LinAlgError):
        return None
    return predicted if all(math.isfinite(v) for v in predicted) else None


def _quantity(value: float) -> Decimal:
    """A forecast quantity: never negative, to the thousandth."""
    return Decimal(repr(max(value, 0.0))).quantize(QUANTUM)
