"""Sending, receiving after sending, closing (in full or short) and cancelling."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import TypeAdapter

from jxc.events.contracts.purchasing import (
    PurchaseOrderCancelled,
    PurchaseOrderClosed,
    PurchaseOrderFirstApproved,
    PurchaseOrderSent,
    PurchaseOrderSubmitted,
)
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.purchasing.domain import (
    OPEN_STATUSES,
    CancelPurchaseOrder,
    ClosePurchaseOrder,
    PurchaseOrderState,
    PurchaseOrderStatus,
    SendPurchaseOrder,
    purchase_order_decider,
)
from services.purchasing.tests.builders import (
    PO,
    SUPPLIER,
    approved,
    bolts,
    created,
    eur,
    got,
    grease,
    receive,
    received,
)

Given = Callable[..., Any]


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return purchase_order_decider


def send() -> SendPurchaseOrder:
    return SendPurchaseOrder(purchase_order_id=PO, sent_by="zhang.min", sent_to=" po@acme.example ")


def sent() -> PurchaseOrderSent:
    return PurchaseOrderSent(
        purchase_order_id=PO, supplier_id=SUPPLIER, sent_by="zhang.min", sent_to="po@acme.example"
    )


def close(reason: str | None = None) -> ClosePurchaseOrder:
    return ClosePurchaseOrder(purchase_order_id=PO, closed_by="zhang.min", reason=reason)


def cancel(reason: str = "supplier cannot deliver") -> CancelPurchaseOrder:
    return CancelPurchaseOrder(purchase_order_id=PO, cancelled_by="li.wei", reason=reason)


def cancelled() -> PurchaseOrderCancelled:
    return PurchaseOrderCancelled(
        purchase_order_id=PO, cancelled_by="li.wei", reason="supplier cannot deliver"
    )


ALL_RECEIVED = received(bolts("100"), grease("10"))


# --- send --------------------------------------------------------------------------------


def test_an_approved_order_is_sent_to_the_supplier(given: Given) -> None:
    state = given(created(), approved()).when(send()).then(sent())
    assert state.status is PurchaseOrderStatus.SENT


def test_a_draft_cannot_be_sent(given: Given) -> None:
    given(created()).when(send()).raises(
        StateConflict, match="is draft; only an approved order can be sent"
    )


def test_an_order_waiting_for_its_second_approval_cannot_be_sent(given: Given) -> None:
    first = PurchaseOrderFirstApproved(
        purchase_order_id=PO, approved_by="li.wei", total=eur("150"), second_approval_above=eur("1")
    )
    given(created(), first).when(send()).raises(StateConflict, match="is submitted")


def test_sending_twice_is_a_conflict(given: Given) -> None:
    given(created(), approved(), sent()).when(send()).raises(StateConflict, match="already sent")


def test_a_sent_order_is_received(given: Given) -> None:
    state = (
        given(created(), approved(), sent()).when(receive(got(1, "40"))).then(received(bolts("40")))
    )
    assert state.status is PurchaseOrderStatus.PARTIALLY_RECEIVED


def test_a_submitted_order_cannot_be_received_before_approval(given: Given) -> None:
    submitted = PurchaseOrderSubmitted(purchase_order_id=PO, submitted_by="x", total=eur("150"))
    given(created(), submitted).when(receive(got(1, "40"))).raises(
        StateConflict, match="waiting for approval; approve it first"
    )


# --- close -------------------------------------------------------------------------------


def test_a_received_order_is_closed(given: Given) -> None:
    state = (
        given(created(), approved(), ALL_RECEIVED)
        .when(close())
        .then(PurchaseOrderClosed(purchase_order_id=PO, closed_by="zhang.min"))
    )
    assert state.status is PurchaseOrderStatus.CLOSED


def test_a_partially_received_order_is_short_closed_with_a_reason(given: Given) -> None:
    given(created(), approved(), received(bolts("100"))).when(close(" grease discontinued ")).then(
        PurchaseOrderClosed(
            purchase_order_id=PO,
            closed_by="zhang.min",
            short_closed=True,
            reason="grease discontinued",
        )
    )


def test_short_closing_needs_a_reason(given: Given) -> None:
    given(created(), approved(), received(bolts("100"))).when(close(" ")).raises(
        DomainError, match="only partially received; say why", fields=("reason",)
    )


@pytest.mark.parametrize("history", [(created(),), (created(), approved())])
def test_an_order_with_nothing_received_is_cancelled_not_closed(
    given: Given, history: tuple[Any, ...]
) -> None:
    given(*history).when(close()).raises(
        StateConflict, match="nothing was received on it; cancel it instead"
    )


def test_a_closed_order_takes_no_more_goods(given: Given) -> None:
    history = (created(), approved(), received(bolts("100")), close_event())
    given(*history).when(receive(got(2, "10"), receipt_id=PO)).raises(
        StateConflict, match="is closed; no more goods are expected"
    )


def test_closing_twice_is_a_conflict(given: Given) -> None:
    given(created(), approved(), ALL_RECEIVED, close_event()).when(close()).raises(
        StateConflict, match="already closed"
    )


def close_event() -> PurchaseOrderClosed:
    return PurchaseOrderClosed(
        purchase_order_id=PO, closed_by="zhang.min", short_closed=True, reason="enough"
    )


# --- cancel ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "history",
    [(created(),), (created(), approved()), (created(), approved(), sent())],
    ids=["draft", "approved", "sent"],
)
def test_an_order_is_cancelled_with_a_reason_before_any_receipt(
    given: Given, history: tuple[Any, ...]
) -> None:
    state = given(*history).when(cancel()).then(cancelled())
    assert state.status is PurchaseOrderStatus.CANCELLED
    assert state.status_reason == "supplier cannot deliver"


def test_cancelling_needs_a_reason(given: Given) -> None:
    given(created()).when(cancel("  ")).raises(
        DomainError, match="say why purchase order .* is cancelled", fields=("reason",)
    )


def test_an_order_with_receipts_cannot_be_cancelled(given: Given) -> None:
    history = (created(), approved(), received(grease("0", "10", rejection_reason="wrong")))
    given(*history).when(cancel()).raises(
        StateConflict,
        match=r"goods were already received against it \(1 receipt\); close it instead",
        fields=("purchase_order_id",),
    )


def test_a_cancelled_order_cannot_be_approved_sent_or_received(given: Given) -> None:
    history = (created(), cancelled())
    given(*history).when(send()).raises(StateConflict, match="is cancelled")
    given(*history).when(receive(got(1, "1"))).raises(StateConflict, match="is cancelled")
    given(*history).when(cancel()).raises(StateConflict, match="already cancelled")


# --- the state ---------------------------------------------------------------------------


def test_open_statuses_are_those_still_expecting_goods() -> None:
    assert {s.value for s in OPEN_STATUSES} == {
        "draft",
        "submitted",
        "approved",
        "sent",
        "partially_received",
    }


def test_state_with_every_field_survives_a_snapshot_round_trip() -> None:
    state = purchase_order_decider.fold(
        [created(), approved(), sent(), received(bolts("100")), close_event()]
    )
    adapter = TypeAdapter(PurchaseOrderState)
    assert adapter.validate_json(adapter.dump_json(state)) == state
