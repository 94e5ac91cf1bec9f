from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from typing import Any

import pytest
from pydantic import TypeAdapter

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.purchasing.domain import (
    OVER_RECEIPT_TOLERANCE,
    PurchaseOrderState,
    PurchaseOrderStatus,
    purchase_order_decider,
)
from services.purchasing.tests.builders import (
    GREASE,
    PO,
    RECEIPT_1,
    RECEIPT_2,
    RECEIPT_3,
    approve,
    approved,
    bolts,
    create,
    created,
    eur,
    got,
    grease,
    order_line,
    receive,
    received,
)

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return purchase_order_decider


# --- create ------------------------------------------------------------------------------


def test_creating_an_order_records_its_lines_and_total(given: Given) -> None:
    state = given().when(create()).then(created())
    assert state.status is PurchaseOrderStatus.DRAFT
    assert state.total == D("150")
    assert [(line.line_no, line.ordered) for line in state.lines] == [(1, D(100)), (2, D(10))]


def test_total_is_the_sum_of_quantity_times_price(given: Given) -> None:
    [event] = (
        given()
        .when(create(order_line(1, quantity=D("3"), unit_price=D("0.333")), order_line(2)))
        .decided()
    )
    assert event.total == eur("25.999")  # 3 x 0.333 + 100 x 0.25


def test_a_total_finer_than_the_wire_allows_is_rounded_half_even_to_6_places(
    given: Given,
) -> None:
    quantity, price = D("0.123456"), D("0.123456")  # 0.015241383936
    [event] = given().when(create(order_line(1, quantity=quantity, unit_price=price))).decided()
    assert event.total == eur("0.015241")


def test_an_order_needs_at_least_one_line(given: Given) -> None:
    given().when(create(lines=[])).raises(DomainError, match="at least one line", fields=("lines",))


def test_line_numbers_must_be_unique(given: Given) -> None:
    given().when(create(order_line(1), order_line(2), order_line(1, sku="NUT-M8"))).raises(
        DomainError,
        match=r"line number 1 is used twice \(lines.0 and lines.2\)",
        fields=("lines.2.line_no",),
    )


def test_line_numbers_start_at_1(given: Given) -> None:
    given().when(create(order_line(0))).raises(
        DomainError, match="start at 1", fields=("lines.0.line_no",)
    )


@pytest.mark.parametrize("quantity", ["0", "-5"])
def test_quantity_must_be_positive(given: Given, quantity: str) -> None:
    given().when(create(order_line(1), order_line(2, quantity=D(quantity)))).raises(
        DomainError,
        match=rf"line 2 \(BOLT-M8\): quantity must be more than 0, not {quantity}",
        fields=("lines.1.quantity",),
    )


@pytest.mark.parametrize(
    ("quantity", "match"),
    [
        ("1.0000001", "more than 6 decimal places"),
        ("NaN", "must be a number"),
        ("1E+15", "too large"),
    ],
)
def test_quantity_must_fit_the_contract(given: Given, quantity: str, match: str) -> None:
    given().when(create(order_line(1, quantity=D(quantity)))).raises(
        DomainError, match=match, fields=("lines.0.quantity",)
    )


def test_unit_price_must_not_be_negative(given: Given) -> None:
    given().when(create(order_line(1, unit_price=D("-0.01")))).raises(
        DomainError, match="unit price must not be negative", fields=("lines.0.unit_price",)
    )


def test_a_free_line_is_allowed(given: Given) -> None:
    [event] = given().when(create(order_line(1, unit_price=D("0")))).decided()
    assert event.lines[0].unit_price == eur("0")
    assert event.total == eur("0")


def test_every_line_must_be_in_the_order_currency(given: Given) -> None:
    given().when(create(order_line(1, currency="EUR"), order_line(2, currency="USD"))).raises(
        DomainError,
        match="line 2 \\(BOLT-M8\\) is priced in USD but the order is in EUR",
        fields=("lines.1.currency",),
    )


def test_a_line_in_the_order_currency_is_accepted(given: Given) -> None:
    given().when(
        create(order_line(1, currency="EUR"), order_line(2, currency="EUR", **GREASE))
    ).then(created())


def test_order_currency_must_be_the_supplier_currency(given: Given) -> None:
    given().when(create(currency="USD")).raises(
        DomainError, match="order is in USD but supplier .* trades in EUR", fields=("currency",)
    )


def test_order_currency_must_be_an_iso_code(given: Given) -> None:
    given().when(create(currency="eur", supplier_currency="eur")).raises(
        DomainError, match="ISO 4217", fields=("currency",)
    )


def test_a_blocked_supplier_gets_no_new_orders(given: Given) -> None:
    given().when(create(supplier_blocked=True)).raises(
        DomainError, match="is blocked", fields=("supplier_id",)
    )


@pytest.mark.parametrize("field", ["sku", "unit", "warehouse"])
def test_sku_unit_and_warehouse_must_not_be_blank(given: Given, field: str) -> None:
    given().when(create(order_line(1, **{field: " "}))).raises(
        DomainError, match="must not be blank", fields=(f"lines.0.{field}",)
    )


def test_creating_an_existing_order_is_a_conflict(given: Given) -> None:
    given(created()).when(create()).raises(
        StateConflict, match="already exists", fields=("purchase_order_id",)
    )


# --- approve -----------------------------------------------------------------------------


def test_approving_a_draft_records_who_and_the_total(given: Given) -> None:
    state = given(created()).when(approve()).then(approved())
    assert state.status is PurchaseOrderStatus.APPROVED
    assert state.approved_by == "li.wei"


def test_approving_twice_is_a_conflict(given: Given) -> None:
    given(created(), approved()).when(approve("wang.fang")).raises(
        StateConflict, match="already approved \\(by li.wei\\)", fields=("purchase_order_id",)
    )


def test_a_partially_received_order_cannot_be_approved_again(given: Given) -> None:
    given(created(), approved(), received(bolts("10"))).when(approve()).raises(
        StateConflict, match="is partially received; only a draft can be approved"
    )


def test_approving_an_unknown_order_is_not_found(given: Given) -> None:
    given().when(approve()).raises(
        NotFound, match="there is no purchase order", fields=("purchase_order_id",)
    )


def test_approval_needs_an_approver(given: Given) -> None:
    given(created()).when(approve(" ")).raises(
        DomainError, match="must not be blank", fields=("approved_by",)
    )


# --- receive -----------------------------------------------------------------------------


def test_a_draft_cannot_be_received_approve_it_first(given: Given) -> None:
    given(created()).when(receive(got(1, "10"))).raises(
        StateConflict, match="still a draft; approve it first", fields=("purchase_order_id",)
    )


def test_receiving_an_unknown_order_is_not_found(given: Given) -> None:
    given().when(receive(got(1, "10"))).raises(NotFound, match="there is no purchase order")


def test_a_partial_receipt_copies_the_po_line_and_leaves_the_order_partially_received(
    given: Given,
) -> None:
    state = (
        given(created(), approved())
        .when(receive(got(1, "40", lot=" L-0917 ")))
        .then(received(bolts("40", lot="L-0917")))
    )
    assert state.status is PurchaseOrderStatus.PARTIALLY_RECEIVED
    assert state.line(1).accepted == D("40")
    assert state.line(1).outstanding == D("60")
    assert state.receipts == frozenset({RECEIPT_1})


def test_partial_then_full_receipt_makes_the_order_received(given: Given) -> None:
    history = (created(), approved(), received(bolts("40")))
    state = (
        given(*history)
        .when(receive(got(1, "60"), got(2, "10"), receipt_id=RECEIPT_2))
        .then(received(bolts("60"), grease("10"), receipt_id=RECEIPT_2))
    )
    assert state.status is PurchaseOrderStatus.RECEIVED
    assert state.receipts == frozenset({RECEIPT_1, RECEIPT_2})


def test_an_order_is_received_only_when_every_line_is(given: Given) -> None:
    state = given(created(), approved()).when(receive(got(1, "100"))).then(received(bolts("100")))
    assert state.status is PurchaseOrderStatus.PARTIALLY_RECEIVED


def test_rejected_goods_with_a_reason_are_recorded_but_still_owed(given: Given) -> None:
    state = (
        given(created(), approved())
        .when(receive(got(2, "8", "2", rejection_reason="drums dented"), got(1, "100")))
        .then(received(grease("8", "2", rejection_reason="drums dented"), bolts("100")))
    )
    assert state.line(2).rejected == D("2")
    assert state.line(2).outstanding == D("2")
    assert state.status is PurchaseOrderStatus.PARTIALLY_RECEIVED


def test_a_line_can_be_wholly_rejected(given: Given) -> None:
    given(created(), approved()).when(
        receive(got(2, "0", "10", rejection_reason="wrong grade"))
    ).then(received(grease("0", "10", rejection_reason="wrong grade")))


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_rejecting_needs_a_reason(given: Given, reason: str | None) -> None:
    given(created(), approved()).when(
        receive(got(1, "10"), got(2, "8", "2", rejection_reason=reason))
    ).raises(
        DomainError,
        match=r"line 2 \(GREASE\): 2 kg rejected without a reason",
        fields=("lines.1.rejection_reason",),
    )


def test_rejected_goods_do_not_use_up_the_over_receipt_tolerance(given: Given) -> None:
    given(created(), approved()).when(receive(got(2, "10", "5", rejection_reason="leaking"))).then(
        received(grease("10", "5", rejection_reason="leaking"))
    )


@pytest.mark.parametrize(
    ("accepted", "rejected", "field"),
    [("-1", "0", "quantity_accepted"), ("5", "-1", "quantity_rejected")],
)
def test_receipt_quantities_must_not_be_negative(
    given: Given, accepted: str, rejected: str, field: str
) -> None:
    given(created(), approved()).when(
        receive(got(1, accepted, rejected, rejection_reason="x"))
    ).raises(DomainError, match="must not be negative", fields=(f"lines.0.{field}",))


def test_a_receipt_line_must_count_something(given: Given) -> None:
    given(created(), approved()).when(receive(got(1, "0", "0"))).raises(
        DomainError,
        match="nothing accepted and nothing rejected",
        fields=("lines.0.quantity_accepted", "lines.0.quantity_rejected"),
    )


def test_a_receipt_line_must_name_a_po_line(given: Given) -> None:
    given(created(), approved()).when(receive(got(1, "5"), got(3, "5"))).raises(
        DomainError, match=r"has no line 3 \(its lines are 1, 2\)", fields=("lines.1.line_no",)
    )


def test_a_receipt_needs_at_least_one_line(given: Given) -> None:
    given(created(), approved()).when(receive()).raises(
        DomainError, match="at least one line", fields=("lines",)
    )


def test_tolerance_is_five_percent() -> None:
    assert D("0.05") == OVER_RECEIPT_TOLERANCE


def test_receiving_exactly_the_tolerance_over_is_accepted(given: Given) -> None:
    state = (
        given(created(), approved(), received(bolts("60")))
        .when(receive(got(1, "45"), got(2, "10.5"), receipt_id=RECEIPT_2))
        .then(received(bolts("45"), grease("10.5"), receipt_id=RECEIPT_2))
    )
    assert state.line(1).accepted == D("105")
    assert state.status is PurchaseOrderStatus.RECEIVED


def test_receiving_a_hair_more_than_the_tolerance_is_refused(given: Given) -> None:
    error = (
        given(created(), approved(), received(bolts("60")))
        .when(receive(got(1, "45.000001"), receipt_id=RECEIPT_2))
        .raises(
            DomainError,
            match=r"line 1 \(BOLT-M8\) would be over-received: ordered 100, already received 60, "
            r"this receipt 45\.000001, maximum allowed 105 pcs \(ordered \+ 5 %\)",
            fields=("lines.0.quantity_accepted",),
        )
    )
    assert error.context["maximum_allowed"] == D("105")


def test_lots_of_the_same_line_in_one_receipt_count_together(given: Given) -> None:
    given(created(), approved()).when(
        receive(got(1, "60", lot="A"), got(2, "10"), got(1, "46", lot="B"))
    ).raises(
        DomainError,
        match="already received 0, this receipt 106, maximum allowed 105",
        fields=("lines.2.quantity_accepted",),
    )


def test_recording_the_same_receipt_twice_is_a_conflict(given: Given) -> None:
    given(created(), approved(), received(bolts("40"))).when(receive(got(1, "40"))).raises(
        StateConflict, match="already recorded", fields=("receipt_id",)
    )


def test_a_retried_final_receipt_is_reported_as_a_duplicate(given: Given) -> None:
    history = (created(), approved(), received(bolts("100"), grease("10")))
    given(*history).when(receive(got(1, "100"), got(2, "10"))).raises(
        StateConflict, match="already recorded", fields=("receipt_id",)
    )


def test_a_fully_received_order_takes_no_more_receipts(given: Given) -> None:
    history = (created(), approved(), received(bolts("100"), grease("10")))
    given(*history).when(receive(got(1, "1"), receipt_id=RECEIPT_3)).raises(
        StateConflict, match="already fully received", fields=("purchase_order_id",)
    )


# --- the decider as a whole ----------------------------------------------------------------


def test_evolve_ignores_events_it_does_not_know() -> None:
    state = purchase_order_decider.fold([created(), approved()])
    assert purchase_order_decider.evolve(state, _Unrelated()) is state


def test_state_survives_a_snapshot_round_trip() -> None:
    state = purchase_order_decider.fold(
        [created(), approved(), received(grease("3", "1", rejection_reason="torn"))]
    )
    adapter = TypeAdapter(PurchaseOrderState)
    assert adapter.validate_json(adapter.dump_json(state)) == state


def test_streams_are_named_purchase_order_id() -> None:
    assert purchase_order_decider.stream_id(PO) == f"purchase-order-{PO}"


class _Unrelated(DomainEvent):
    event_type = "test.Unrelated"
