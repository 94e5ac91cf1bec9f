"""Issue 8, item 2 (its last rule): backorders in the stock position, given / when / then on the
pure decider. A line that cannot be reserved waits in the position's queue; whenever available
stock rises, waiting lines are reserved whole, first placed first served, a head line that does
not fit blocking the smaller ones behind it; never more than is available."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import (
    BackorderWithdrawn,
    ReservationBackordered,
    ReservationRejected,
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
    StockCommand,
    Valuation,
    decide,
    evolve,
)
from jxc.platform.decider import Decider, DomainError, StateConflict

SKU, WH, UNIT, CNY = "TEA", "WH-A", "pcs", "CNY"
QC = "QC-01"
D = Decimal
FIRST, SECOND, THIRD, FOURTH = (UUID(int=n) for n in (1, 2, 3, 4))


def stock_decider(**changes: Any) -> Decider[Any, Position]:
    values: dict[str, Any] = {
        "sku": SKU,
        "warehouse": WH,
        "unit": UNIT,
        "currency": CNY,
        "valuation": Valuation.MOVING_AVERAGE,
    }
    values.update(changes)
    return Decider(
        stream_prefix="stock", initial_state=Position(**values), decide=decide, evolve=evolve
    )


@pytest.fixture
def decider() -> Decider[Any, Position]:
    return stock_decider()


def received(quantity: str, location: str | None = None) -> StockReceived:
    return StockReceived(
        sku=SKU,
        warehouse=WH,
        location=location,
        quantity=D(quantity),
        unit=UNIT,
        unit_cost=Money(amount=D(2), currency=CNY),
    )


def receive(quantity: str, reason: str = "purchase_receipt", **more: Any) -> Receive:
    return Receive(D(quantity), UNIT, D(2), CNY, reason=reason, **more)


def placed(order: UUID, quantity: str, line_no: int = 1) -> Reserve:
    return Reserve(order, line_no, D(quantity), UNIT)


def reserved(
    order: UUID, quantity: str, available_after: str, *, waited: bool = True, line_no: int = 1
) -> StockReserved:
    return StockReserved(
        sku=SKU,
        warehouse=WH,
        order_id=order,
        line_no=line_no,
        quantity=D(quantity),
        unit=UNIT,
        available_after=D(available_after),
        from_backorder=waited,
    )


def waiting(
    order: UUID, quantity: str, available: str, position: int, line_no: int = 1
) -> ReservationBackordered:
    return ReservationBackordered(
        sku=SKU,
        warehouse=WH,
        order_id=order,
        line_no=line_no,
        quantity=D(quantity),
        unit=UNIT,
        available=D(available),
        position=position,
    )


def withdrawn(order: UUID, quantity: str, reason: str, line_no: int = 1) -> BackorderWithdrawn:
    return BackorderWithdrawn(
        sku=SKU,
        warehouse=WH,
        order_id=order,
        line_no=line_no,
        quantity=D(quantity),
        unit=UNIT,
        reason=reason,
    )


# --- joining the queue ----------------------------------------------------------------------


def test_a_line_beyond_what_is_available_waits_first_in_the_queue(given: Any) -> None:
    state = given(received("3")).when(placed(FIRST, "5")).then(waiting(FIRST, "5", "3", 1))
    assert state.backorders == (Backorder(FIRST, 1, D(5)),)
    assert state.reserved == 0 and state.available == 3  # nothing held for it yet


def test_a_line_that_would_fit_still_joins_behind_the_lines_waiting(given: Any) -> None:
    history = (received("3"), waiting(FIRST, "5", "3", 1))
    state = given(*history).when(placed(SECOND, "2")).then(waiting(SECOND, "2", "3", 2))
    assert [b.order_id for b in state.backorders] == [FIRST, SECOND]
    assert state.available == 3  # the 3 stay for the head of the queue


def test_lines_of_nothing_in_stock_wait_in_placement_order(given: Any) -> None:
    state = (
        given(waiting(FIRST, "4", "0", 1), waiting(SECOND, "1", "0", 2))
        .when(placed(THIRD, "2"))
        .then(waiting(THIRD, "2", "0", 3))
    )
    assert [b.order_id for b in state.backorders] == [FIRST, SECOND, THIRD]


def test_a_line_already_waiting_cannot_be_placed_again(given: Any) -> None:
    given(waiting(FIRST, "4", "0", 1)).when(placed(FIRST, "4")).raises(
        StateConflict, match="already waits as a backorder", fields=("order_id", "line_no")
    )


def test_a_line_that_can_never_be_served_is_still_rejected_not_queued(given: Any) -> None:
    refusal = "no item TEA is registered and none was ever stocked in WH-A"
    state = (
        given(waiting(FIRST, "4", "0", 1))
        .when(Reserve(SECOND, 1, D(1), UNIT, refusal))
        .then(
            ReservationRejected(
                sku=SKU,
                warehouse=WH,
                order_id=SECOND,
                line_no=1,
                requested=D(1),
                available=D(0),
                unit=UNIT,
                reason=refusal,
            )
        )
    )
    assert [b.order_id for b in state.backorders] == [FIRST]


# --- served as stock arrives ----------------------------------------------------------------

QUEUE = (waiting(FIRST, "3", "0", 1), waiting(SECOND, "4", "0", 2), waiting(THIRD, "5", "0", 3))


def test_a_receipt_reserves_waiting_lines_whole_in_placement_order(given: Any) -> None:
    state = (
        given(*QUEUE)
        .when(receive("8"))
        .then(
            received("8"),
            reserved(FIRST, "3", "5"),
            reserved(SECOND, "4", "1"),  # the third (5) does not fit in the 1 left: it waits
        )
    )
    assert state.backorders == (Backorder(THIRD, 1, D(5)),)
    assert state.reservations == {(FIRST, 1): D(3), (SECOND, 1): D(4)}
    assert state.available == 1
    state = given(*QUEUE, received("8"), reserved(FIRST, "3", "5"), reserved(SECOND, "4", "1"))
    after = state.when(receive("4")).then(received("4"), reserved(THIRD, "5", "0"))
    assert after.backorders == () and after.available == 0 and after.reserved == 12


def test_a_head_line_that_does_not_fit_blocks_smaller_lines_behind_it(given: Any) -> None:
    history = (waiting(FIRST, "8", "0", 1), waiting(SECOND, "2", "0", 2))
    state = given(*history).when(receive("5")).then(received("5"))  # the 2 would fit: no jump
    assert [b.order_id for b in state.backorders] == [FIRST, SECOND]
    assert state.reserved == 0 and state.available == 5


@pytest.mark.parametrize("decider", [stock_decider(quarantine=frozenset({QC}))])
def test_stock_received_into_quarantine_serves_nobody(given: Any) -> None:
    state = (
        given(waiting(FIRST, "2", "0", 1))
        .when(receive("5", location=QC))
        .then(received("5", location=QC))
    )
    assert state.backorders == (Backorder(FIRST, 1, D(2)),)


@pytest.mark.parametrize("reason", ["transfer_in", "customer_return"])
def test_goods_coming_back_or_transferred_in_serve_the_queue(given: Any, reason: str) -> None:
    [receipt, served] = given(waiting(FIRST, "2", "0", 1)).when(receive("2", reason)).decided()
    assert isinstance(receipt, StockReceived) and receipt.reason == reason
    assert served == reserved(FIRST, "2", "0")


def test_a_positive_adjustment_or_count_serves_the_queue_a_negative_one_does_not(
    given: Any,
) -> None:
    found = Adjust(quantity=D(4), unit=UNIT, reason="count difference")
    [adjusted, served] = given(received("1"), waiting(FIRST, "5", "1", 1)).when(found).decided()
    assert isinstance(adjusted, StockAdjusted)
    assert served == reserved(FIRST, "5", "0")
    lost = Adjust(quantity=D(-1), unit=UNIT, reason="damaged")
    [only] = given(received("3"), waiting(FIRST, "5", "3", 1)).when(lost).decided()
    assert isinstance(only, StockAdjusted)


def test_a_released_reservation_serves_the_queue(given: Any) -> None:
    history = (
        received("6"),
        reserved(FIRST, "6", "0", waited=False),
        waiting(SECOND, "4", "0", 1),
        waiting(THIRD, "3", "0", 2),
    )
    state = (
        given(*history)
        .when(Release(FIRST, 1, "order cancelled: no longer needed"))
        .then(
            ReservationReleased(
                sku=SKU,
                warehouse=WH,
                order_id=FIRST,
                line_no=1,
                quantity=D(6),
                unit=UNIT,
                reason="order cancelled: no longer needed",
            ),
            reserved(SECOND, "4", "2"),  # the third (3) does not fit in the 2 left
        )
    )
    assert [b.order_id for b in state.backorders] == [THIRD]


# --- cancelled ------------------------------------------------------------------------------


def test_a_cancelled_waiting_line_is_withdrawn_and_the_lines_behind_move_up(given: Any) -> None:
    state = (
        given(*QUEUE)
        .when(Release(SECOND, 1, "order cancelled: too late"))
        .then(withdrawn(SECOND, "4", "order cancelled: too late"))
    )
    assert [b.order_id for b in state.backorders] == [FIRST, THIRD]
    assert given(*QUEUE, withdrawn(SECOND, "4", "x")).when(placed(FOURTH, "1")).decided() == [
        waiting(FOURTH, "1", "0", 3)
    ]


def test_withdrawing_a_blocking_head_serves_the_lines_behind_it(given: Any) -> None:
    history = (received("5"), waiting(FIRST, "8", "5", 1), waiting(SECOND, "2", "5", 2))
    state = (
        given(*history)
        .when(Release(FIRST, 1, "order cancelled"))
        .then(withdrawn(FIRST, "8", "order cancelled"), reserved(SECOND, "2", "3"))
    )
    assert state.backorders == () and state.available == 3


def test_withdrawing_twice_withdraws_once(given: Any) -> None:
    given(waiting(FIRST, "8", "0", 1), withdrawn(FIRST, "8", "x")).when(
        Release(FIRST, 1, "order cancelled")
    ).then()


def test_an_issue_for_a_waiting_line_takes_it_out_of_the_queue_first(given: Any) -> None:
    history = (received("5"), waiting(FIRST, "8", "5", 1), waiting(SECOND, "2", "5", 2))
    shipped = Issue(D(3), UNIT, "shipment", order_id=FIRST, line_no=1)
    events = given(*history).when(shipped).decided()
    assert events[0] == withdrawn(FIRST, "8", "shipped before stock was reserved for it")
    assert isinstance(events[1], StockIssued) and events[1].quantity == 3
    assert events[2:] == [reserved(SECOND, "2", "0")]


# --- whatever arrives, never more than is available -----------------------------------------


def test_any_sequence_of_orders_receipts_and_cancellations_never_over_reserves() -> None:
    """Many random histories: available never goes below zero by a reservation, each line is
    reserved at most once and whole, and the queue is always in placement order, its head
    never fitting in what is available."""
    rng = random.Random(8)
    for _ in range(200):
        state = Position(sku=SKU, warehouse=WH, unit=UNIT, currency=CNY, valuation=Valuation.FIFO)
        placed_at: dict[tuple[UUID, int], int] = {}
        reserved_lines: list[tuple[UUID, int]] = []
        for step in range(40):
            command: StockCommand
            roll = rng.random()
            if roll < 0.5:
                order = UUID(int=step + 1)
                placed_at[(order, 1)] = step
                command = Reserve(order, 1, D(rng.randint(1, 6)), UNIT)
            elif roll < 0.8:
                command = receive(str(rng.randint(1, 8)))
            elif placed_at:
                order, _ = rng.choice(sorted(placed_at))
                command = Release(order, 1, "order cancelled")
            else:
                continue
            events: list[DomainEvent] = list(decide(command, state))
            for event in events:
                state = evolve(state, event)
                if isinstance(event, StockReserved):
                    key = (event.order_id, event.line_no)
                    assert key not in reserved_lines, "a line reserved twice"
                    reserved_lines.append(key)
                    assert event.available_after >= 0
                    assert event.available_after == state.available
            assert state.available >= 0
            order_of = [placed_at[b.key] for b in state.backorders]
            assert order_of == sorted(order_of)
            if state.backorders:
                assert state.backorders[0].quantity > state.available
        served = [placed_at[k] for k in reserved_lines if k in placed_at]
        assert len(served) == len(reserved_lines)


def test_a_reserve_refused_for_its_unit_is_a_domain_error_not_a_backorder(given: Any) -> None:
    given(waiting(FIRST, "8", "0", 1)).when(Reserve(SECOND, 1, D(1), "box")).raises(
        DomainError, match="kept in pcs, not box", fields=("unit",)
    )


def test_decide_folding_gives_each_event_with_the_position_evolve_folds_to() -> None:
    """The keeper keeps the states `decide_folding` hands back instead of folding again: they
    must be exactly what evolve folds, for the command's events and the backorders it serves."""
    from jxc.inventory.domain.stock import decide_folding

    state = Position(
        sku=SKU, warehouse=WH, unit=UNIT, currency=CNY, valuation=Valuation.MOVING_AVERAGE
    )
    for command in (
        Reserve(FIRST, 1, D(3), UNIT),
        Reserve(SECOND, 1, D(2), UNIT),
        Receive(quantity=D(6), unit=UNIT, unit_cost=D("2.5"), currency=CNY),
    ):
        folded = decide_folding(command, state)
        assert [event for event, _ in folded] == list(decide(command, state))
        for event, after in folded:
            state = evolve(state, event)
            assert after == state
    assert state.reserved == D(5)
    assert state.backorders == ()
