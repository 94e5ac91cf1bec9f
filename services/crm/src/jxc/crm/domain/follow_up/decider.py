"""The follow-up's decider: each command to the function that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.crm.domain.follow_up.commands import (
    CancelFollowUp,
    CompleteFollowUp,
    FollowUpCommand,
    RescheduleFollowUp,
    ScheduleFollowUp,
)
from jxc.crm.domain.follow_up.lifecycle import cancel, complete, reschedule, schedule
from jxc.crm.domain.follow_up.state import FollowUpState, evolve
from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider


def decide(command: FollowUpCommand, state: FollowUpState) -> Sequence[DomainEvent]:
    match command:
        case ScheduleFollowUp():
            return schedule(command, state)
        case RescheduleFollowUp():
            return reschedule(command, state)
        case CompleteFollowUp():
            return complete(command, state)
        case CancelFollowUp():
            return cancel(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


follow_up_decider: Decider[FollowUpCommand, FollowUpState] = Decider(
    stream_prefix="follow-up",
    initial_state=FollowUpState(),
    decide=decide,
    evolve=evolve,
    state_type=FollowUpState,
)
