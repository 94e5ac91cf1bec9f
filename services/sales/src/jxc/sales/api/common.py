"""The value types sales' bodies and queries share. Command plumbing (roles, the
answer, metadata, Idempotency-Key) is jxc.platform.http_commands."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events import limits

WaitFor = Annotated[
    UUID | None,
    Query(description="wait (bounded) until the read model has applied this event id"),
]
WaitSeconds = Annotated[float, Query(gt=0, le=30, description="how long to wait at most")]
Text = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
Reason = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_REASON)]
Code = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_CODE)]
Unit = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_UNIT)]
Name = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
Currency = Annotated[limits.Currency, Field(description="ISO 4217, e.g. CNY")]
Qty = Annotated[limits.NonNegativeQuantity, Field(description='a decimal, e.g. "12.5"')]
PositiveQty = Annotated[limits.PositiveQuantity, Field(description='a decimal, e.g. "12.5"')]
LineNo = Annotated[int, Field(ge=1, description="the order line")]
Percent = Annotated[limits.Amount, Field(ge=0, le=1, description='a fraction: "0.05" is 5 %')]
MAX_PAGE = 200
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="at most this many items")]
