"""The value types sales' bodies and queries share. Command plumbing (roles, the
answer, metadata, Idempotency-Key) is jxc.platform.http_commands."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events import limits
from jxc.platform.decider import DomainError
from jxc.platform.paging import MAX_CURSOR, legacy_id

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

#: `after` of a list paged by id that may also be sorted: the id (the old `next`) or, with
#: `sort`/`order`, the cursor of that sort (the `next` such a page answered).
AfterIdOrCursor = Annotated[
    str | None,
    Query(
        max_length=MAX_CURSOR,
        description="the `next` of the page before (with `sort`/`order`: the cursor it gave)",
    ),
]


def sorting(sort: str | None, order: str | None) -> bool:
    """Whether the client asked for a sorted page (else the list's old paging)."""
    return sort is not None or order is not None


def after_id(after: str | None) -> UUID | None:
    """`after` of the old paging by id: the id, a 422 when it is not one."""
    if after is None:
        return None
    found = legacy_id(after)
    if found is None:
        raise DomainError(
            "after is the `next` of the page before (an id; a cursor only with sort/order)",
            fields=("after",),
        )
    return found
