"""Issue item 9: stock money. Negative stock leaves no phantom FIFO layer (the shortfall is
netted against the next receipt), and the ledger always sums exactly to the position: the
quantity changes to on hand, the value changes to the value, under FIFO and moving average,
whatever sequence of receipts, issues, adjustments and cost corrections led there."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from hypothesis import given, settings
from hypothesis import strategies as st

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import CostAdjusted
from jxc.inventory.adapters.stock_tables import is_ledger_event, ledger_changes
from jxc.inventory.domain.stock import (
    Adjust,
    CorrectCost,
    Issue,
    Position,
    Receive,
    StockCommand,
    Valuation,
    decide,
    evolve,
)
from jxc.platform.decider import DomainError

D = Decimal
SKU, WH, UNIT, CNY = "TEA", "WH-A", "pcs", "CNY"


def _position(valuation: Valuation, allow_negative: bool = False) -> Position:
    return Position(
        sku=SKU,
        warehouse=WH,
        unit=UNIT,
        currency=CNY,
        valuation=valuation,
        allow_negative=allow_negative,
    )


def _run(state: Position, *commands: StockCommand) -> tuple[Position, list[DomainEvent]]:
    events: list[DomainEvent] = []
    for command in commands:
        for event in decide(command, state):
            state = evolve(state, event)
            events.append(event)
    return state, events


def _receipt(quantity: str, cost: str, source: int = 1) -> Receive:
    return Receive(D(quantity), UNIT, D(cost), CNY, source_event_id=UUID(int=source))


def _issue(quantity: str) -> Issue:
    return Issue(D(quantity), UNIT, "shipment")


# --- 9a: negative stock and FIFO ------------------------------------------------------------


def test_fifo_shortfall_is_netted_against_the_next_receipt() -> None:
    # issue 3 with nothing on hand, receive 10 @ 2.00, issue 7: nothing left, no layer left.
    state, _ = _run(
        _position(Valuation.FIFO, allow_negative=True),
        _issue("3"),
        _receipt("10", "2.00"),
    )
    assert [(layer.quantity, layer.unit_cost) for layer in state.layers] == [(D(7), D("2.00"))]
    assert state.on_hand == 7
    assert state.value == D("14.00")  # the 3 short were really worth 2.00 each: 6 expensed
    state, events = _run(state, _issue("7"))
    assert (state.on_hand, state.value, state.layers) == (D(0), D(0), ())
    assert events[0].total_cost.amount == D("14.00")  # type: ignore[attr-defined]


def test_settling_a_shortfall_moves_its_cost_difference_to_expense() -> None:
    _, events = _run(
        _position(Valuation.FIFO, allow_negative=True), _issue("3"), _receipt("10", "2.00")
    )
    settled = events[-1]
    assert isinstance(settled, CostAdjusted)
    assert (settled.amount.amount, settled.capitalised.amount, settled.expensed.amount) == (
        D(0),
        D("-6.00"),
        D("6.00"),
    )


def test_a_cost_correction_after_a_shortfall_only_reaches_what_is_still_here() -> None:
    state, _ = _run(
        _position(Valuation.FIFO, allow_negative=True), _issue("3"), _receipt("10", "2.00")
    )
    state, _ = _run(state, _issue("7"))
    [corrected] = decide(CorrectCost(D("10"), CNY, D(10), "invoice", UUID(int=1)), state)
    assert isinstance(corrected, CostAdjusted)
    assert corrected.capitalised.amount == 0  # nothing of that receipt is on hand any more
    assert corrected.expensed.amount == D("10")


def test_a_moving_average_shortfall_is_settled_at_the_receipt_cost() -> None:
    state, _ = _run(
        _position(Valuation.MOVING_AVERAGE, allow_negative=True),
        _issue("3"),
        _receipt("10", "2.00"),
    )
    assert (state.on_hand, state.value) == (D(7), D("14.00"))


# --- 9c: the ledger sums exactly to the position ---------------------------------------------


def _ledger_sums(events: list[DomainEvent]) -> tuple[Decimal, Decimal]:
    quantity, value = D(0), D(0)
    for event in events:
        if is_ledger_event(event):
            q, v = ledger_changes(event)
            quantity += q
            value += v
    return quantity, value


def test_three_receipt_and_issue_cycles_leave_no_drift() -> None:
    state = _position(Valuation.MOVING_AVERAGE)
    events: list[DomainEvent] = []
    for _ in range(3):
        state, more = _run(state, _receipt("0.5", "1.000001"), _issue("0.5"))
        events += more
    assert _ledger_sums(events) == (state.on_hand, state.value) == (D(0), D(0))


_quantities = st.decimals(min_value=D("0.001"), max_value=D(50), places=3)
_costs = st.decimals(min_value=D(0), max_value=D(20), places=6)
_commands = st.one_of(
    st.builds(
        lambda q, lost, c, s: Receive(
            q, UNIT, c, CNY, source_event_id=UUID(int=s), reason="transfer_in", lost=lost
        ),
        _quantities,
        _quantities,
        _costs,
        st.integers(4, 6),
    ),
    st.builds(lambda q, c, s: _receipt(str(q), str(c), s), _quantities, _costs, st.integers(1, 3)),
    st.builds(lambda q: _issue(str(q)), _quantities),
    st.builds(
        lambda q, c: Adjust(q, UNIT, "found", unit_cost=c),
        _quantities,
        st.one_of(st.none(), _costs),
    ),
    st.builds(lambda q: Adjust(-q, UNIT, "damaged"), _quantities),
    st.builds(
        lambda a, q, s: CorrectCost(a, CNY, q, "invoice", UUID(int=s)),
        st.decimals(min_value=D(-30), max_value=D(30), places=6).filter(lambda a: a != 0),
        _quantities,
        st.integers(1, 3),
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    valuation=st.sampled_from(list(Valuation)),
    allow_negative=st.booleans(),
    commands=st.lists(_commands, min_size=1, max_size=25),
)
def test_the_ledger_always_sums_exactly_to_the_position(
    valuation: Valuation, allow_negative: bool, commands: list[StockCommand]
) -> None:
    state = _position(valuation, allow_negative)
    events: list[DomainEvent] = []
    for command in commands:
        try:
            decided = decide(command, state)
        except DomainError:
            continue
        for event in decided:
            state = evolve(state, event)
            events.append(event)
    assert _ledger_sums(events) == (state.on_hand, state.value)
    if valuation is Valuation.FIFO and state.on_hand >= 0:
        assert sum((layer.quantity for layer in state.layers), D(0)) == state.on_hand


# --- 14d: goods lost on the way in have their own ledger line --------------------------------


def test_goods_lost_on_the_way_in_are_received_and_written_off_at_their_cost() -> None:
    older = _receipt("5", "1.00", source=9)
    state, _ = _run(_position(Valuation.FIFO), older)
    arriving = Receive(
        D(7),
        UNIT,
        D("2.50"),
        CNY,
        source_event_id=UUID(int=2),
        reason="transfer_in",
        lost=D(3),
        lost_value=D("7.50"),
    )
    state, events = _run(state, arriving)
    assert [type(e).__name__ for e in events] == ["StockReceived", "StockAdjusted"]
    assert ledger_changes(events[0]) == (D(10), D("25.00"))
    assert ledger_changes(events[1]) == (D(-3), D("-7.50"))
    # the loss comes out of the goods that were on the way, not out of the older layer
    assert [(layer.quantity, layer.unit_cost) for layer in state.layers] == [
        (D(5), D("1.00")),
        (D(7), D("2.50")),
    ]
    assert (state.on_hand, state.value) == (D(12), D("22.50"))
