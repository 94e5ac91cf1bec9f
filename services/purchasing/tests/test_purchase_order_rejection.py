"""Rejecting: an approver sends a submitted order back to the buyer as a draft, with a reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jxc.events.contracts.purchasing import (
    PurchaseOrderApproved,
    PurchaseOrderFirstApproved,
    PurchaseOrderRejected,
    PurchaseOrderSubmitted,
)
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    PurchaseOrderStatus,
    RejectPurchaseOrder,
    SubmitPurchaseOrder,
    purchase_order_decider,
)
from services.purchasing.tests.builders import PO, approved, created, eur

Given = Callable[..., Any]


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return purchase_order_decider


def submitted() -> PurchaseOrderSubmitted:
    return PurchaseOrderSubmitted(purchase_order_id=PO, submitted_by="zhang.min", total=eur("150"))


def reject(reason: str = "price too high", by: str = "li.wei") -> RejectPurchaseOrder:
    return RejectPurchaseOrder(purchase_order_id=PO, rejected_by=by, reason=reason)


def rejected(reason: str = "price too high") -> PurchaseOrderRejected:
    return PurchaseOrderRejected(purchase_order_id=PO, rejected_by="li.wei", reason=reason)


def test_a_rejected_order_is_a_draft_again_with_the_reason(given: Given) -> None:
    state = given(created(), submitted()).when(reject()).then(rejected())
    assert state.status is PurchaseOrderStatus.DRAFT
    assert state.status_reason == "price too high"


def test_a_rejection_forgets_the_first_of_two_approvals(given: Given) -> None:
    first = PurchaseOrderFirstApproved(
        purchase_order_id=PO,
        approved_by="li.wei",
        total=eur("150"),
        second_approval_above=eur("100"),
    )
    state = (
        given(created(), submitted(), first)
        .when(reject(by="wang.fang"))
        .then(
            PurchaseOrderRejected(
                purchase_order_id=PO, rejected_by="wang.fang", reason="price too high"
            )
        )
    )
    assert state.first_approved_by is None


def test_a_rejected_order_may_be_submitted_and_approved_again(given: Given) -> None:
    given(created(), submitted(), rejected()).when(
        SubmitPurchaseOrder(purchase_order_id=PO, submitted_by="zhang.min")
    ).then(submitted())
    given(created(), submitted(), rejected(), submitted()).when(
        ApprovePurchaseOrder(purchase_order_id=PO, approved_by="li.wei", second_approval_above=None)
    ).then(PurchaseOrderApproved(purchase_order_id=PO, approved_by="li.wei", total=eur("150")))


def test_only_a_submitted_order_can_be_rejected(given: Given) -> None:
    given(created()).when(reject()).raises(
        StateConflict, match="is draft; only an order submitted for approval can be rejected"
    )
    given(created(), approved()).when(reject()).raises(StateConflict, match="is approved")


def test_a_rejection_needs_a_reason(given: Given) -> None:
    given(created(), submitted()).when(reject(reason="  ")).raises(
        DomainError, match="say why", fields=("reason",)
    )
