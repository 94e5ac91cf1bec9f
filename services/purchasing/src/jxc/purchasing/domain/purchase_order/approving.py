"""Submitting, approving and rejecting: draft → submitted → approved, or back to draft.

An order whose total is above the second-approval threshold (a company setting that comes in
with the command) needs two approvals by two different people: the first is recorded as
PurchaseOrderFirstApproved, the second makes it approved. Approving a draft submits it too,
so a one-step approval keeps working where no submission step is wanted. An approver may
instead reject a submitted order, with a reason: it goes back to the buyer as a draft."""

from __future__ import annotations

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import (
    PurchaseOrderApproved,
    PurchaseOrderFirstApproved,
    PurchaseOrderRejected,
    PurchaseOrderSubmitted,
)
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import fmt
from jxc.purchasing.domain.purchase_order._guards import existing, person, reason
from jxc.purchasing.domain.purchase_order.commands import (
    ApprovePurchaseOrder,
    RejectPurchaseOrder,
    SubmitPurchaseOrder,
)
from jxc.purchasing.domain.purchase_order.state import PurchaseOrderState, PurchaseOrderStatus

_APPROVABLE = (PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.SUBMITTED)


def submit(command: SubmitPurchaseOrder, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    status = existing(state, order)
    if status is not PurchaseOrderStatus.DRAFT:
        raise StateConflict(
            f"purchase order {order} is {status.label}; only a draft can be submitted",
            fields=("purchase_order_id",),
        )
    submitted_by = person(command.submitted_by, "submitted_by", "who submits")
    return [
        PurchaseOrderSubmitted(
            purchase_order_id=order,
            submitted_by=submitted_by,
            total=Money(amount=state.total, currency=state.currency),
        )
    ]


def approve(command: ApprovePurchaseOrder, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    status = existing(state, order)
    if status is PurchaseOrderStatus.APPROVED:
        raise StateConflict(
            f"purchase order {order} is already approved (by {state.approved_by})",
            fields=("purchase_order_id",),
        )
    if status not in _APPROVABLE:
        raise StateConflict(
            f"purchase order {order} is {status.label}; only a draft can be approved, or an "
            "order submitted for approval",
            fields=("purchase_order_id",),
        )
    approved_by = person(command.approved_by, "approved_by", "who approves")
    total = Money(amount=state.total, currency=state.currency)
    first = state.first_approved_by
    if first is not None:
        if first.casefold() == approved_by.casefold():
            raise StateConflict(
                f"purchase order {order} was already approved once by {first}; its total "
                f"{fmt(state.total)} {state.currency} needs a second approval by someone else",
                fields=("approved_by",),
            )
        return [
            PurchaseOrderApproved(
                purchase_order_id=order,
                approved_by=approved_by,
                total=total,
                first_approved_by=first,
            )
        ]
    threshold = command.second_approval_above
    if threshold is not None and state.total > threshold:
        return [
            PurchaseOrderFirstApproved(
                purchase_order_id=order,
                approved_by=approved_by,
                total=total,
                second_approval_above=Money(amount=threshold, currency=state.currency),
            )
        ]
    return [PurchaseOrderApproved(purchase_order_id=order, approved_by=approved_by, total=total)]


def reject(command: RejectPurchaseOrder, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    status = existing(state, order)
    if status is not PurchaseOrderStatus.SUBMITTED:
        raise StateConflict(
            f"purchase order {order} is {status.label}; only an order submitted for approval "
            "can be rejected",
            fields=("purchase_order_id",),
        )
    rejected_by = person(command.rejected_by, "rejected_by", "who rejects")
    why = reason(command.reason, "reason", "the reason")
    if why is None:
        raise DomainError(f"say why purchase order {order} is rejected", fields=("reason",))
    return [PurchaseOrderRejected(purchase_order_id=order, rejected_by=rejected_by, reason=why)]
