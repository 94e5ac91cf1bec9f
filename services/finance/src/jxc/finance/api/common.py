"""What finance's routers share: the role a query needs, period and code parameters, and how
amounts are answered (strings, never floats)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Query
from pydantic import Field

from jxc.events import limits
from jxc.platform.auth.guard import RoleRequired
from jxc.platform.auth.user import Role

PERIOD_PATTERN = r"^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])$"
Period = Annotated[str, Query(pattern=PERIOD_PATTERN, description="a month: YYYY-MM")]
OptionalPeriod = Annotated[
    str | None, Query(pattern=PERIOD_PATTERN, description="a month: YYYY-MM")
]
Code = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_CODE)]
Text = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
Reason = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_REASON)]
CentreQuery = Annotated[
    str | None, Query(max_length=limits.MAX_CODE, description="only this cost centre's lines")
]
WaitFor = Annotated[
    UUID | None,
    Query(description="wait (bounded) until the ledger has posted this event id"),
]


def needs(role: Role) -> dict[str, Any]:
    """The keyword arguments of a query route that only `role` (or admin) may call."""
    return {
        "dependencies": [Depends(RoleRequired(role))],
        "openapi_extra": {"x-jxc-role": role.value},
    }


def amount(value: Decimal) -> str:
    """An amount as answered: its exact decimal as a string, trailing zeros dropped."""
    return "0" if value == 0 else format(value.normalize(), "f")
