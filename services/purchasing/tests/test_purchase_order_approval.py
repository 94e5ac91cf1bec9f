"""Submitting and approving: one approval up to the threshold, two different people above it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from typing import Any

import pytest

from jxc.events.contracts.purchasing import (
    PurchaseOrderApproved,
    PurchaseOrderFirstApproved,
    PurchaseOrderSubmitted,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    PurchaseOrderStatus,
    SubmitPurchaseOrder,
    purchase_order_decider,
)
from services.purchasing.tests.builders import PO, approved, created, eur

Given = Callable[..., Any]


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return purchase_order_decider


def submit(by: str = "zhang.min") -> SubmitPurchaseOrder:
    return SubmitPurchaseOrder(purchase_order_id=PO, submitted_by=by)


def submitted() -> PurchaseOrderSubmitted:
    return PurchaseOrderSubmitted(purchase_order_id=PO, submitted_by="zhang.min", total=eur("150"))


def approve(by: str, above: str | None = "100") -> ApprovePurchaseOrder:
    """The order's total is 150 EUR: above a threshold of 100 it needs two approvals."""
    threshold = None if above is None else D(above)
    return ApprovePurchaseOrder(
        purchase_order_id=PO, approved_by=by, second_approval_above=threshold
    )


def first_approved(by: str = "li.wei") -> PurchaseOrderFirstApproved:
    return PurchaseOrderFirstApproved(
        purchase_order_id=PO, approved_by=by, total=eur("150"), second_approval_above=eur("100")
    )


# --- submit ------------------------------------------------------------------------------


def test_submitting_a_draft_hands_it_in_with_its_total(given: Given) -> None:
    state = given(created()).when(submit()).then(submitted())
    assert state.status is PurchaseOrderStatus.SUBMITTED


def test_only_a_draft_can_be_submitted(given: Given) -> None:
    given(created(), submitted()).when(submit()).raises(
        StateConflict, match="is submitted; only a draft can be submitted"
    )


def test_submitting_needs_a_name(given: Given) -> None:
    given(created()).when(submit(" ")).raises(
        DomainError, match="who submits must not be blank", fields=("submitted_by",)
    )


def test_submitting_an_unknown_order_is_not_found(given: Given) -> None:
    given().when(submit()).raises(NotFound, match="there is no purchase order")


# --- approve: one step -------------------------------------------------------------------


def test_a_submitted_order_up_to_the_threshold_is_approved_at_once(given: Given) -> None:
    state = (
        given(created(), submitted())
        .when(approve("li.wei", above="150"))
        .then(PurchaseOrderApproved(purchase_order_id=PO, approved_by="li.wei", total=eur("150")))
    )
    assert state.status is PurchaseOrderStatus.APPROVED


def test_approving_a_draft_submits_it_too(given: Given) -> None:
    given(created()).when(approve("li.wei", above=None)).then(approved())


# --- approve: two steps ------------------------------------------------------------------


def test_above_the_threshold_the_first_approval_is_only_the_first(given: Given) -> None:
    state = given(created(), submitted()).when(approve("li.wei")).then(first_approved())
    assert state.status is PurchaseOrderStatus.SUBMITTED
    assert state.first_approved_by == "li.wei"
    assert state.approved_by is None


def test_a_draft_above_the_threshold_gets_its_first_approval(given: Given) -> None:
    given(created()).when(approve("li.wei")).then(first_approved())


def test_a_second_person_approves_it(given: Given) -> None:
    state = (
        given(created(), submitted(), first_approved())
        .when(approve("wang.fang"))
        .then(
            PurchaseOrderApproved(
                purchase_order_id=PO,
                approved_by="wang.fang",
                total=eur("150"),
                first_approved_by="li.wei",
            )
        )
    )
    assert state.status is PurchaseOrderStatus.APPROVED
    assert (state.first_approved_by, state.approved_by) == ("li.wei", "wang.fang")


@pytest.mark.parametrize("same", ["li.wei", "LI.WEI", " li.wei "])
def test_the_same_person_cannot_give_both_approvals(given: Given, same: str) -> None:
    given(created(), submitted(), first_approved()).when(approve(same)).raises(
        StateConflict,
        match="already approved once by li.wei; its total 150 EUR needs a second approval by "
        "someone else",
        fields=("approved_by",),
    )


def test_the_second_approval_is_needed_even_if_the_threshold_was_raised_since(
    given: Given,
) -> None:
    given(created(), first_approved()).when(approve("wang.fang", above="1000")).then(
        PurchaseOrderApproved(
            purchase_order_id=PO,
            approved_by="wang.fang",
            total=eur("150"),
            first_approved_by="li.wei",
        )
    )


def test_exactly_the_threshold_needs_one_approval(given: Given) -> None:
    given(created()).when(approve("li.wei", above="150")).then(approved())


def test_an_approved_order_is_not_approved_again(given: Given) -> None:
    given(created(), approved()).when(approve("wang.fang")).raises(
        StateConflict, match=r"already approved \(by li.wei\)"
    )
