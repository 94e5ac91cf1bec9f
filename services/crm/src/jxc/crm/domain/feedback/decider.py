"""The feedback's decider."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.crm.domain.feedback.commands import (
    FeedbackCommand,
    OpenFeedback,
    ResolveFeedback,
    StartWork,
)
from jxc.crm.domain.feedback.handling import open_feedback, resolve, start_work
from jxc.crm.domain.feedback.state import FeedbackState, evolve
from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider


def decide(command: FeedbackCommand, state: FeedbackState) -> Sequence[DomainEvent]:
    match command:
        case OpenFeedback():
            return open_feedback(command, state)
        case StartWork():
            return start_work(command, state)
        case ResolveFeedback():
            return resolve(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


feedback_decider: Decider[FeedbackCommand, FeedbackState] = Decider(
    stream_prefix="feedback",
    initial_state=FeedbackState(),
    decide=decide,
    evolve=evolve,
    state_type=FeedbackState,
)
