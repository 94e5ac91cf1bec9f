"""The value types sales' bodies and queries share (the plans' and forecasts')."""

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
Code = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_CODE)]
Name = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
Currency = Annotated[limits.Currency, Field(description="ISO 4217, e.g. CNY")]
Limit = Annotated[int, Query(ge=1, le=200, description="at most this many items")]
