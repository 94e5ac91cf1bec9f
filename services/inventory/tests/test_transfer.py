"""The transfer aggregate, given / when / then: requested → dispatched → received (partially,
with transit losses) → closed, and cancelled before dispatch."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.base import Money
from jxc.events.contracts.inventory import (
    TransferCancelled,
    TransferClosed,
    TransferDispatched,
    TransferDispatchedLine,
    TransferLine,
    TransferReceived,
    TransferReceivedLine,
    TransferRequested,
)
from jxc.inventory.domain.transfer import (
    CancelTransfer,
    CloseTransfer,
    IssuedCost,
    ReceiptLine,
    ReceiveTransfer,
    RecordDispatch,
    RequestedLine,
    RequestTransfer,
    TransferState,
    TransferStatus,
    lines_to_dispatch,
    transfer_decider,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]

D = Decimal
ID = UUID("01900000-0000-7000-8000-000000000001")


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return transfer_decider


def cny(amount: str | int) -> Money:
    return Money(amount=D(amount), currency="CNY")


def line(line_no: int = 1, sku: str = "TEA", quantity: str = "10", **more: Any) -> RequestedLine:
    return RequestedLine(line_no=line_no, sku=sku, quantity=D(quantity), unit="pcs", **more)


def request(*lines: RequestedLine, **changes: Any) -> RequestTransfer:
    values: dict[str, Any] = {
        "transfer_id": ID,
        "from_warehouse": "WH-A",
        "to_warehouse": "WH-B",
        "lines": lines or (line(),),
    }
    values.update(changes)
    return RequestTransfer(**values)


REQUESTED = TransferRequested(
    transfer_id=ID,
    from_warehouse="WH-A",
    to_warehouse="WH-B",
    lines=[
        TransferLine(line_no=1, sku="TEA", quantity=D(10), unit="pcs"),
        TransferLine(line_no=2, sku="CUP", quantity=D(3), unit="pcs", lot="L7"),
    ],
)
DISPATCHED = TransferDispatched(
    transfer_id=ID,
    from_warehouse="WH-A",
    to_warehouse="WH-B",
    lines=[
        TransferDispatchedLine(
            line_no=1,
            sku="TEA",
            quantity=D(10),
            unit="pcs",
            unit_cost=cny("2.5"),
            total_cost=cny("25"),
        ),
        TransferDispatchedLine(
            line_no=2,
            sku="CUP",
            quantity=D(3),
            unit="pcs",
            unit_cost=cny("3.333333"),
            total_cost=cny("10"),  # three cups worth 10.00: 3.333333 each, rounded
        ),
    ],
)


def issued(line_no: int, quantity: str, total: str) -> IssuedCost:
    return IssuedCost(line_no=line_no, quantity=D(quantity), total_cost=D(total), currency="CNY")


def received_line(line_no: int = 1, **changes: Any) -> TransferReceivedLine:
    values: dict[str, Any] = {
        "line_no": line_no,
        "sku": "TEA",
        "unit": "pcs",
        "quantity_received": D(8),
        "quantity_lost": D(0),
        "unit_cost": cny("2.5"),
        "value_received": cny("20"),
        "loss_value": cny("0"),
        "in_transit_after": D(2),
    }
    values.update(changes)
    return TransferReceivedLine(**values)


def receipt(**changes: Any) -> TransferReceived:
    values: dict[str, Any] = {
        "transfer_id": ID,
        "from_warehouse": "WH-A",
        "to_warehouse": "WH-B",
        "lines": [received_line()],
        "complete": False,
    }
    values.update(changes)
    return TransferReceived(**values)


def receive(*lines: ReceiptLine, close: bool = False) -> ReceiveTransfer:
    return ReceiveTransfer(transfer_id=ID, lines=lines, close=close)


def got(line_no: int, received: str, lost: str = "0", **more: Any) -> ReceiptLine:
    return ReceiptLine(
        line_no=line_no, quantity_received=D(received), quantity_lost=D(lost), **more
    )


CANCELLED = TransferCancelled(transfer_id=ID, reason="no longer needed")
CLOSED = TransferClosed(transfer_id=ID)

# --- request --------------------------------------------------------------------------------


def test_requesting_a_transfer_records_its_lines(given: Given) -> None:
    state = (
        given()
        .when(
            request(
                line(1, " TEA ", "10"),
                line(2, "CUP", "3", lot="L7", from_location="A-01"),
                note=" for the spring fair ",
            )
        )
        .then(
            TransferRequested(
                transfer_id=ID,
                from_warehouse="WH-A",
                to_warehouse="WH-B",
                lines=[
                    TransferLine(line_no=1, sku="TEA", quantity=D(10), unit="pcs"),
                    TransferLine(
                        line_no=2,
                        sku="CUP",
                        quantity=D(3),
                        unit="pcs",
                        lot="L7",
                        from_location="A-01",
                    ),
                ],
                note="for the spring fair",
            )
        )
    )
    assert state.status is TransferStatus.REQUESTED
    assert state.in_transit == 0  # nothing moves at request


def test_a_transfer_id_is_requested_once(given: Given) -> None:
    given(REQUESTED).when(request()).raises(
        StateConflict,
        match="already exists .*requested, from WH-A to WH-B",
        fields=("transfer_id",),
    )


def test_source_and_destination_must_differ(given: Given) -> None:
    given().when(request(to_warehouse=" WH-A ")).raises(
        DomainError, match="WH-A is both its source and its destination", fields=("to_warehouse",)
    )


def test_a_transfer_needs_lines(given: Given) -> None:
    given().when(RequestTransfer(ID, "WH-A", "WH-B", lines=())).raises(
        DomainError, match="at least one line", fields=("lines",)
    )


@pytest.mark.parametrize(
    ("lines", "field", "message"),
    [
        ((line(1), line(1, "CUP")), "lines[1].line_no", "line 1 appears twice"),
        ((line(0),), "lines[0].line_no", "line numbers start at 1"),
        ((line(1, quantity="0"),), "lines[0].quantity", r"line 1 \(TEA\): the quantity must be"),
        ((line(1, quantity="-2"),), "lines[0].quantity", "greater than zero"),
        ((line(1, quantity="NaN"),), "lines[0].quantity", "greater than zero"),
        ((line(1, quantity="0.0000001"),), "lines[0].quantity", "more than 6 decimal places"),
        ((line(1, quantity="1e15"),), "lines[0].quantity", "too large"),
        ((line(1, sku=" "),), "lines[0].sku", "must not be blank"),
        ((line(1, sku="TE A"),), "lines[0].sku", "may not contain spaces"),
        ((RequestedLine(1, "TEA", D(1), " "),), "lines[0].unit", "unit must not be blank"),
        ((line(1, from_location="A 01"),), "lines[0].from_location", "may not contain"),
    ],
)
def test_lines_are_checked(
    given: Given, lines: tuple[RequestedLine, ...], field: str, message: str
) -> None:
    given().when(request(*lines)).raises(DomainError, match=message, fields=(field,))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"from_warehouse": " "}, "from_warehouse"),
        ({"to_warehouse": "WH/B"}, "to_warehouse"),
        ({"note": "n" * 501}, "note"),
    ],
)
def test_warehouses_and_note_are_checked(given: Given, changes: dict[str, Any], field: str) -> None:
    given().when(request(**changes)).raises(DomainError, match=".", fields=(field,))


# --- dispatch -------------------------------------------------------------------------------


def test_dispatch_records_what_left_the_source_at_its_cost(given: Given) -> None:
    state = (
        given(REQUESTED)
        .when(RecordDispatch(ID, issued=[issued(2, "3", "10"), issued(1, "10", "25")]))
        .then(DISPATCHED)
    )
    assert state.status is TransferStatus.DISPATCHED
    assert state.in_transit == 13
    tea = state.line(1)
    assert (tea.dispatched, tea.unit_cost, tea.total_cost) == (10, D("2.5"), 25)


def test_the_lines_to_dispatch_are_those_requested() -> None:
    state = transfer_decider.fold([REQUESTED])
    assert [x.line_no for x in lines_to_dispatch(ID, state)] == [1, 2]


def test_dispatch_of_an_unknown_transfer_is_not_found(given: Given) -> None:
    given().when(RecordDispatch(ID, issued=[])).raises(
        NotFound, match=f"there is no transfer {ID}", fields=("transfer_id",)
    )


def test_a_transfer_is_dispatched_once(given: Given) -> None:
    given(REQUESTED, DISPATCHED).when(
        RecordDispatch(ID, issued=[issued(1, "10", "25"), issued(2, "3", "10")])
    ).raises(StateConflict, match="already dispatched", fields=("transfer_id",))


def test_a_cancelled_transfer_cannot_be_dispatched(given: Given) -> None:
    given(REQUESTED, CANCELLED).when(RecordDispatch(ID, issued=[])).raises(
        StateConflict, match="was cancelled; it cannot be dispatched"
    )


def test_a_dispatch_must_send_every_line_in_full(given: Given) -> None:
    given(REQUESTED).when(RecordDispatch(ID, issued=[issued(1, "10", "25")])).raises(
        DomainError, match="account for each of its lines once", fields=("lines",)
    )
    given(REQUESTED).when(
        RecordDispatch(ID, issued=[issued(1, "9", "25"), issued(2, "3", "10")])
    ).raises(DomainError, match=r"line 1 \(TEA\): 10 pcs were requested but 9 were issued")


# --- receive --------------------------------------------------------------------------------


def test_a_partial_receipt_with_a_loss(given: Given) -> None:
    state = (
        given(REQUESTED, DISPATCHED)
        .when(receive(got(1, "7", "1", location="B-02")))
        .then(
            receipt(
                lines=[
                    received_line(
                        quantity_received=D(7),
                        quantity_lost=D(1),
                        location="B-02",
                        value_received=cny("17.5"),
                        loss_value=cny("2.5"),
                        in_transit_after=D(2),
                    )
                ],
                complete=False,
            )
        )
    )
    assert state.status is TransferStatus.PARTIALLY_RECEIVED
    tea = state.line(1)
    assert (tea.received, tea.lost, tea.in_transit) == (7, 1, 2)
    assert state.in_transit == 5  # 2 tea and 3 cups still on the road


def test_receiving_the_rest_completes_the_transfer(given: Given) -> None:
    earlier = receipt(lines=[received_line(quantity_received=D(8), in_transit_after=D(2))])
    state = (
        given(REQUESTED, DISPATCHED, earlier)
        .when(receive(got(2, "3"), got(1, "2")))
        .then(
            receipt(
                lines=[  # in the transfer's order
                    received_line(
                        quantity_received=D(2), value_received=cny("5"), in_transit_after=D(0)
                    ),
                    received_line(
                        2,
                        sku="CUP",
                        lot="L7",
                        quantity_received=D(3),
                        unit_cost=cny("3.333333"),
                        value_received=cny("9.999999"),
                        loss_value=cny("0.000001"),  # the rounding left on the road
                        in_transit_after=D(0),
                    ),
                ],
                complete=True,
            )
        )
    )
    assert state.status is TransferStatus.RECEIVED
    cups = state.line(2)
    assert cups.value_received + cups.loss_value == cups.total_cost  # nothing left behind


def test_the_receipt_that_settles_a_line_values_its_loss_as_the_rest(given: Given) -> None:
    [event] = given(REQUESTED, DISPATCHED).when(receive(got(2, "1", "2"))).decided()
    assert isinstance(event, TransferReceived)
    [cups] = event.lines
    assert cups.value_received == cny("3.333333")
    assert cups.loss_value == cny("6.666667")  # 10 - 3.333333, not 2 x 3.333333


def test_more_than_is_in_transit_cannot_be_received(given: Given) -> None:
    earlier = receipt(lines=[received_line(quantity_received=D(8), in_transit_after=D(2))])
    given(REQUESTED, DISPATCHED, earlier).when(receive(got(1, "2", "1"))).raises(
        DomainError,
        match=r"line 1 \(TEA\): 2 pcs received and 1 lost, but only 2 pcs are in transit "
        r"\(10 dispatched, 8 received and 0 lost before\)",
        fields=("lines[0].quantity_received", "lines[0].quantity_lost"),
    )


def test_more_than_was_dispatched_cannot_be_received(given: Given) -> None:
    given(REQUESTED, DISPATCHED).when(receive(got(1, "11"))).raises(
        DomainError, match="more cannot arrive than was dispatched"
    )


@pytest.mark.parametrize(
    ("lines", "field", "message"),
    [
        ((got(3, "1"),), "lines[0].line_no", "has no line 3; its lines are 1, 2"),
        ((got(1, "1"), got(1, "2")), "lines[1].line_no", "line 1 appears twice in this receipt"),
        ((got(1, "-1"),), "lines[0].quantity_received", "must be zero or more"),
        ((got(1, "1", "-1"),), "lines[0].quantity_lost", "quantity lost must be zero or more"),
        ((got(1, "1", location="B 1"),), "lines[0].location", "may not contain"),
    ],
)
def test_receipt_lines_are_checked(
    given: Given, lines: tuple[ReceiptLine, ...], field: str, message: str
) -> None:
    given(REQUESTED, DISPATCHED).when(receive(*lines)).raises(
        DomainError, match=message, fields=(field,)
    )


def test_a_receipt_line_must_account_for_something(given: Given) -> None:
    given(REQUESTED, DISPATCHED).when(receive(got(1, "0", "0"))).raises(
        DomainError,
        match="nothing received and nothing lost",
        fields=("lines[0].quantity_received", "lines[0].quantity_lost"),
    )


def test_a_receipt_needs_lines_unless_it_closes(given: Given) -> None:
    given(REQUESTED, DISPATCHED).when(receive()).raises(
        DomainError, match="at least one line", fields=("lines",)
    )


def test_nothing_is_received_before_dispatch(given: Given) -> None:
    given(REQUESTED).when(receive(got(1, "1"))).raises(
        StateConflict, match="has not been dispatched yet"
    )


def test_nothing_more_is_received_once_everything_is_accounted_for(given: Given) -> None:
    everything = receipt(
        lines=[
            received_line(quantity_received=D(10), value_received=cny(25), in_transit_after=D(0)),
            received_line(2, sku="CUP", quantity_received=D(3), in_transit_after=D(0)),
        ],
        complete=True,
    )
    given(REQUESTED, DISPATCHED, everything).when(receive(got(1, "1"))).raises(
        StateConflict, match="already received or declared lost"
    )
    given(REQUESTED, DISPATCHED, everything, CLOSED).when(receive(got(1, "1"))).raises(
        StateConflict, match="is closed; nothing can be received"
    )
    given(REQUESTED, CANCELLED).when(receive(got(1, "1"))).raises(
        StateConflict, match="is cancelled"
    )


def test_a_closing_receipt_declares_the_rest_lost_and_closes(given: Given) -> None:
    state = (
        given(REQUESTED, DISPATCHED)
        .when(receive(got(1, "9"), close=True))
        .then(
            receipt(
                lines=[
                    received_line(
                        quantity_received=D(9),
                        quantity_lost=D(1),
                        value_received=cny("22.5"),
                        loss_value=cny("2.5"),
                        in_transit_after=D(0),
                    ),
                    received_line(
                        2,
                        sku="CUP",
                        lot="L7",
                        quantity_received=D(0),
                        quantity_lost=D(3),
                        unit_cost=cny("3.333333"),
                        value_received=cny("0"),
                        loss_value=cny("10"),
                        in_transit_after=D(0),
                    ),
                ],
                complete=True,
            ),
            CLOSED,
        )
    )
    assert state.status is TransferStatus.CLOSED
    assert state.in_transit == 0


# --- close ----------------------------------------------------------------------------------

EVERYTHING = receipt(
    lines=[
        received_line(quantity_received=D(10), value_received=cny(25), in_transit_after=D(0)),
        received_line(
            2, sku="CUP", quantity_received=D(3), value_received=cny(10), in_transit_after=D(0)
        ),
    ],
    complete=True,
)


def test_a_received_transfer_closes(given: Given) -> None:
    state = given(REQUESTED, DISPATCHED, EVERYTHING).when(CloseTransfer(ID)).then(CLOSED)
    assert state.status is TransferStatus.CLOSED


def test_goods_in_transit_keep_a_transfer_open(given: Given) -> None:
    earlier = receipt(lines=[received_line(quantity_received=D(8), in_transit_after=D(2))])
    given(REQUESTED, DISPATCHED, earlier).when(CloseTransfer(ID)).raises(
        StateConflict,
        match=r"still has goods in transit \(line 1 \(TEA\): 2 pcs; line 2 \(CUP\): 3 pcs\); "
        "receive them, or close with declare_outstanding_lost",
        fields=("declare_outstanding_lost",),
    )


def test_closing_may_declare_what_is_in_transit_lost(given: Given) -> None:
    earlier = receipt(
        lines=[
            received_line(
                quantity_received=D(7),
                quantity_lost=D(1),
                value_received=cny("17.5"),
                loss_value=cny("2.5"),
                in_transit_after=D(2),
            )
        ]
    )
    state = (
        given(REQUESTED, DISPATCHED, earlier)
        .when(CloseTransfer(ID, declare_outstanding_lost=True))
        .then(
            receipt(
                lines=[
                    received_line(
                        quantity_received=D(0),
                        quantity_lost=D(2),
                        value_received=cny(0),
                        loss_value=cny(5),
                        in_transit_after=D(0),
                    ),
                    received_line(
                        2,
                        sku="CUP",
                        lot="L7",
                        quantity_received=D(0),
                        quantity_lost=D(3),
                        unit_cost=cny("3.333333"),
                        value_received=cny(0),
                        loss_value=cny(10),
                        in_transit_after=D(0),
                    ),
                ],
                complete=True,
            ),
            CLOSED,
        )
    )
    tea = state.line(1)
    assert (tea.received, tea.lost, tea.value_received + tea.loss_value) == (7, 3, 25)


def test_a_requested_transfer_is_cancelled_not_closed(given: Given) -> None:
    given(REQUESTED).when(CloseTransfer(ID)).raises(StateConflict, match="cancel it instead")


def test_a_closed_or_cancelled_transfer_does_not_close_again(given: Given) -> None:
    given(REQUESTED, DISPATCHED, EVERYTHING, CLOSED).when(CloseTransfer(ID)).raises(
        StateConflict, match="is already closed"
    )
    given(REQUESTED, CANCELLED).when(CloseTransfer(ID)).raises(
        StateConflict, match="is already cancelled"
    )
    given().when(CloseTransfer(ID)).raises(NotFound, match="there is no transfer")


# --- cancel ---------------------------------------------------------------------------------


def test_a_requested_transfer_may_be_cancelled(given: Given) -> None:
    state = given(REQUESTED).when(CancelTransfer(ID, reason=" no longer needed ")).then(CANCELLED)
    assert state.status is TransferStatus.CANCELLED


def test_cancelling_needs_a_reason(given: Given) -> None:
    given(REQUESTED).when(CancelTransfer(ID, reason=" ")).raises(
        DomainError, match="reason for cancelling must not be blank", fields=("reason",)
    )


def test_a_dispatched_transfer_cannot_be_cancelled(given: Given) -> None:
    given(REQUESTED, DISPATCHED).when(CancelTransfer(ID, reason="changed plans")).raises(
        StateConflict,
        match="its goods left WH-A already, so it cannot be cancelled; receive them",
        fields=("transfer_id",),
    )


def test_cancelling_twice_or_unknown(given: Given) -> None:
    given(REQUESTED, CANCELLED).when(CancelTransfer(ID, reason="again")).raises(
        StateConflict, match="already cancelled"
    )
    given().when(CancelTransfer(ID, reason="x")).raises(NotFound, match="no transfer")


# --- state ----------------------------------------------------------------------------------


def test_the_state_is_snapshot_safe() -> None:
    """The store may snapshot the state (pydantic): it survives the round trip."""
    from pydantic import TypeAdapter

    state = transfer_decider.fold([REQUESTED, DISPATCHED])
    adapter = TypeAdapter(TransferState)
    assert adapter.validate_json(adapter.dump_json(state)) == state
