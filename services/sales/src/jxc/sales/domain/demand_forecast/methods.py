"""Forecasting methods over a weekly series: the naive ones (the same week a season ago, or the
last week again) and exponential smoothing (Holt's trend, Holt-Winters' additive season) as
statsmodels fits it. Numbers are floats here, as the fitting needs; what leaves this module as
a quantity is made a Decimal by `selection`."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from statsmodels.tsa.holtwinters import ExponentialSmoothing

SEASONAL_NAIVE = "seasonal_naive"
LAST_VALUE = "last_value"
HOLT = "holt"
HOLT_WINTERS = "holt_winters"
#: Below this many weeks of training history a trend is not fitted.
MIN_TREND_WEEKS = 8


@dataclass(frozen=True, slots=True)
class Method:
    """A way to forecast `horizon` weeks after `history`; `season` in weeks, or None."""

    name: str
    season: int | None = None

    def fits(self, weeks: int) -> bool:
        """Whether a history of `weeks` weeks is long enough for this method."""
        if self.name == LAST_VALUE:
            return weeks >= 1
        if self.name == SEASONAL_NAIVE:
            return self.season is not None and weeks >= self.season
        if self.name == HOLT:
            return weeks >= MIN_TREND_WEEKS
        # Holt-Winters estimates a season from two full ones at least, plus a little.
        return self.season is not None and weeks >= 2 * self.season + 2

    def forecast(self, history: Sequence[float], horizon: int) -> list[float]:
        if self.name == LAST_VALUE:
            return [history[-1]] * horizon
        season = self.season
        assert season is not None or self.name == HOLT
        if self.name == SEASONAL_NAIVE:
            assert season is not None
            last = history[-season:]
            return [last[i % season] for i in range(horizon)]
        return _smoothing(history, horizon, season)

    @property
    def label(self) -> str:
        return self.name if self.season is None else f"{self.name}/{self.season}"


def _smoothing(history: Sequence[float], horizon: int, season: int | None) -> list[float]:
    model = ExponentialSmoothing(
        np.asarray(history, dtype=float),
        trend="add",
        damped_trend=True,
        seasonal=None if season is None else "add",
        seasonal_periods=season,
        initialization_method="estimated",
    )
    with warnings.catch_warnings():
        # Convergence warnings: the backtest judges the fit, whatever the optimiser says.
        warnings.simplefilter("ignore")
        fitted = model.fit()
        values = fitted.forecast(horizon)
    return [float(v) for v in values]


def naive_for(season: int | None, weeks: int) -> Method:
    """The baseline: the same week a season ago when the history holds a season, else the
    last week again."""
    if season is not None and Method(SEASONAL_NAIVE, season).fits(weeks):
        return Method(SEASONAL_NAIVE, season)
    return Method(LAST_VALUE)


def models_for(seasons: Sequence[int]) -> list[Method]:
    """The models tried against the baseline: Holt-Winters for each season length, and Holt."""
    return [Method(HOLT_WINTERS, s) for s in seasons] + [Method(HOLT)]
