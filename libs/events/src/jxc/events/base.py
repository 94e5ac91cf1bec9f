"""Base of every event contract, and the value types they share."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict

# The value types live with the wire limits (jxc.events.limits), shared with the HTTP edge.
from jxc.events.limits import (
    Amount,
    Code,
    Currency,
    NonNegativeAmount,
    NonNegativeQuantity,
    PositiveQuantity,
    Quantity,
    Sku,
    Unit,
)

__all__ = [
    "Amount",
    "Code",
    "Currency",
    "DomainEvent",
    "Money",
    "NonNegativeAmount",
    "NonNegativeQuantity",
    "PositiveQuantity",
    "Quantity",
    "Sku",
    "Unit",
]


class Money(BaseModel):
    """An amount in an ISO 4217 currency. Decimal, never float."""

    model_config = ConfigDict(frozen=True)

    amount: Amount
    currency: Currency


class DomainEvent(BaseModel):
    """A fact that happened. Subclasses set `event_type` (stable, never a class path)
    and `schema_version`; the pydantic model is the contract on the wire."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    event_type: ClassVar[str]
    schema_version: ClassVar[int] = 1
