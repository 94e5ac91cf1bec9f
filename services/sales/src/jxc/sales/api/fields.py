"""Field types the logistics routers share (the wire limits of jxc.events.limits)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events import limits

Text = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
Reason = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_REASON)]
Code = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_CODE)]
Currency = Annotated[limits.Currency, Field(description="ISO 4217, e.g. CNY")]
Weight = Annotated[limits.PositiveQuantity, Field(description="kilograms")]
Volume = Annotated[limits.PositiveQuantity, Field(description="cubic metres")]
Latitude = Annotated[Decimal, Field(ge=-90, le=90, allow_inf_nan=False, decimal_places=7)]
Longitude = Annotated[Decimal, Field(ge=-180, le=180, allow_inf_nan=False, decimal_places=7)]
MAX_PAGE = 200
WaitFor = Annotated[
    UUID | None,
    Query(description="wait (bounded) until the read model has applied this event id"),
]
WaitSeconds = Annotated[float, Query(gt=0, le=30, description="how long to wait at most")]
