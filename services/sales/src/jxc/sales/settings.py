"""Sales' own settings (JXC_SALES_*): the overdue receivables a customer may have and still
buy, the demand forecasts' horizon, season lengths, backtest and schedule."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class SalesSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JXC_SALES_", extra="ignore")

    #: A customer's receivables overdue (finance.ReceivablesChanged) above this amount hold its
    #: new orders for a credit controller, whatever its credit limit; 0: any overdue amount.
    credit_overdue_allowed: Decimal = Field(default=Decimal(0), ge=0, max_digits=20)

    #: How many weeks a forecast covers, the current week first.
    forecast_weeks: int = Field(default=13, ge=1, le=104)
    #: The season lengths tried (weeks): a year, a quarter. The longest the history holds is
    #: the naive baseline's (the same week a season ago).
    #: A JSON list, e.g. JXC_SALES_FORECAST_SEASONS='[52, 13]'; an empty one tries Holt only.
    forecast_seasons: list[Annotated[int, Field(ge=2, le=104)]] = Field(
        default=[52, 13], max_length=4
    )
    #: The last weeks of the history held out to choose the method by backtest.
    forecast_holdout_weeks: int = Field(default=13, ge=1, le=104)
    #: The schedule recomputes every forecast this often (minutes); 0 turns it off.
    forecast_every_minutes: float = Field(default=24 * 60, ge=0)
    #: How often the schedule looks whether a recomputation is due (seconds).
    forecast_check_seconds: float = Field(default=30, gt=0, le=3600)
