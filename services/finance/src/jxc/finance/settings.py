"""Finance's own settings (JXC_FINANCE_*)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class FinanceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JXC_FINANCE_", extra="ignore")

    #: the `receivables-review` worker: how often customers' receivables are re-reported to
    #: sales as invoices fall due (seconds; an hour by default).
    receivables_review_seconds: float = Field(default=3600.0, ge=1, le=86400)
