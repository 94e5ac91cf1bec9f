"""Invoicing's settings (JXC_SALES_*): an invoice per shipment or per order, issued when a
shipment is dispatched (per order: when the order's last line is dispatched), and the
payment terms."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class InvoicingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JXC_SALES_", extra="ignore")

    #: `shipment`: an invoice per dispatched shipment; `order`: one per order, once all of it
    #: is dispatched.
    invoice_per: Literal["shipment", "order"] = "shipment"
    #: An invoice falls due this many days after it is issued.
    payment_terms_days: int = Field(default=30, ge=0, le=3650)
