"""Issue 8, item 6: customer returns (RMA), given / when / then on the pure decider. Requested
for shipped lines (never more than shipped less other returns) → approved / refused → received
with an inspection per line → refunded at the price paid (VAT 13 % by default) or exchanged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest

from jxc.events.base import Money
from jxc.events.contracts.sales import (
    CreditNoteIssued,
    ExchangedLine,
    InvoiceLine,
    RequestedReturnLine,
    ReturnApproved,
    ReturnedLine,
    ReturnExchanged,
    ReturnReceived,
    ReturnRefused,
    ReturnRequested,
    TaxTotal,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.sales.domain.customer_return import (
    ApproveReturn,
    ExchangeReturn,
    Inspection,
    ReceiveReturn,
    RefundReturn,
    RefuseReturn,
    RequestReturn,
    Returnable,
    ReturnState,
    ReturnStatus,
    WantedLine,
    customer_return_decider,
)

D = Decimal
RETURN, ORDER, CUSTOMER = UUID(int=1), UUID(int=2), UUID(int=3)
NOTE, REPLACEMENT = UUID(int=4), UUID(int=5)
TEA = Returnable(1, "TEA", "WH-A", "pcs", D("12.50"), "CNY", returnable=D(4))
CUP = Returnable(2, "CUP", "WH-B", "pcs", D("3.333333"), "CNY", returnable=D(10))


@pytest.fixture
def decider() -> Decider[Any, ReturnState]:
    return customer_return_decider


def cny(amount: str) -> Money:
    return Money(amount=D(amount), currency="CNY")


def asking(*lines: tuple[int, str], shipped: tuple[Returnable, ...] = (TEA, CUP)) -> RequestReturn:
    return RequestReturn(
        RETURN,
        ORDER,
        tuple(WantedLine(n, D(q)) for n, q in lines),
        "arrived damaged",
        CUSTOMER,
        shipped,
    )


REQUESTED = ReturnRequested(
    return_id=RETURN,
    order_id=ORDER,
    customer_id=CUSTOMER,
    lines=[
        RequestedReturnLine(
            line_no=1,
            sku="TEA",
            warehouse="WH-A",
            quantity=D(3),
            unit="pcs",
            unit_price=cny("12.5"),
        ),
        RequestedReturnLine(
            line_no=2,
            sku="CUP",
            warehouse="WH-B",
            quantity=D(2),
            unit="pcs",
            unit_price=cny("3.333333"),
        ),
    ],
    reason="arrived damaged",
)
APPROVED = ReturnApproved(return_id=RETURN)


def returned(line_no: int, quantity: str, disposition: str) -> ReturnedLine:
    sku, wh, price = ("TEA", "WH-A", "12.5") if line_no == 1 else ("CUP", "WH-B", "3.333333")
    return ReturnedLine(
        line_no=line_no,
        sku=sku,
        warehouse=wh,
        quantity=D(quantity),
        unit="pcs",
        disposition=disposition,
        unit_price=cny(price),
    )


RECEIVED = ReturnReceived(
    return_id=RETURN,
    order_id=ORDER,
    customer_id=CUSTOMER,
    lines=[returned(1, "2", "restock"), returned(1, "1", "scrap"), returned(2, "2", "restock")],
    value=cny("44.166666"),  # 3 x 12.50 + 2 x 3.333333
)


# --- request -------------------------------------------------------------------------------


def test_a_return_of_shipped_lines_is_requested_at_the_price_paid(given: Any) -> None:
    state = given().when(asking((1, "3"), (2, "2"))).then(REQUESTED)
    assert state.status is ReturnStatus.REQUESTED
    assert (state.claimed(1), state.claimed(2)) == (3, 2)


def test_a_return_may_not_exceed_what_was_shipped_less_other_returns(given: Any) -> None:
    error = (
        given()
        .when(asking((1, "5")))
        .raises(
            DomainError,
            match=r"5 pcs cannot be returned, only 4 \(shipped, less other returns\)",
            fields=("lines[0].quantity",),
        )
    )
    assert error.context["returnable"] == 4


def test_nothing_can_be_returned_of_an_order_nothing_of_which_was_shipped(given: Any) -> None:
    given().when(asking((1, "1"), shipped=())).raises(
        NotFound, match="nothing of order .* has been shipped", fields=("order_id",)
    )


@pytest.mark.parametrize(
    ("lines", "match", "field"),
    [
        (((3, "1"),), "has no shipped line 3", "lines[0].line_no"),
        (((1, "1"), (1, "1")), "line 1 is named twice", "lines[1].line_no"),
        (((1, "0"),), "greater than zero", "lines[0].quantity"),
        ((), "at least one line", "lines"),
    ],
)
def test_a_request_names_shipped_lines_once_each(
    given: Any, lines: tuple[tuple[int, str], ...], match: str, field: str
) -> None:
    given().when(asking(*lines)).raises(DomainError, match=match, fields=(field,))


def test_a_request_says_why(given: Any) -> None:
    blank = RequestReturn(RETURN, ORDER, (WantedLine(1, D(1)),), "  ", CUSTOMER, (TEA,))
    given().when(blank).raises(DomainError, match="say why", fields=("reason",))


def test_a_return_is_requested_once(given: Any) -> None:
    given(REQUESTED).when(asking((1, "1"))).raises(StateConflict, match="already requested")


# --- approve / refuse ----------------------------------------------------------------------


def test_a_requested_return_is_approved_once(given: Any) -> None:
    state = (
        given(REQUESTED)
        .when(ApproveReturn(RETURN, "ok"))
        .then(ReturnApproved(return_id=RETURN, note="ok"))
    )
    assert state.status is ReturnStatus.APPROVED
    given(REQUESTED, APPROVED).when(ApproveReturn(RETURN)).then()


def test_a_refused_return_claims_nothing_of_the_order_any_more(given: Any) -> None:
    state = (
        given(REQUESTED, APPROVED)
        .when(RefuseReturn(RETURN, "outside the 7 days"))
        .then(ReturnRefused(return_id=RETURN, reason="outside the 7 days"))
    )
    assert state.status is ReturnStatus.REFUSED
    assert (state.claimed(1), state.claimed(2)) == (0, 0)
    refused = ReturnRefused(return_id=RETURN, reason="x")
    given(REQUESTED, refused).when(ApproveReturn(RETURN)).raises(
        StateConflict, match="is refused: it cannot be approved"
    )
    given(REQUESTED).when(RefuseReturn(RETURN, " ")).raises(
        DomainError, match="say why", fields=("reason",)
    )


def test_an_unknown_return_is_not_found(given: Any) -> None:
    given().when(ApproveReturn(RETURN)).raises(NotFound, match="no customer return")


# --- receive -------------------------------------------------------------------------------

INSPECTED = (
    Inspection(1, D(2), "restock"),
    Inspection(2, D(2), "restock"),
    Inspection(1, D(1), "scrap"),
)


def test_only_an_approved_return_is_received(given: Any) -> None:
    given(REQUESTED).when(ReceiveReturn(RETURN, INSPECTED)).raises(
        StateConflict, match="is requested: it cannot be received"
    )


def test_a_received_return_says_per_line_what_goes_back_on_the_shelf(given: Any) -> None:
    state = given(REQUESTED, APPROVED).when(ReceiveReturn(RETURN, INSPECTED)).then(RECEIVED)
    assert state.status is ReturnStatus.RECEIVED
    assert (state.claimed(1), state.claimed(2)) == (3, 2)


def test_less_may_arrive_than_was_requested_and_claims_only_what_arrived(given: Any) -> None:
    state = (
        given(REQUESTED, APPROVED)
        .when(ReceiveReturn(RETURN, (Inspection(1, D(1), "return_to_supplier"),)))
        .then(
            ReturnReceived(
                return_id=RETURN,
                order_id=ORDER,
                customer_id=CUSTOMER,
                lines=[returned(1, "1", "return_to_supplier")],
                value=cny("12.5"),
            )
        )
    )
    assert (state.claimed(1), state.claimed(2)) == (1, 0)


@pytest.mark.parametrize(
    ("inspections", "match", "field"),
    [
        ((Inspection(1, D(2), "restock"), Inspection(1, D(2), "scrap")), "only 3", "lines"),
        ((Inspection(9, D(1), "restock"),), "has no line 9", "lines[0].line_no"),
        ((Inspection(1, D(1), "resell"),), "is not one of", "lines[0].disposition"),  # type: ignore[arg-type]
        ((), "at least one inspected line", "lines"),
    ],
)
def test_an_inspection_names_the_return_s_lines_and_no_more_than_requested(
    given: Any, inspections: tuple[Inspection, ...], match: str, field: str
) -> None:
    given(REQUESTED, APPROVED).when(ReceiveReturn(RETURN, inspections)).raises(
        DomainError, match=match, fields=(field,)
    )


# --- refund / exchange ---------------------------------------------------------------------


def refund(rate: str = "0.13") -> RefundReturn:
    return RefundReturn(RETURN, NOTE, "CN-1", date(2026, 12, 1), D(rate))


def test_a_received_return_is_refunded_at_the_price_paid_with_vat(given: Any) -> None:
    state = (
        given(REQUESTED, APPROVED, RECEIVED)
        .when(refund())
        .then(
            CreditNoteIssued(
                credit_note_id=NOTE,
                credit_note_no="CN-1",
                return_id=RETURN,
                order_id=ORDER,
                customer_id=CUSTOMER,
                issued_on=date(2026, 12, 1),
                currency="CNY",
                lines=[
                    # every unit that came back, scrapped or not: 3 x 12.50
                    InvoiceLine(
                        line_no=1,
                        sku="TEA",
                        quantity=D(3),
                        unit="pcs",
                        net_amount=D("37.50"),
                        tax_rate=D("0.13"),
                        tax_amount=D("4.88"),  # 4.875, half up
                    ),
                    InvoiceLine(
                        line_no=2,
                        sku="CUP",
                        quantity=D(2),
                        unit="pcs",
                        net_amount=D("6.67"),  # 6.666666
                        tax_rate=D("0.13"),
                        tax_amount=D("0.87"),
                    ),
                ],
                taxes=[TaxTotal(tax_rate=D("0.13"), net_amount=D("44.17"), tax_amount=D("5.75"))],
                net_total=D("44.17"),
                tax_total=D("5.75"),
                gross_total=D("49.92"),
                reason="customer return: arrived damaged",
            )
        )
    )
    assert state.status is ReturnStatus.REFUNDED
    given(REQUESTED, APPROVED, RECEIVED).when(refund("1.5")).raises(
        DomainError, match="tax rate", fields=("tax_rate",)
    )


def test_a_return_is_refunded_or_exchanged_once_and_only_once_received(given: Any) -> None:
    given(REQUESTED, APPROVED).when(refund()).raises(StateConflict, match="cannot be refunded")
    [note] = given(REQUESTED, APPROVED, RECEIVED).when(refund()).decided()
    given(REQUESTED, APPROVED, RECEIVED, note).when(refund()).raises(
        StateConflict, match="is refunded: it cannot be refunded"
    )
    given(REQUESTED, APPROVED, RECEIVED, note).when(ExchangeReturn(RETURN, REPLACEMENT)).raises(
        StateConflict, match="is refunded: it cannot be exchanged"
    )


def test_an_exchange_asks_for_a_replacement_of_what_came_back(given: Any) -> None:
    state = (
        given(REQUESTED, APPROVED, RECEIVED)
        .when(ExchangeReturn(RETURN, REPLACEMENT))
        .then(
            ReturnExchanged(
                return_id=RETURN,
                order_id=ORDER,
                customer_id=CUSTOMER,
                replacement_order_id=REPLACEMENT,
                lines=[
                    ExchangedLine(
                        line_no=1, sku="TEA", warehouse="WH-A", quantity=D(3), unit="pcs"
                    ),
                    ExchangedLine(
                        line_no=2, sku="CUP", warehouse="WH-B", quantity=D(2), unit="pcs"
                    ),
                ],
            )
        )
    )
    assert state.status is ReturnStatus.EXCHANGED
