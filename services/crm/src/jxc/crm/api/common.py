"""What crm's queries share: who may read, reading one's own writes, and keyset cursors."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from fastapi import Query

from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.paging import MAX_CURSOR

# Customers' profiles, histories and contacts are personal data: the people who serve
# customers read them (admin too), not every member of staff.
READERS = (Role.CRM, Role.SALES, Role.CREDIT_CONTROLLER)

WaitFor = Annotated[
    UUID | None,
    Query(description="wait (bounded) until the read model has applied this event id"),
]
WaitSeconds = Annotated[float, Query(gt=0, le=30, description="how long to wait at most")]
Limit = Annotated[int, Query(ge=1, le=200)]
After = Annotated[
    str | None,
    Query(
        max_length=MAX_CURSOR,
        description="the `next` of the page before (with `sort` or `order`: a cursor of it)",
    ),
]


def time_cursor(at: datetime, key: UUID) -> str:
    """A keyset cursor of (time, id): the `next` a page answers."""
    return f"{at.isoformat()}~{key}"


def parse_time_cursor(cursor: str | None) -> tuple[datetime, UUID] | None:
    if cursor is None:
        return None
    at, _, key = cursor.partition("~")
    try:
        return datetime.fromisoformat(at), UUID(key)
    except ValueError:
        raise DomainError(
            f"{cursor!r} is not a cursor this list gave: pass its `next` as it is",
            fields=("after",),
        ) from None
