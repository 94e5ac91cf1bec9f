"""Issue items 9b and 14e in the pure domain: a reservation refused for a reason the order
gives (repeated line numbers), and issues typed by kind whatever their reason says."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from jxc.events.base import Money
from jxc.events.contracts.inventory import ReservationRejected, StockIssued, StockReceived
from jxc.inventory.domain.stock import (
    Issue,
    IssueKind,
    Position,
    Reserve,
    Valuation,
    decide,
    evolve,
)

D = Decimal
ORDER = UUID(int=7)


def _stocked() -> Position:
    empty = Position(
        sku="TEA", warehouse="WH-A", unit="pcs", currency="CNY", valuation=Valuation.FIFO
    )
    received = StockReceived(
        sku="TEA",
        warehouse="WH-A",
        quantity=D(10),
        unit="pcs",
        unit_cost=Money(amount=D(2), currency="CNY"),
    )
    return evolve(empty, received)


def test_a_reservation_with_a_refusal_is_rejected_with_that_reason_whatever_is_available() -> None:
    refusal = "the order repeats line number(s) 1: no line of it is reserved"
    [event] = decide(Reserve(ORDER, 1, D(2), "pcs", refusal), _stocked())
    assert isinstance(event, ReservationRejected)
    assert (event.reason, event.available, event.requested) == (refusal, D(10), D(2))


def test_an_issue_carries_its_kind_not_its_reason() -> None:
    [typed] = decide(Issue(D(1), "pcs", "shipment"), _stocked())  # typed by a person
    [shipped] = decide(Issue(D(1), "pcs", "anything", kind=IssueKind.SHIPMENT), _stocked())
    assert isinstance(typed, StockIssued) and isinstance(shipped, StockIssued)
    assert (typed.kind, shipped.kind) == ("other", "shipment")
