"""Base of every event contract, and the value types they share."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Sku = Annotated[str, StringConstraints(min_length=1, max_length=64, strip_whitespace=True)]
Code = Annotated[str, StringConstraints(min_length=1, max_length=64, strip_whitespace=True)]
Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
Unit = Annotated[str, StringConstraints(min_length=1, max_length=16)]
Quantity = Annotated[Decimal, Field(allow_inf_nan=False, max_digits=20, decimal_places=6)]
NonNegativeQuantity = Annotated[Quantity, Field(ge=0)]
PositiveQuantity = Annotated[Quantity, Field(gt=0)]
Amount = Annotated[Decimal, Field(allow_inf_nan=False, max_digits=20, decimal_places=6)]
NonNegativeAmount = Annotated[Amount, Field(ge=0)]


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
