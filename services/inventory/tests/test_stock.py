"""Issue 3, inventory 2 and 3: the stock position of one SKU in one warehouse, quantities.

Receipts, reservations, releases, issues and adjustments, given / when / then on the pure
decider (jxc.inventory.domain.stock). The cost of what moves is in test_stock_valuation.py.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.base import Money
from jxc.events.contracts.inventory import (
    IssuedLayer,
    ReservationBackordered,
    ReservationReleased,
    StockAdjusted,
    StockIssued,
    StockReceived,
    StockReserved,
)
from jxc.inventory.domain.stock import (
    Adjust,
    Backorder,
    Issue,
    Position,
    Receive,
    Release,
    Reserve,
    Valuation,
    decide,
    evolve,
)
from jxc.platform.decider import Decider, DomainError, StateConflict

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]

SKU, WH, UNIT, CNY = "TEA", "WH-A", "pcs", "CNY"
QC = "QC-01"  # a quarantine location where the position says so
ORDER = UUID("0190a6f0-0000-7000-8000-000000000001")
OTHER_ORDER = UUID("0190a6f0-0000-7000-8000-000000000002")
RECEIPT = UUID("0190a6f0-0000-7000-8000-0000000000aa")


def stock_decider(**changes: Any) -> Decider[Any, Position]:
    """The stock decider over a FIFO position of TEA in WH-A, with `changes` to its policy."""
    values: dict[str, Any] = {
        "sku": SKU,
        "warehouse": WH,
        "unit": UNIT,
        "currency": CNY,
        "valuation": Valuation.FIFO,
    }
    values.update(changes)
    return Decider(
        stream_prefix="stock", initial_state=Position(**values), decide=decide, evolve=evolve
    )


@pytest.fixture
def decider() -> Decider[Any, Position]:
    return stock_decider()


NEGATIVE_ALLOWED = stock_decider(allow_negative=True)
WITH_QUARANTINE = stock_decider(quarantine=frozenset({QC}))


def cny(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency=CNY)


def received(
    quantity: str,
    unit_cost: str = "2.00",
    *,
    location: str | None = None,
    lot: str | None = None,
    source: UUID | None = None,
) -> StockReceived:
    return StockReceived(
        sku=SKU,
        warehouse=WH,
        location=location,
        lot=lot,
        quantity=Decimal(quantity),
        unit=UNIT,
        unit_cost=cny(unit_cost),
        source_event_id=source,
    )


def reserved(order: UUID, quantity: str, available_after: str, line_no: int = 1) -> StockReserved:
    return StockReserved(
        sku=SKU,
        warehouse=WH,
        order_id=order,
        line_no=line_no,
        quantity=Decimal(quantity),
        unit=UNIT,
        available_after=Decimal(available_after),
    )


def issued(
    quantity: str,
    unit_cost: str,
    *,
    reason: str = "shipment",
    location: str | None = None,
    lot: str | None = None,
    order: UUID | None = None,
    line_no: int | None = None,
) -> StockIssued:
    """An issue drawn from one cost layer: total = quantity × unit cost."""
    q, c = Decimal(quantity), Decimal(unit_cost)
    return StockIssued(
        sku=SKU,
        warehouse=WH,
        location=location,
        lot=lot,
        quantity=q,
        unit=UNIT,
        reason=reason,
        kind="other",  # issued by hand: the reason is free text
        unit_cost=cny(unit_cost),
        total_cost=Money(amount=q * c, currency=CNY),
        layers=[IssuedLayer(quantity=q, unit_cost=cny(unit_cost))],
        order_id=order,
        line_no=line_no,
    )


def take(quantity: str, reason: str = "shipment", **changes: Any) -> Issue:
    return Issue(quantity=Decimal(quantity), unit=UNIT, reason=reason, **changes)


# --- receive -------------------------------------------------------------------------------


def test_a_receipt_adds_stock_at_its_cost_on_its_location_and_lot(given: Given) -> None:
    state = (
        given()
        .when(
            Receive(
                quantity=Decimal("10"),
                unit=UNIT,
                unit_cost=Decimal("2.5"),
                currency=CNY,
                location="A-01",
                lot="L-2026-11",
                source_event_id=RECEIPT,
            )
        )
        .then(received("10", "2.50", location="A-01", lot="L-2026-11", source=RECEIPT))
    )
    assert state.on_hand == Decimal("10")
    assert state.value == Decimal("25")
    assert state.balances == {("A-01", "L-2026-11"): Decimal("10")}
    assert state.available == Decimal("10")


def test_a_receipt_in_another_unit_is_refused(given: Given) -> None:
    given().when(
        Receive(quantity=Decimal("10"), unit="box", unit_cost=Decimal("2"), currency=CNY)
    ).raises(DomainError, match="TEA is kept in pcs, not box", fields=("unit",))


def test_a_receipt_in_another_currency_is_refused(given: Given) -> None:
    given(received("5")).when(
        Receive(quantity=Decimal("10"), unit=UNIT, unit_cost=Decimal("2"), currency="USD")
    ).raises(DomainError, match="TEA in WH-A is valued in CNY, not USD", fields=("currency",))


def test_a_receipt_at_a_negative_cost_is_refused(given: Given) -> None:
    given().when(
        Receive(quantity=Decimal("10"), unit=UNIT, unit_cost=Decimal("-0.01"), currency=CNY)
    ).raises(DomainError, match="unit cost cannot be negative", fields=("unit_cost",))


def test_a_receipt_of_nothing_is_refused(given: Given) -> None:
    given().when(
        Receive(quantity=Decimal("0"), unit=UNIT, unit_cost=Decimal("2"), currency=CNY)
    ).raises(DomainError, match="quantity must be greater than zero", fields=("quantity",))


# --- reserve -------------------------------------------------------------------------------


def test_a_reservation_within_what_is_available_says_what_is_left(given: Given) -> None:
    state = (
        given(received("10"), reserved(OTHER_ORDER, "3", "7"))
        .when(Reserve(ORDER, 1, Decimal("4"), UNIT))
        .then(reserved(ORDER, "4", available_after="3"))  # 10 - 3 - 4
    )
    assert state.on_hand == Decimal("10")
    assert state.reserved == Decimal("7")
    assert state.available == Decimal("3")
    assert state.reservations == {(OTHER_ORDER, 1): Decimal("3"), (ORDER, 1): Decimal("4")}


def test_a_reservation_beyond_what_is_available_waits_as_a_backorder_with_what_there_is(
    given: Given,
) -> None:
    state = (
        given(received("10"), reserved(OTHER_ORDER, "4", "6"))
        .when(Reserve(ORDER, 2, Decimal("7"), UNIT))
        .then(
            ReservationBackordered(
                sku=SKU,
                warehouse=WH,
                order_id=ORDER,
                line_no=2,
                quantity=Decimal("7"),
                unit=UNIT,
                available=Decimal("6"),
                position=1,
            )
        )
    )
    assert state.reserved == Decimal("4")  # nothing was held for the waiting line
    assert (ORDER, 2) not in state.reservations
    assert state.backorders == (Backorder(ORDER, 2, Decimal("7")),)


def test_all_that_is_available_can_be_reserved(given: Given) -> None:
    state = (
        given(received("10"))
        .when(Reserve(ORDER, 1, Decimal("10"), UNIT))
        .then(reserved(ORDER, "10", available_after="0"))
    )
    assert state.available == Decimal("0")


def test_reserving_the_same_order_line_twice_is_a_conflict(given: Given) -> None:
    given(received("10"), reserved(ORDER, "2", "8")).when(
        Reserve(ORDER, 1, Decimal("2"), UNIT)
    ).raises(StateConflict, match="already holds a reservation", fields=("order_id", "line_no"))


def test_another_line_of_the_same_order_is_its_own_reservation(given: Given) -> None:
    given(received("10"), reserved(ORDER, "2", "8")).when(
        Reserve(ORDER, 2, Decimal("2"), UNIT)
    ).then(reserved(ORDER, "2", available_after="6", line_no=2))


def test_a_reservation_in_another_unit_is_refused(given: Given) -> None:
    given(received("10")).when(Reserve(ORDER, 1, Decimal("1"), "box")).raises(
        DomainError, match="kept in pcs, not box", fields=("unit",)
    )


@pytest.mark.parametrize("decider", [WITH_QUARANTINE])
def test_stock_in_quarantine_cannot_be_reserved(given: Given) -> None:
    history = (received("10", location=QC), received("4", location="A-01"))
    given(*history).when(Reserve(ORDER, 1, Decimal("5"), UNIT)).then(
        ReservationBackordered(
            sku=SKU,
            warehouse=WH,
            order_id=ORDER,
            line_no=1,
            quantity=Decimal("5"),
            unit=UNIT,
            available=Decimal("4"),  # 14 on hand, 10 of them in quarantine
            position=1,
        )
    )
    state = (
        given(*history)
        .when(Reserve(ORDER, 1, Decimal("4"), UNIT))
        .then(reserved(ORDER, "4", available_after="0"))
    )
    assert state.on_hand == Decimal("14")
    assert state.saleable == Decimal("4")


# --- release -------------------------------------------------------------------------------


def test_releasing_a_reservation_makes_it_available_again(given: Given) -> None:
    state = (
        given(received("10"), reserved(ORDER, "4", "6"), reserved(OTHER_ORDER, "1", "5"))
        .when(Release(ORDER, 1, "order cancelled: customer changed mind"))
        .then(
            ReservationReleased(
                sku=SKU,
                warehouse=WH,
                order_id=ORDER,
                line_no=1,
                quantity=Decimal("4"),
                unit=UNIT,
                reason="order cancelled: customer changed mind",
            )
        )
    )
    assert state.reserved == Decimal("1")
    assert state.available == Decimal("9")
    assert state.reservations == {(OTHER_ORDER, 1): Decimal("1")}


def test_releasing_what_is_not_held_changes_nothing(given: Given) -> None:
    given(received("10")).when(Release(ORDER, 1, "order cancelled")).then()


def test_releasing_twice_releases_once(given: Given) -> None:
    released = ReservationReleased(
        sku=SKU,
        warehouse=WH,
        order_id=ORDER,
        line_no=1,
        quantity=Decimal("4"),
        unit=UNIT,
        reason="order cancelled",
    )
    given(received("10"), reserved(ORDER, "4", "6"), released).when(
        Release(ORDER, 1, "order cancelled")
    ).then()


# --- issue ---------------------------------------------------------------------------------


def test_an_issue_for_an_order_line_consumes_its_reservation(given: Given) -> None:
    state = (
        given(received("10"), reserved(ORDER, "6", "4"), reserved(OTHER_ORDER, "4", "0"))
        .when(take("6", order_id=ORDER, line_no=1))
        .then(issued("6", "2.00", order=ORDER, line_no=1))
    )
    assert state.on_hand == Decimal("4")
    assert state.reserved == Decimal("4")  # the other order's reservation stays whole
    assert state.reservations == {(OTHER_ORDER, 1): Decimal("4")}
    assert state.available == Decimal("0")


def test_a_partial_issue_for_an_order_line_leaves_the_rest_reserved(given: Given) -> None:
    state = (
        given(received("10"), reserved(ORDER, "6", "4"))
        .when(take("2", order_id=ORDER, line_no=1))
        .then(issued("2", "2.00", order=ORDER, line_no=1))
    )
    assert state.reservations == {(ORDER, 1): Decimal("4")}
    assert state.reserved == Decimal("4")
    assert state.available == Decimal("4")  # 8 on hand, 4 still reserved


def test_an_issue_may_not_take_stock_reserved_for_others(given: Given) -> None:
    given(received("10"), reserved(OTHER_ORDER, "8", "2")).when(take("3", "sample")).raises(
        DomainError,
        match=r"^cannot issue 3 pcs of TEA from WH-A: 2 available$",
        fields=("quantity",),
    )


def test_an_order_line_may_take_its_reservation_and_what_nobody_reserved_but_no_more(
    given: Given,
) -> None:
    history = (received("10"), reserved(ORDER, "5", "5"), reserved(OTHER_ORDER, "3", "2"))
    given(*history).when(take("8", order_id=ORDER, line_no=1)).raises(
        DomainError,
        match=r"cannot issue 8 pcs of TEA from WH-A: 7 available "
        r"\(of which 5 reserved for this order line\)",
        fields=("quantity",),
    )
    state = (
        given(*history)
        .when(take("7", order_id=ORDER, line_no=1))
        .then(issued("7", "2.00", order=ORDER, line_no=1))
    )
    assert state.reserved == Decimal("3")
    assert state.reservations == {(OTHER_ORDER, 1): Decimal("3")}


def test_an_issue_beyond_on_hand_is_refused_by_default(given: Given) -> None:
    given(received("10")).when(take("15")).raises(
        DomainError, match="cannot issue 15 pcs of TEA from WH-A: 10 available"
    )


@pytest.mark.parametrize("decider", [NEGATIVE_ALLOWED])
def test_a_warehouse_that_allows_it_can_go_below_zero_on_hand(given: Given) -> None:
    [event] = given(received("10", "2.00")).when(take("15")).decided()
    assert event.quantity == Decimal("15")
    assert event.total_cost == cny("30")  # the 5 short at the last known cost, 2.00
    state = given(received("10", "2.00"), event).when(take("1")).then(issued("1", "2.00"))
    assert state.on_hand == Decimal("-6")
    assert state.balances == {("", ""): Decimal("-6")}
    assert state.available == Decimal("-6")


def test_an_issue_draws_across_locations_and_lots_one_event_per_balance(given: Given) -> None:
    history = (
        received("5", "2.00"),  # unassigned stock goes first
        received("4", "3.00", location="A-01", lot="L1"),
        received("6", "4.00", location="A-02", lot="L2"),
    )
    state = (
        given(*history)
        .when(take("12", "transfer_out"))
        .then(
            issued("5", "2.00", reason="transfer_out"),
            issued("4", "3.00", reason="transfer_out", location="A-01", lot="L1"),
            issued("3", "4.00", reason="transfer_out", location="A-02", lot="L2"),
        )
    )
    assert state.on_hand == Decimal("3")
    assert state.balances == {("A-02", "L2"): Decimal("3")}
    assert state.value == Decimal("12")  # 3 × 4.00 left


@pytest.mark.parametrize("decider", [WITH_QUARANTINE])
def test_an_issue_never_draws_from_quarantine(given: Given) -> None:
    history = (received("10", location=QC), received("4", location="A-01"))
    given(*history).when(take("5")).raises(DomainError, match="4 available")
    given(*history).when(take("1", location=QC)).raises(
        DomainError, match="QC-01 is a quarantine location", fields=("location",)
    )
    state = given(*history).when(take("4")).then(issued("4", "2.00", location="A-01"))
    assert state.balances == {(QC, ""): Decimal("10")}


def test_an_issue_from_a_named_location_and_lot_takes_it_from_there(given: Given) -> None:
    history = (received("5", "2.00"), received("4", "3.00", location="A-01", lot="L1"))
    state = (
        given(*history)
        .when(take("3", location="A-01", lot="L1"))
        .then(issued("3", "2.00", location="A-01", lot="L1"))  # FIFO: the oldest layer's cost
    )
    assert state.balances == {("", ""): Decimal("5"), ("A-01", "L1"): Decimal("1")}


def test_an_issue_from_a_named_location_may_not_take_more_than_it_holds(given: Given) -> None:
    history = (received("10", "2.00"), received("2", "2.00", location="A-01"))
    given(*history).when(take("3", location="A-01")).raises(
        DomainError, match=r"cannot issue 3 pcs of TEA from WH-A: 2 available at A-01"
    )


def test_an_issue_from_a_named_location_finds_its_lots(given: Given) -> None:
    history = (
        received("2", "2.00", location="A-01", lot="L1"),
        received("3", "2.00", location="A-01", lot="L2"),
    )
    state = (
        given(*history)
        .when(take("4", location="A-01"))
        .then(
            issued("2", "2.00", location="A-01", lot="L1"),
            issued("2", "2.00", location="A-01", lot="L2"),
        )
    )
    assert state.balances == {("A-01", "L2"): Decimal("1")}


@pytest.mark.parametrize("decider", [WITH_QUARANTINE])
def test_a_purchase_return_takes_goods_out_of_quarantine(given: Given) -> None:
    """Quarantined goods are not available for sale, but they can go back to the supplier
    even when nothing saleable is left."""
    history = (received("3", "2.00", location=QC),)
    state = (
        given(*history)
        .when(take("3", "purchase_return", location=QC))
        .then(issued("3", "2.00", reason="purchase_return", location=QC))
    )
    assert state.on_hand == Decimal("0")
    given(*history).when(take("4", "purchase_return", location=QC)).raises(
        DomainError, match="3 available at QC-01"
    )
    # Saleable stock reserved beyond what is left of it (a count found less) does not hold
    # back the quarantined goods either.
    counted_less = StockAdjusted(
        sku=SKU,
        warehouse=WH,
        quantity=Decimal("-2"),
        unit=UNIT,
        reason="count difference",
        unit_cost=cny("2"),
        total_cost=cny("-4"),
    )
    short = (*history, received("2"), reserved(OTHER_ORDER, "2", "0"), counted_less)
    [event] = given(*short).when(take("3", "purchase_return", location=QC)).decided()
    assert (event.location, event.quantity, event.total_cost) == (QC, Decimal("3"), cny("6"))


def test_an_issue_in_another_unit_or_of_nothing_is_refused(given: Given) -> None:
    given(received("10")).when(Issue(quantity=Decimal("1"), unit="box", reason="x")).raises(
        DomainError, match="kept in pcs, not box", fields=("unit",)
    )
    given(received("10")).when(take("0")).raises(
        DomainError, match="quantity must be greater than zero", fields=("quantity",)
    )


# --- adjust --------------------------------------------------------------------------------


def test_a_positive_adjustment_adds_stock_at_the_current_cost(given: Given) -> None:
    state = (
        given(received("10", "2.00"))
        .when(Adjust(quantity=Decimal("3"), unit=UNIT, reason="found behind the shelf"))
        .then(
            StockAdjusted(
                sku=SKU,
                warehouse=WH,
                quantity=Decimal("3"),
                unit=UNIT,
                reason="found behind the shelf",
                unit_cost=cny("2"),
                total_cost=cny("6"),  # 3 × 2.00
            )
        )
    )
    assert state.on_hand == Decimal("13")
    assert state.value == Decimal("26")


def test_a_positive_adjustment_may_name_its_cost(given: Given) -> None:
    given(received("10", "2.00")).when(
        Adjust(
            quantity=Decimal("2"),
            unit=UNIT,
            reason="count difference",
            location="A-01",
            unit_cost=Decimal("2.4"),
        )
    ).then(
        StockAdjusted(
            sku=SKU,
            warehouse=WH,
            location="A-01",
            quantity=Decimal("2"),
            unit=UNIT,
            reason="count difference",
            unit_cost=cny("2.4"),
            total_cost=cny("4.8"),  # 2 × 2.40
        )
    )


def test_a_negative_adjustment_removes_stock_at_its_cost(given: Given) -> None:
    state = (
        given(received("10", "2.00"), received("5", "3.00", location="A-01"))
        .when(Adjust(quantity=Decimal("-4"), unit=UNIT, reason="damaged in storage"))
        .then(
            StockAdjusted(
                sku=SKU,
                warehouse=WH,
                quantity=Decimal("-4"),
                unit=UNIT,
                reason="damaged in storage",
                unit_cost=cny("2"),  # FIFO: from the oldest layer
                total_cost=cny("-8"),  # -(4 × 2.00)
            )
        )
    )
    assert state.on_hand == Decimal("11")
    assert state.value == Decimal("27")  # 6 × 2.00 + 5 × 3.00 = 12 + 15
    assert state.balances == {("", ""): Decimal("6"), ("A-01", ""): Decimal("5")}


def test_removing_more_than_a_balance_holds_is_refused(given: Given) -> None:
    history = (received("10", location="A-01"), received("3", location="A-02", lot="L1"))
    given(*history).when(
        Adjust(quantity=Decimal("-11"), unit=UNIT, reason="damaged", location="A-01")
    ).raises(DomainError, match="cannot remove 11 pcs: 10 on hand at A-01$", fields=("quantity",))
    given(*history).when(
        Adjust(quantity=Decimal("-4"), unit=UNIT, reason="damaged", location="A-02", lot="L1")
    ).raises(DomainError, match="cannot remove 4 pcs: 3 on hand at A-02 lot L1")
    given(*history).when(Adjust(quantity=Decimal("-1"), unit=UNIT, reason="damaged")).raises(
        DomainError, match="0 on hand at the unassigned location"
    )


def test_an_adjustment_needs_a_reason_and_a_change(given: Given) -> None:
    given(received("10")).when(Adjust(quantity=Decimal("1"), unit=UNIT, reason="  ")).raises(
        DomainError, match="needs a reason", fields=("reason",)
    )
    given(received("10")).when(Adjust(quantity=Decimal("0"), unit=UNIT, reason="x")).raises(
        DomainError, match="must change the quantity", fields=("quantity",)
    )


def test_a_receipt_at_a_cost_too_large_for_the_wire_is_refused(given: Given) -> None:
    # Refused by the decider, naming the field, not by a validation error building the event.
    given().when(
        Receive(quantity=Decimal("1"), unit=UNIT, unit_cost=Decimal("1E+14"), currency=CNY)
    ).raises(DomainError, match="unit cost .* is too large", fields=("unit_cost",))


def test_a_receipt_cost_with_more_places_is_rounded_into_the_event(given: Given) -> None:
    state = (
        given()
        .when(Receive(quantity=Decimal("3"), unit=UNIT, unit_cost=Decimal(10) / 3, currency=CNY))
        .then(received("3", "3.333333"))
    )
    assert state.value == Decimal("9.999999")
