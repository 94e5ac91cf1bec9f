"""Feedback (客户反馈): a customer's complaint or suggestion, opened → in progress → resolved,
linked to an order or a shipment where there is one. Pure."""

from jxc.crm.domain.feedback.commands import (
    FeedbackCommand,
    OpenFeedback,
    ResolveFeedback,
    StartWork,
)
from jxc.crm.domain.feedback.decider import feedback_decider
from jxc.crm.domain.feedback.state import FeedbackState

__all__ = [
    "FeedbackCommand",
    "FeedbackState",
    "OpenFeedback",
    "ResolveFeedback",
    "StartWork",
    "feedback_decider",
]
