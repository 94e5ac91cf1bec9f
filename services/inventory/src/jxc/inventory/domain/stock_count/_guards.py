"""Checks the count's commands share."""

from __future__ import annotations

from uuid import UUID

from jxc.inventory.domain.stock_count.state import CountState, Status
from jxc.platform.decider import NotFound, StateConflict


def must_be_open(state: CountState, doing: str) -> None:
    if state.status is None:
        raise NotFound("there is no such stock count", fields=("count_id",))
    if state.status is not Status.OPEN:
        raise StateConflict(
            f"stock count {state.count_id} is {state.status}: it cannot {doing} any more",
            fields=("count_id",),
            count_status=state.status.value,
        )


def count_id_of(state: CountState) -> UUID:
    assert state.count_id is not None
    return state.count_id
