"""What every purchasing endpoint shares: body types, the command answer, metadata and
idempotency. Commands answer with the stream id, its new version and the ids of the events
recorded; `Idempotency-Key` makes a retried command return the first answer."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field

from jxc.events import limits
from jxc.platform.commands import CommandResult

WaitFor = Annotated[
    UUID | None,
    Query(description="wait (bounded) until the read model has applied this event id"),
]
WaitSeconds = Annotated[float, Query(gt=0, le=30, description="how long to wait at most")]
Text = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
Reason = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_REASON)]
Code = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_CODE)]
Unit = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_UNIT)]
Currency = Annotated[limits.Currency, Field(description="ISO 4217, e.g. CNY")]
Qty = Annotated[limits.NonNegativeQuantity, Field(description='a decimal, e.g. "12.5"')]
PositiveQty = Annotated[limits.PositiveQuantity, Field(description='a decimal, e.g. "12.5"')]
LineNo = Annotated[int, Field(ge=1, description="the purchase order line")]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Answer(BaseModel):
    """What a command answers."""

    id: UUID
    stream_id: str
    version: int
    event_ids: list[UUID]


def answer(result: CommandResult) -> dict[str, Any]:
    return {"id": UUID(result.stream_id[-36:]), **result.to_json()}
