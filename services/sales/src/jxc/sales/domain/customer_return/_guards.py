"""Checks the return's use cases share."""

from __future__ import annotations

from uuid import UUID

from jxc.platform.decider import NotFound, StateConflict
from jxc.sales.domain.customer_return.state import ReturnState, ReturnStatus


def existing(state: ReturnState, return_id: UUID) -> None:
    if state.status is ReturnStatus.NEW:
        raise NotFound(f"there is no customer return {return_id}", fields=("return_id",))


def in_status(state: ReturnState, return_id: UUID, *allowed: ReturnStatus, to: str) -> None:
    existing(state, return_id)
    if state.status not in allowed:
        raise StateConflict(
            f"return {return_id} is {state.status.value}: it cannot be {to} "
            f"(only a return that is {' or '.join(s.value for s in allowed)})",
            fields=("status",),
        )
