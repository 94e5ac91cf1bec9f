"""Rejected goods become a purchase return or a claim, never more than were rejected."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from typing import Any
from uuid import UUID

import pytest

from jxc.events.contracts.purchasing import (
    ClaimedLine,
    PurchaseReturnShipped,
    ReturnedLine,
    SupplierClaimRaised,
)
from jxc.platform.decider import Decider, DomainError, StateConflict
from jxc.purchasing.domain import (
    ClaimLine,
    RaiseSupplierClaim,
    ReturnLine,
    ShipPurchaseReturn,
    purchase_order_decider,
)
from services.purchasing.tests.builders import (
    PO,
    SUPPLIER,
    approved,
    bolts,
    created,
    eur,
    grease,
    received,
)

Given = Callable[..., Any]
RETURN = UUID("0190a000-0000-7000-8000-0000000000c1")
CLAIM = UUID("0190a000-0000-7000-8000-0000000000d1")
# 20 bolts and 4 kg of grease rejected
INSPECTED = (
    created(),
    approved(),
    received(
        bolts("80", "20", rejection_reason="rusty"), grease("6", "4", rejection_reason="leaking")
    ),
)


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return purchase_order_decider


def ship(*lines: ReturnLine, return_id: UUID = RETURN) -> ShipPurchaseReturn:
    return ShipPurchaseReturn(purchase_order_id=PO, return_id=return_id, lines=list(lines))


def claim(*lines: ClaimLine, claim_id: UUID = CLAIM) -> RaiseSupplierClaim:
    return RaiseSupplierClaim(purchase_order_id=PO, claim_id=claim_id, lines=list(lines))


def returned_bolts(quantity: str, **changes: Any) -> ReturnedLine:
    values: dict[str, Any] = {
        "line_no": 1,
        "sku": "BOLT-M8",
        "warehouse": "WH-SH",
        "quantity": D(quantity),
        "unit": "pcs",
        "unit_cost": eur("0.25"),
        "reason": "rusty",
        "from_stock": False,
    }
    values.update(changes)
    return ReturnedLine(**values)


def shipped(*lines: ReturnedLine, return_id: UUID = RETURN) -> PurchaseReturnShipped:
    return PurchaseReturnShipped(
        return_id=return_id, purchase_order_id=PO, supplier_id=SUPPLIER, lines=list(lines)
    )


# --- returns -----------------------------------------------------------------------------


def test_rejected_goods_that_never_entered_stock_go_back_not_from_stock(given: Given) -> None:
    state = (
        given(*INSPECTED)
        .when(ship(ReturnLine(1, D("15"), " rusty ")))
        .then(shipped(returned_bolts("15")))
    )
    assert state.line(1).returned == D("15")
    assert state.line(1).rejected_open == D("5")


def test_goods_in_a_quarantine_location_go_back_from_stock(given: Given) -> None:
    given(*INSPECTED).when(
        ship(ReturnLine(1, D("20"), "rusty", warehouse="WH-BJ", location="Q-01", lot="L7"))
    ).then(
        shipped(returned_bolts("20", warehouse="WH-BJ", location="Q-01", lot="L7", from_stock=True))
    )


def test_a_blank_location_is_no_location(given: Given) -> None:
    [event] = given(*INSPECTED).when(ship(ReturnLine(1, D("1"), "x", location="  "))).decided()
    assert event.lines[0].location is None
    assert event.lines[0].from_stock is False


def test_more_than_the_rejected_goods_left_cannot_go_back(given: Given) -> None:
    history = (*INSPECTED, shipped(returned_bolts("15"), return_id=CLAIM))
    given(*history).when(ship(ReturnLine(1, D("6"), "rusty"))).raises(
        DomainError,
        match=r"line 1 \(BOLT-M8\): 6 pcs to return, but only 5 rejected pcs are not yet "
        r"returned or claimed \(rejected 20, returned 15, claimed 0\)",
        fields=("lines.0.quantity",),
    )


def test_lines_of_one_return_for_the_same_po_line_count_together(given: Given) -> None:
    given(*INSPECTED).when(
        ship(ReturnLine(1, D("10"), "a", lot="A"), ReturnLine(1, D("11"), "b", lot="B"))
    ).raises(DomainError, match="21 pcs to return", fields=("lines.1.quantity",))


def test_accepted_goods_are_not_returned_here(given: Given) -> None:
    history = (created(), approved(), received(bolts("100")))
    given(*history).when(ship(ReturnLine(1, D("1"), "changed our mind"))).raises(
        DomainError, match="only 0 rejected pcs are not yet returned"
    )


@pytest.mark.parametrize(
    ("line", "field", "match"),
    [
        (ReturnLine(3, D("1"), "x"), "lines.0.line_no", "has no line 3"),
        (ReturnLine(1, D("0"), "x"), "lines.0.quantity", "must be more than 0"),
        (ReturnLine(1, D("1"), " "), "lines.0.reason", "say why"),
    ],
)
def test_a_return_line_is_checked(given: Given, line: ReturnLine, field: str, match: str) -> None:
    given(*INSPECTED).when(ship(line)).raises(DomainError, match=match, fields=(field,))


def test_a_return_needs_a_line(given: Given) -> None:
    given(*INSPECTED).when(ship()).raises(DomainError, match="at least one line")


def test_the_same_return_is_not_recorded_twice(given: Given) -> None:
    given(*INSPECTED, shipped(returned_bolts("1"))).when(ship(ReturnLine(1, D("1"), "x"))).raises(
        StateConflict, match="already recorded", fields=("return_id",)
    )


# --- claims ------------------------------------------------------------------------------


def test_a_claim_is_worth_the_rejected_quantity_at_the_po_price(given: Given) -> None:
    state = (
        given(*INSPECTED)
        .when(claim(ClaimLine(1, D("5"), "rusty"), ClaimLine(2, D("4"), "leaking")))
        .then(
            SupplierClaimRaised(
                claim_id=CLAIM,
                purchase_order_id=PO,
                supplier_id=SUPPLIER,
                lines=[
                    ClaimedLine(
                        line_no=1,
                        sku="BOLT-M8",
                        quantity=D("5"),
                        unit="pcs",
                        unit_price=eur("0.25"),
                        amount=eur("1.25"),
                        reason="rusty",
                    ),
                    ClaimedLine(
                        line_no=2,
                        sku="GREASE",
                        quantity=D("4"),
                        unit="kg",
                        unit_price=eur("12.50"),
                        amount=eur("50.00"),
                        reason="leaking",
                    ),
                ],
                amount=eur("51.25"),
            )
        )
    )
    assert (state.line(1).claimed, state.line(2).rejected_open) == (D("5"), D("0"))


def test_goods_returned_cannot_be_claimed_too(given: Given) -> None:
    history = (*INSPECTED, shipped(returned_bolts("20")))
    given(*history).when(claim(ClaimLine(1, D("1"), "rusty"))).raises(
        DomainError, match="1 pcs to claim, but only 0 rejected pcs", fields=("lines.0.quantity",)
    )


def test_the_same_claim_is_not_raised_twice(given: Given) -> None:
    [event] = given(*INSPECTED).when(claim(ClaimLine(1, D("1"), "x"))).decided()
    given(*INSPECTED, event).when(claim(ClaimLine(1, D("1"), "x"))).raises(
        StateConflict, match="already recorded", fields=("claim_id",)
    )
