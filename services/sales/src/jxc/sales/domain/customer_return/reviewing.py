"""Sales reviews a requested return: approved (it may come back) or refused (with why)."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import ReturnApproved, ReturnRefused
from jxc.events.limits import MAX_REASON
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_text, optional_text
from jxc.sales.domain.customer_return._guards import in_status
from jxc.sales.domain.customer_return.commands import ApproveReturn, RefuseReturn
from jxc.sales.domain.customer_return.state import ReturnState, ReturnStatus


def approve(command: ApproveReturn, state: ReturnState) -> list[DomainEvent]:
    if state.status is ReturnStatus.APPROVED:
        return []  # approved already: nothing more to record
    in_status(state, command.return_id, ReturnStatus.REQUESTED, to="approved")
    note = optional_text(command.note, "note", "the note", max_length=MAX_REASON)
    return [ReturnApproved(return_id=command.return_id, note=note or None)]


def refuse(command: RefuseReturn, state: ReturnState) -> list[DomainEvent]:
    in_status(state, command.return_id, ReturnStatus.REQUESTED, ReturnStatus.APPROVED, to="refused")
    if not command.reason.strip():
        raise DomainError("say why the return is refused", fields=("reason",))
    reason = check_text(command.reason, "reason", "the reason", max_length=MAX_REASON)
    return [ReturnRefused(return_id=command.return_id, reason=reason)]
