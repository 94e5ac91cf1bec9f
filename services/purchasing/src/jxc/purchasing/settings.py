"""Purchasing's own settings (JXC_PURCHASING_*): approval and invoice-matching rules, and the
window of the sales rate and the lead time of the purchase plan."""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class PurchasingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JXC_PURCHASING_", extra="ignore")

    #: An order whose total is above this (in the order's currency) needs two approvals.
    second_approval_above: Decimal = Field(default=Decimal(100000), ge=0, allow_inf_nan=False)
    #: 3-way match: how far an invoice may go beyond what was received, in % of it.
    invoice_quantity_tolerance_percent: Decimal = Field(
        default=Decimal(0), ge=0, allow_inf_nan=False
    )
    #: 3-way match: how far an invoiced unit price may be from the PO price, in % of it.
    invoice_price_tolerance_percent: Decimal = Field(default=Decimal(2), ge=0, allow_inf_nan=False)
    #: Purchase plan: the sales rate is the average daily shipment over this many days.
    sales_rate_days: int = Field(default=30, ge=1, le=3650)
    #: Purchase plan: days from ordering to receiving, over which sales' demand forecast (when
    #: there is one for the SKU x warehouse) is summed to size the suggestion.
    lead_time_days: int = Field(default=14, ge=1, le=365)
