"""Follow-ups (客户维护): a call or visit to a customer, with a due date, an owner and, once
made, an outcome. Pure."""

from jxc.crm.domain.follow_up.commands import (
    CancelFollowUp,
    CompleteFollowUp,
    FollowUpCommand,
    RescheduleFollowUp,
    ScheduleFollowUp,
)
from jxc.crm.domain.follow_up.decider import follow_up_decider
from jxc.crm.domain.follow_up.state import FollowUpState

__all__ = [
    "CancelFollowUp",
    "CompleteFollowUp",
    "FollowUpCommand",
    "FollowUpState",
    "RescheduleFollowUp",
    "ScheduleFollowUp",
    "follow_up_decider",
]
