"""Issue 3, inventory 8: the value of a stock position, moving average and FIFO.

Every issue carries its cost (StockIssued.unit_cost, total_cost, layers); issuing everything
takes exactly the value on hand, so no rounding residue is left; a late cost correction is
capitalised on what is still on hand and expensed for what already left. Every figure below
is worked out by hand in the comment next to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import (
    CostAdjusted,
    IssuedLayer,
    StockIssued,
    StockReceived,
)
from jxc.inventory.domain.stock import (
    Adjust,
    CorrectCost,
    Issue,
    Position,
    Receive,
    Valuation,
    decide,
    evolve,
)
from jxc.platform.decider import Decider, DomainError

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]

SKU, WH, UNIT, CNY = "TEA", "WH-A", "pcs", "CNY"
ZERO = Decimal(0)
FIRST = UUID("0190a6f0-0000-7000-8000-0000000000a1")  # receipts (GoodsReceived event ids)
SECOND = UUID("0190a6f0-0000-7000-8000-0000000000a2")


def stock_decider(valuation: Valuation) -> Decider[Any, Position]:
    return Decider(
        stream_prefix="stock",
        initial_state=Position(sku=SKU, warehouse=WH, unit=UNIT, currency=CNY, valuation=valuation),
        decide=decide,
        evolve=evolve,
    )


FIFO = stock_decider(Valuation.FIFO)
MOVING_AVERAGE = stock_decider(Valuation.MOVING_AVERAGE)


@pytest.fixture
def decider() -> Decider[Any, Position]:
    return FIFO


moving_average = pytest.mark.parametrize("decider", [MOVING_AVERAGE])


def cny(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency=CNY)


def received(quantity: str, unit_cost: str, source: UUID | None = None) -> StockReceived:
    return StockReceived(
        sku=SKU,
        warehouse=WH,
        quantity=Decimal(quantity),
        unit=UNIT,
        unit_cost=cny(unit_cost),
        source_event_id=source,
    )


def issued(
    quantity: str, unit_cost: str, total_cost: str, layers: Sequence[tuple[str, str]]
) -> StockIssued:
    return StockIssued(
        sku=SKU,
        warehouse=WH,
        quantity=Decimal(quantity),
        unit=UNIT,
        reason="shipment",
        kind="other",  # issued by hand: the reason is free text
        unit_cost=cny(unit_cost),
        total_cost=cny(total_cost),
        layers=[IssuedLayer(quantity=Decimal(q), unit_cost=cny(c)) for q, c in layers],
    )


def take(quantity: str) -> Issue:
    return Issue(quantity=Decimal(quantity), unit=UNIT, reason="shipment")


def correct(amount: str, quantity: str, source: UUID | None = None) -> CorrectCost:
    return CorrectCost(
        amount=Decimal(amount),
        currency=CNY,
        quantity=Decimal(quantity),
        reason="landed cost: sea freight",
        source_event_id=source,
    )


def issue_in_turn(
    given: Given, history: Sequence[DomainEvent], quantities: Sequence[str]
) -> tuple[list[StockIssued], Position]:
    """Issue `quantities` one after the other; their events and the position after them."""
    past = list(history)
    out: list[StockIssued] = []
    for quantity in quantities:
        [event] = given(*past).when(take(quantity)).decided()
        assert isinstance(event, StockIssued)
        out.append(event)
        past.append(event)
    scenario = given(*past)
    state: Position = scenario.decider.fold(scenario.history)
    return out, state


def totals(events: Sequence[StockIssued]) -> list[Decimal]:
    return [e.total_cost.amount for e in events]


# --- moving average ------------------------------------------------------------------------


@moving_average
def test_moving_average_issues_at_the_average_of_the_receipts(given: Given) -> None:
    history = (received("10", "2.00"), received("30", "3.00"))
    state = (
        given(*history)
        .when(take("20"))
        # (10 × 2.00 + 30 × 3.00) / 40 = 110 / 40 = 2.75; 20 × 2.75 = 55.00
        .then(issued("20", "2.75", "55.00", [("20", "2.75")]))
    )
    assert state.on_hand == Decimal("20")
    assert state.value == Decimal("55.00")  # 110 - 55
    assert state.unit_cost == Decimal("2.75")
    assert state.layers == ()  # moving average keeps no layers


@moving_average
def test_moving_average_follows_each_receipt(given: Given) -> None:
    history = (
        received("10", "2.00"),
        issued("5", "2.00", "10.00", [("5", "2.00")]),  # 5 left, worth 10.00
        received("5", "4.00"),  # 10 on hand worth 10 + 20 = 30.00: 3.00 each
    )
    given(*history).when(take("4")).then(issued("4", "3.00", "12.00", [("4", "3.00")]))


@moving_average
def test_issuing_everything_one_by_one_takes_exactly_what_came_in(given: Given) -> None:
    events, state = issue_in_turn(given, [received("3", "1.00")], ["1", "1", "1"])
    assert totals(events) == [Decimal("1"), Decimal("1"), Decimal("1")]
    assert sum(totals(events)) == Decimal("3.00")
    assert (state.on_hand, state.value) == (ZERO, ZERO)


@moving_average
def test_thirds_leave_no_residue(given: Given) -> None:
    # 1 × 0.10 + 2 × 0.45 = 1.00 for 3: 0.333333… each
    history = [received("1", "0.10"), received("2", "0.45")]
    events, state = issue_in_turn(given, history, ["1", "1", "1"])
    assert totals(events) == [
        Decimal("0.333333"),  # 1.00 / 3, rounded; 0.666667 left for 2
        Decimal("0.333334"),  # 0.666667 / 2 = 0.3333335, half to even; 0.333333 left
        Decimal("0.333333"),  # the last one takes exactly what is left
    ]
    assert sum(totals(events)) == Decimal("1.00")
    assert (state.on_hand, state.value) == (ZERO, ZERO)


@moving_average
def test_the_last_issue_takes_exactly_the_remaining_value(given: Given) -> None:
    # 1 × 1.00 + 2 × 2.00 = 5.00 for 3: 1.666666… each
    history = [received("1", "1.00"), received("2", "2.00")]
    events, state = issue_in_turn(given, history, ["1", "2"])
    assert events[0] == issued("1", "1.666667", "1.666667", [("1", "1.666667")])
    assert events[1].total_cost == cny("3.333333")  # 5.00 - 1.666667, not 2 × 1.666667
    assert events[1].unit_cost == cny("1.666666")  # 3.333333 / 2 = 1.6666665, half to even
    assert sum(totals(events)) == Decimal("5")
    assert (state.on_hand, state.value) == (ZERO, ZERO)


@moving_average
def test_a_moving_average_cost_correction_is_capitalised_on_what_is_still_here(
    given: Given,
) -> None:
    history = (
        received("12", "5.00", FIRST),  # 60.00
        issued("6", "5.00", "30.00", [("6", "5.00")]),  # 6 left, worth 30.00
    )
    state = (
        given(*history)
        .when(correct("12.00", "12", FIRST))
        .then(
            CostAdjusted(
                sku=SKU,
                warehouse=WH,
                amount=cny("12.00"),
                capitalised=cny("6.00"),  # 12.00 × 6 still here / 12 received
                expensed=cny("6.00"),  # 12.00 - 6.00, for the 6 already issued
                reason="landed cost: sea freight",
                source_event_id=FIRST,
            )
        )
    )
    assert state.value == Decimal("36.00")  # 30.00 + 6.00
    assert state.unit_cost == Decimal("6")  # 36.00 / 6
    given(*history, *given(*history).when(correct("12.00", "12", FIRST)).decided()).when(
        take("6")
    ).then(issued("6", "6.00", "36.00", [("6", "6.00")]))


@moving_average
def test_stock_whose_cost_was_credited_in_full_issues_at_no_cost(given: Given) -> None:
    history = [
        received("10", "2.00", FIRST),  # 20.00
        CostAdjusted(
            sku=SKU,
            warehouse=WH,
            amount=cny("-20.00"),  # the supplier credits the whole price: 10 × 2.00
            capitalised=cny("-20.00"),
            expensed=cny("0"),
            reason="free of charge after all",
            source_event_id=FIRST,
        ),
    ]
    # 10 on hand worth 0.00: 0.00 each, not the last receipt's 2.00
    events, state = issue_in_turn(given, history, ["4", "6"])
    assert totals(events) == [Decimal("0"), Decimal("0")]
    assert (state.on_hand, state.value) == (ZERO, ZERO)


# --- FIFO ----------------------------------------------------------------------------------


def test_fifo_issues_the_oldest_layers_first(given: Given) -> None:
    history: list[DomainEvent] = [received("10", "2.00", FIRST), received("30", "3.00", SECOND)]
    # 10 × 2.00 + 5 × 3.00 = 35.00; 35.00 / 15 = 2.333333
    first = (
        given(*history)
        .when(take("15"))
        .then(issued("15", "2.333333", "35.00", [("10", "2.00"), ("5", "3.00")]))
    )
    assert first.on_hand == Decimal("25")
    assert first.value == Decimal("75.00")  # 110.00 - 35.00 = 25 × 3.00
    history.append(issued("15", "2.333333", "35.00", [("10", "2.00"), ("5", "3.00")]))
    # the 25 left are all of the second layer: 25 × 3.00 = 75.00
    state = given(*history).when(take("25")).then(issued("25", "3.00", "75.00", [("25", "3.00")]))
    assert (state.on_hand, state.value, state.layers) == (ZERO, ZERO, ())


def test_fifo_keeps_a_layer_per_receipt(given: Given) -> None:
    history = (received("10", "2.00", FIRST), received("30", "3.00", SECOND))
    state = given(*history).when(take("4")).then(issued("4", "2.00", "8.00", [("4", "2.00")]))
    assert [(la.quantity, la.unit_cost, la.source) for la in state.layers] == [
        (Decimal("6"), Decimal("2.00"), FIRST),
        (Decimal("30"), Decimal("3.00"), SECOND),
    ]
    assert state.value == Decimal("102.00")  # 6 × 2.00 + 30 × 3.00


def test_a_fifo_cost_correction_raises_the_layer_still_on_hand(given: Given) -> None:
    history = (
        received("10", "2.00", FIRST),
        received("5", "3.00", SECOND),
        issued("6", "2.00", "12.00", [("6", "2.00")]),  # 4 of the first receipt remain
    )
    adjusted = CostAdjusted(
        sku=SKU,
        warehouse=WH,
        amount=cny("10.00"),
        capitalised=cny("4.00"),  # 10.00 × 4 remaining / 10 received
        expensed=cny("6.00"),  # 10.00 - 4.00, for the 6 already issued
        reason="landed cost: sea freight",
        source_event_id=FIRST,
    )
    state = given(*history).when(correct("10.00", "10", FIRST)).then(adjusted)
    assert [(la.quantity, la.unit_cost) for la in state.layers] == [
        (Decimal("4"), Decimal("3.00")),  # 2.00 + 4.00 / 4
        (Decimal("5"), Decimal("3.00")),  # the second receipt is untouched
    ]
    assert state.value == Decimal("27.00")  # 4 × 2.00 + 5 × 3.00 + 4.00
    # the corrected layer now issues at its new cost: 4 × 3.00 = 12.00
    given(*history, adjusted).when(take("4")).then(issued("4", "3.00", "12.00", [("4", "3.00")]))


def test_a_correction_for_goods_all_issued_is_expensed(given: Given) -> None:
    history = (
        received("10", "2.00", FIRST),
        received("5", "3.00", SECOND),
        issued("10", "2.00", "20.00", [("10", "2.00")]),
    )
    state = (
        given(*history)
        .when(correct("-5.00", "10", FIRST))  # a credit note: 0.50 a unit less
        .then(
            CostAdjusted(
                sku=SKU,
                warehouse=WH,
                amount=cny("-5.00"),
                capitalised=cny("0"),
                expensed=cny("-5.00"),
                reason="landed cost: sea freight",
                source_event_id=FIRST,
            )
        )
    )
    assert state.value == Decimal("15.00")  # 5 × 3.00, unchanged


def test_fifo_thirds_leave_no_residue(given: Given) -> None:
    history = [
        received("3", "1.00", FIRST),
        CostAdjusted(
            sku=SKU,
            warehouse=WH,
            amount=cny("1.00"),
            capitalised=cny("1.00"),  # the layer: 4.00 for 3, 1.333333… each
            expensed=cny("0"),
            reason="landed cost",
            source_event_id=FIRST,
        ),
    ]
    events, state = issue_in_turn(given, history, ["1", "1", "1"])
    assert totals(events) == [
        Decimal("1.333333"),  # 1 × 1.333333…, rounded
        Decimal("1.333333"),
        Decimal("1.333334"),  # the last one takes what is left: 4.00 - 2.666666
    ]
    assert sum(totals(events)) == Decimal("4.00")
    assert (state.on_hand, state.value, state.layers) == (ZERO, ZERO, ())


# --- refused -------------------------------------------------------------------------------


def test_a_cost_correction_in_another_currency_or_of_nothing_is_refused(given: Given) -> None:
    history = (received("10", "2.00", FIRST),)
    given(*history).when(
        CorrectCost(amount=Decimal("1"), currency="USD", quantity=Decimal("10"), reason="x")
    ).raises(DomainError, match="TEA is valued in CNY, not USD", fields=("currency",))
    given(*history).when(correct("0", "10", FIRST)).raises(
        DomainError, match="must change the cost", fields=("amount",)
    )
    given(*history).when(correct("1", "0", FIRST)).raises(
        DomainError, match="quantity must be greater than zero", fields=("quantity",)
    )


def _ma_position() -> Position:
    return Position(
        sku="TEA", warehouse="WH-A", unit="pcs", currency="CNY", valuation=Valuation.MOVING_AVERAGE
    )


def test_a_credit_larger_than_the_value_on_hand_is_capped_and_the_rest_expensed() -> None:
    position = _ma_position()
    [received] = decide(Receive(Decimal(10), "pcs", Decimal("2.00"), "CNY"), position)
    position = evolve(position, received)
    [event] = decide(CorrectCost(Decimal("-50.00"), "CNY", Decimal(10), "credit"), position)
    assert isinstance(event, CostAdjusted)
    assert event.capitalised.amount == Decimal("-20")  # the whole value on hand, no more
    assert event.expensed.amount == Decimal("-30")
    assert evolve(position, event).value == 0


def test_a_fifo_correction_without_a_receipt_is_expensed_not_put_on_adjustment_layers() -> None:
    position = replace(_ma_position(), valuation=Valuation.FIFO)
    [found] = decide(Adjust(Decimal(5), "pcs", "found", unit_cost=Decimal(1)), position)
    position = evolve(position, found)
    [event] = decide(CorrectCost(Decimal("10.00"), "CNY", Decimal(5), "landed cost"), position)
    assert isinstance(event, CostAdjusted)
    assert event.capitalised.amount == 0
    assert event.expensed.amount == Decimal(10)
