"""Issue 8, item 2 (and 4): a sales order taken, priced, placed or held on credit, reserved
line by line from inventory's answers, confirmed, shipped, delivered, closed or cancelled."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import OrderCancelled, OrderPlaced
from jxc.events.contracts.sales_orders import (
    OrderClosed,
    OrderConfirmed,
    OrderCreditRefused,
    OrderCreditReleased,
    OrderDeliveryRecorded,
    OrderHeldOnCredit,
    OrderLineBackordered,
    OrderLineBackorderWithdrawn,
    OrderLineRejected,
    OrderLineReleased,
    OrderLineReserved,
    OrderShipmentRecorded,
    OrderTaken,
    ShipmentLine,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.sales.domain.order import (
    CancelOrder,
    CloseOrder,
    ConfirmOrder,
    Credit,
    CustomerFacts,
    LinePrice,
    LineRequest,
    OrderDiscount,
    PlaceOrder,
    RecordBackorderWithdrawn,
    RecordDelivery,
    RecordLineBackordered,
    RecordLineRejected,
    RecordLineReleased,
    RecordLineReserved,
    RecordShipment,
    RefuseCredit,
    ReleaseCredit,
    order_decider,
)

Given = Any  # the `given` fixture (conftest.py)

ORDER = UUID("0190c000-0000-7000-8000-000000000001")
CUSTOMER = UUID("0190c000-0000-7000-8000-0000000000c1")
SHIPMENT = UUID("0190c000-0000-7000-8000-0000000000d1")
SECOND = UUID("0190c000-0000-7000-8000-0000000000d2")
HX = CustomerFacts(CUSTOMER, "HX-001", "CNY", "retail", Decimal(10000), ("shop",))


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return order_decider


def line(sku: str = "TEA", qty: str = "10", price: str | None = "12.50", **kw: Any) -> LineRequest:
    priced = None if price is None else LinePrice(Decimal(price), "entered by wang.fang")
    return LineRequest(sku, kw.pop("warehouse", "WH-A"), Decimal(qty), "pcs", priced, **kw)


def place(*lines: LineRequest, **changes: Any) -> PlaceOrder:
    values: dict[str, Any] = {
        "order_id": ORDER,
        "order_no": "SO-00000001",
        "customer": HX,
        "lines": lines or (line(), line("CUP", "4", "30")),
        "taken_by": "wang.fang",
        "taken_on": date(2026, 12, 1),
        "credit": Credit(Decimal(0)),
        "ship_to": "shop",
        "promised_on": date(2026, 12, 5),
    }
    values.update(changes)
    return PlaceOrder(**values)


def taken_and_placed(command: PlaceOrder | None = None) -> list[DomainEvent]:
    return list(order_decider.decide(command or place(), order_decider.initial_state))


def reserved(n: int, qty: str = "10") -> OrderLineReserved:
    return OrderLineReserved(order_id=ORDER, line_no=n, quantity=Decimal(qty))


def test_an_order_is_taken_priced_and_placed_for_inventory(given: Given) -> None:
    taken, placed = given().when(place()).decided()
    assert isinstance(taken, OrderTaken) and isinstance(placed, OrderPlaced)
    assert (taken.order_no, taken.total.amount, taken.currency) == (
        "SO-00000001",
        Decimal(245),
        "CNY",
    )
    assert [(x.line_no, x.net_amount) for x in placed.lines] == [
        (1, taken.lines[0].net_amount),
        (2, taken.lines[1].net_amount),
    ]
    assert [x.net_amount.amount for x in taken.lines] == [Decimal(125), Decimal(120)]
    assert (placed.order_no, placed.total, placed.ship_to) == ("SO-00000001", taken.total, "shop")
    assert placed.promised_on == date(2026, 12, 5)
    assert taken.lines[0].price_source == "entered by wang.fang"


def test_line_and_order_discounts_are_explained_on_each_line(given: Given) -> None:
    command = place(
        line(qty="3", price="10.00", discount_percent=Decimal("0.10")),
        line("CUP", "1", "33.33"),
        discount=OrderDiscount(percent=Decimal("0.05")),
    )
    taken, placed = given().when(command).decided()
    assert isinstance(taken, OrderTaken) and isinstance(placed, OrderPlaced)
    first, second = taken.lines
    assert (first.gross_amount.amount, first.line_discount.amount) == (Decimal("30.00"), Decimal(3))
    # 5 % of 27.00 + 33.33 = 3.0165 -> 3.02, shared in proportion: 1.35 and the rest 1.67
    assert (first.order_discount.amount, second.order_discount.amount) == (
        Decimal("1.35"),
        Decimal("1.67"),
    )
    assert taken.discount_total.amount == Decimal("6.02")
    assert taken.total.amount == Decimal("57.31") == sum(x.net_amount.amount for x in taken.lines)


def test_a_line_without_a_price_is_refused_naming_it(given: Given) -> None:
    given().when(place(line(), line("CUP", price=None))).raises(
        DomainError, "no price list .* prices CUP", fields=("lines.1.unit_price",)
    )


def test_an_unknown_ship_to_label_is_refused(given: Given) -> None:
    given().when(place(ship_to="depot")).raises(
        DomainError, "no address labelled 'depot'", fields=("ship_to",)
    )


def test_a_delivery_promised_in_the_past_is_refused(given: Given) -> None:
    given().when(place(promised_on=date(2026, 11, 30))).raises(
        DomainError, "before the order is taken", fields=("promised_on",)
    )


def test_an_order_is_taken_once(given: Given) -> None:
    given(*taken_and_placed()).when(place()).raises(StateConflict, "already taken")


def test_an_order_over_the_credit_limit_is_held_and_not_placed(given: Given) -> None:
    _taken, held = given().when(place(credit=Credit(Decimal("9800")))).decided()
    assert isinstance(held, OrderHeldOnCredit)
    assert (held.exposure.amount, held.order_total.amount, held.credit_limit.amount) == (
        Decimal(9800),
        Decimal(245),
        Decimal(10000),
    )
    assert "exposure 9800 + this order 245 = 10045" in held.reason


def test_receivables_overdue_hold_an_order_well_within_the_limit(given: Given) -> None:
    credit = Credit(Decimal(100), overdue=Decimal("50.5"))
    _taken, held = given().when(place(credit=credit)).decided()
    assert isinstance(held, OrderHeldOnCredit)
    assert held.overdue is not None and held.overdue.amount == Decimal("50.5")
    assert held.reason == "customer HX-001 has 50.5 CNY of receivables overdue"


def test_overdue_up_to_the_allowed_amount_does_not_hold(given: Given) -> None:
    credit = Credit(Decimal(100), overdue=Decimal(20), overdue_allowed=Decimal(20))
    events = given().when(place(credit=credit)).decided()
    assert isinstance(events[1], OrderPlaced)


def test_over_the_limit_and_overdue_both_say_why(given: Given) -> None:
    credit = Credit(Decimal(9800), overdue=Decimal(30), overdue_allowed=Decimal(20))
    _taken, held = given().when(place(credit=credit)).decided()
    assert isinstance(held, OrderHeldOnCredit)
    assert held.reason.endswith(
        "= 10045; customer HX-001 has 30 CNY of receivables overdue (more than the 20 allowed)"
    ), held.reason


def test_over_the_limit_alone_records_no_overdue(given: Given) -> None:
    _taken, held = (
        given()
        .when(place(credit=Credit(Decimal(9800), overdue=Decimal(5), overdue_allowed=Decimal(5))))
        .decided()
    )
    assert isinstance(held, OrderHeldOnCredit) and held.overdue is None


def test_exactly_at_the_limit_is_placed(given: Given) -> None:
    events = given().when(place(credit=Credit(Decimal("9755")))).decided()
    assert isinstance(events[1], OrderPlaced)


def test_a_held_order_is_released_then_placed(given: Given) -> None:
    history = taken_and_placed(place(credit=Credit(Decimal(9999))))
    released, placed = given(*history).when(ReleaseCredit(ORDER, "zhou.li")).decided()
    assert released == OrderCreditReleased(order_id=ORDER, released_by="zhou.li")
    assert isinstance(placed, OrderPlaced) and placed.total is not None
    assert placed.total.amount == 245


def test_a_held_order_is_refused_and_cannot_be_confirmed(given: Given) -> None:
    history = taken_and_placed(place(credit=Credit(Decimal(9999))))
    given(*history).when(ConfirmOrder(ORDER, "li")).raises(StateConflict, "held on credit")
    given(*history).when(RefuseCredit(ORDER, "zhou.li", "overdue invoices")).then(
        OrderCreditRefused(order_id=ORDER, refused_by="zhou.li", reason="overdue invoices")
    )


def test_only_a_held_order_is_released(given: Given) -> None:
    given(*taken_and_placed()).when(ReleaseCredit(ORDER, "zhou.li")).raises(
        StateConflict, "not held on credit"
    )
    given().when(ReleaseCredit(ORDER, "zhou.li")).raises(NotFound, "no sales order")


def test_lines_reserved_and_backordered_make_the_order_partly_backordered(given: Given) -> None:
    history = taken_and_placed()
    state = given(*history).when(RecordLineReserved(ORDER, 1, Decimal(10))).then(reserved(1))
    assert state.status == "placed"  # line 2 has no answer yet
    backordered = OrderLineBackordered(order_id=ORDER, line_no=2, quantity=Decimal(4), position=1)
    state = (
        given(*history, reserved(1))
        .when(RecordLineBackordered(ORDER, 2, Decimal(4), 1))
        .then(backordered)
    )
    assert state.status == "partly_backordered"
    filled = OrderLineReserved(order_id=ORDER, line_no=2, quantity=Decimal(4), from_backorder=True)
    state = (
        given(*history, reserved(1), backordered)
        .when(RecordLineReserved(ORDER, 2, Decimal(4), from_backorder=True))
        .then(filled)
    )
    assert state.status == "reserved"


def test_a_repeated_answer_or_one_for_an_unknown_line_changes_nothing(given: Given) -> None:
    history = [*taken_and_placed(), reserved(1)]
    given(*history).when(RecordLineReserved(ORDER, 1, Decimal(10))).then()
    given(*history).when(RecordLineReserved(ORDER, 9, Decimal(10))).then()
    given(*history).when(RecordLineBackordered(ORDER, 1, Decimal(10), 2)).then()
    given().when(RecordLineReserved(ORDER, 1, Decimal(10))).then()


def test_a_rejected_line_is_recorded_with_the_reason(given: Given) -> None:
    state = (
        given(*taken_and_placed())
        .when(RecordLineRejected(ORDER, 2, "unit box is not the item's unit"))
        .then(
            OrderLineRejected(order_id=ORDER, line_no=2, reason="unit box is not the item's unit")
        )
    )
    assert state.lines[1].rejection == "unit box is not the item's unit"


def test_answers_for_a_cancelled_order_change_nothing(given: Given) -> None:
    cancelled = OrderCancelled(order_id=ORDER, reason="customer changed mind")
    given(*taken_and_placed(), cancelled).when(RecordLineReserved(ORDER, 1, Decimal(10))).then()


def test_a_cancelled_orders_lines_follow_inventory_releasing_and_withdrawing(
    given: Given,
) -> None:
    """Inventory confirms the cancellation let the stock go: the reserved line is released,
    the waiting one withdrawn from the queue; the order stays cancelled with its reason."""
    backordered = OrderLineBackordered(order_id=ORDER, line_no=2, quantity=Decimal(4), position=3)
    cancelled = OrderCancelled(order_id=ORDER, reason="customer changed mind")
    history = [*taken_and_placed(), reserved(1), backordered, cancelled]
    why = "order cancelled: customer changed mind"
    released = OrderLineReleased(order_id=ORDER, line_no=1, quantity=Decimal(10), reason=why)
    state = given(*history).when(RecordLineReleased(ORDER, 1, Decimal(10), why)).then(released)
    assert state.lines[0].reservation.value == "released"
    withdrawn = OrderLineBackorderWithdrawn(
        order_id=ORDER, line_no=2, quantity=Decimal(4), reason=why
    )
    state = (
        given(*history, released)
        .when(RecordBackorderWithdrawn(ORDER, 2, Decimal(4), why))
        .then(withdrawn)
    )
    assert [line.reservation.value for line in state.lines] == ["released", "withdrawn"]
    assert state.lines[1].backorder_position is None
    assert (state.status, state.status_reason) == ("cancelled", "customer changed mind")
    # Told twice, or about a line it does not have: nothing more.
    given(*history, released).when(RecordLineReleased(ORDER, 1, Decimal(10), why)).then()
    given(*history).when(RecordLineReleased(ORDER, 9, Decimal(1), why)).then()
    given().when(RecordLineReleased(ORDER, 1, Decimal(1), why)).then()


def test_a_release_by_a_warehouse_shows_on_a_live_order(given: Given) -> None:
    """A warehouse released the order's stock by hand: the order is no longer reserved, says
    why, and a line that never held anything (pending) is not released."""
    history = [*taken_and_placed(), reserved(1), reserved(2, "4")]
    why = "stock set aside for a recall"
    state = (
        given(*history)
        .when(RecordLineReleased(ORDER, 2, Decimal(4), why))
        .then(OrderLineReleased(order_id=ORDER, line_no=2, quantity=Decimal(4), reason=why))
    )
    assert state.status == "released"
    assert state.status_reason == f"line 2: {why}"
    given(*taken_and_placed()).when(RecordLineReleased(ORDER, 1, Decimal(10), why)).then()
    # A withdrawal only concerns a line waiting in the queue.
    given(*history).when(RecordBackorderWithdrawn(ORDER, 1, Decimal(10), why)).then()
    backordered = OrderLineBackordered(order_id=ORDER, line_no=2, quantity=Decimal(4), position=1)
    state = (
        given(*taken_and_placed(), reserved(1), backordered)
        .when(RecordBackorderWithdrawn(ORDER, 2, Decimal(4), why))
        .then(
            OrderLineBackorderWithdrawn(order_id=ORDER, line_no=2, quantity=Decimal(4), reason=why)
        )
    )
    assert state.status == "released"


def test_confirm_waits_for_inventory_answers(given: Given) -> None:
    history = taken_and_placed()
    given(*history, reserved(1)).when(ConfirmOrder(ORDER, "li")).raises(
        StateConflict, "has not answered"
    )
    backordered = OrderLineBackordered(order_id=ORDER, line_no=2, quantity=Decimal(4), position=1)
    given(*history, reserved(1), backordered).when(ConfirmOrder(ORDER, "li")).then(
        OrderConfirmed(order_id=ORDER, confirmed_by="li")
    )


def confirmed() -> list[DomainEvent]:
    return [
        *taken_and_placed(),
        reserved(1),
        reserved(2, "4"),
        OrderConfirmed(order_id=ORDER, confirmed_by="li"),
    ]


def test_shipments_make_it_partially_shipped_then_shipped(given: Given) -> None:
    first = OrderShipmentRecorded(
        order_id=ORDER,
        shipment_id=SHIPMENT,
        lines=[ShipmentLine(line_no=1, quantity=Decimal(10))],
        fully_shipped=False,
    )
    state = (
        given(*confirmed()).when(RecordShipment(ORDER, SHIPMENT, ((1, Decimal(10)),))).then(first)
    )
    assert state.status == "partially_shipped"
    second = OrderShipmentRecorded(
        order_id=ORDER,
        shipment_id=SECOND,
        lines=[ShipmentLine(line_no=2, quantity=Decimal(4))],
        fully_shipped=True,
    )
    state = (
        given(*confirmed(), first)
        .when(RecordShipment(ORDER, SECOND, ((2, Decimal(4)), (7, Decimal(1)))))
        .then(second)
    )
    assert state.status == "shipped"
    given(*confirmed(), first).when(RecordShipment(ORDER, SHIPMENT, ((1, Decimal(10)),))).then()
    given(*confirmed(), first).when(CancelOrder(ORDER, "too late")).raises(
        StateConflict, "already left a warehouse"
    )

    at = datetime(2026, 12, 4, 15, tzinfo=UTC)
    delivered = OrderDeliveryRecorded(
        order_id=ORDER, shipment_id=SECOND, delivered_at=at, fully_delivered=True
    )
    state = (
        given(*confirmed(), first, second)
        .when(RecordDelivery(ORDER, SECOND, at, fully_delivered=True))
        .then(delivered)
    )
    assert state.status == "delivered"
    given(*confirmed(), first, second).when(CloseOrder(ORDER, "li")).raises(
        StateConflict, "closed once delivered"
    )
    state = (
        given(*confirmed(), first, second, delivered)
        .when(CloseOrder(ORDER, "li"))
        .then(OrderClosed(order_id=ORDER, closed_by="li"))
    )
    assert state.status == "closed"


def test_an_order_is_cancelled_with_a_reason_once(given: Given) -> None:
    given(*confirmed()).when(CancelOrder(ORDER, " ")).raises(DomainError, "say why")
    cancelled = OrderCancelled(order_id=ORDER, reason="customer changed mind")
    state = given(*confirmed()).when(CancelOrder(ORDER, "customer changed mind")).then(cancelled)
    assert state.status == "cancelled"
    assert {line.reservation.value for line in state.lines} == {"cancelled"}
    given(*confirmed(), cancelled).when(CancelOrder(ORDER, "again")).then()
    given().when(CancelOrder(ORDER, "x")).raises(NotFound, "no sales order")


def test_a_partly_shipped_order_whose_rest_was_refused_closes_once_delivered(
    given: Given,
) -> None:
    history = [
        *taken_and_placed(),
        reserved(1),
        OrderLineRejected(order_id=ORDER, line_no=2, reason="unit box is not the item's unit"),
        OrderShipmentRecorded(
            order_id=ORDER,
            shipment_id=SHIPMENT,
            lines=[ShipmentLine(line_no=1, quantity=Decimal(10))],
            fully_shipped=False,
        ),
    ]
    given(*history).when(CloseOrder(ORDER, "li")).raises(StateConflict, "closed once delivered")
    at = datetime(2026, 12, 4, 15, tzinfo=UTC)
    delivered = OrderDeliveryRecorded(
        order_id=ORDER, shipment_id=SHIPMENT, delivered_at=at, fully_delivered=False
    )
    given(*history, delivered).when(CloseOrder(ORDER, "li")).then(
        OrderClosed(order_id=ORDER, closed_by="li")
    )
