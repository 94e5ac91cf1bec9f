"""What every purchasing endpoint shares: body types, the command answer, metadata and
idempotency. Commands answer with the stream id, its new version and the ids of the events
recorded; `Idempotency-Key` makes a retried command return the first answer."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field

from jxc.platform.commands import CommandResult

WaitFor = Annotated[
    UUID | None,
    Query(description="wait (bounded) until the read model has applied this event id"),
]
WaitSeconds = Annotated[float, Query(gt=0, le=30, description="how long to wait at most")]
Text = Annotated[str, Field(min_length=1, max_length=200)]
Reason = Annotated[str, Field(min_length=1, max_length=500)]
Code = Annotated[str, Field(min_length=1, max_length=64)]
Unit = Annotated[str, Field(min_length=1, max_length=16)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217, e.g. CNY")]
Qty = Annotated[Decimal, Field(ge=0, allow_inf_nan=False, description='a decimal, e.g. "12.5"')]
PositiveQty = Annotated[
    Decimal, Field(gt=0, allow_inf_nan=False, description='a decimal, e.g. "12.5"')
]
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
