"""Inventory's own settings (JXC_INVENTORY_*): the company's valuation method and currency."""

from pydantic_settings import BaseSettings, SettingsConfigDict

from jxc.inventory.domain.stock import Valuation


class InventorySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JXC_INVENTORY_", extra="ignore")

    valuation: Valuation = Valuation.MOVING_AVERAGE
    currency: str = "CNY"
