"""Crm's own settings (JXC_CRM_*)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class CrmSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JXC_CRM_", extra="ignore")

    #: the `rfm` worker: how often the RFM segments are recomputed (seconds; a day by default).
    rfm_interval_seconds: float = Field(default=86400.0, ge=1, le=31 * 86400)
