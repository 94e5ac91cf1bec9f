"""Issue 7, item 3: goods in transit to a warehouse change through its stock stream
(inventory.StockInTransitChanged), decided by the stock position like every other movement,
never by a plain UPDATE from the transfers."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

import pytest

from jxc.events.contracts.inventory import StockInTransitChanged
from jxc.inventory.domain.stock import ChangeInTransit, Position, Valuation, decide, evolve
from jxc.platform.decider import DomainError

TRANSFER = UUID("0190a6f0-0000-7000-8000-0000000000cc")
EMPTY = Position(sku="TEA", warehouse="WH-B", unit="pcs", currency="CNY", valuation=Valuation.FIFO)


def _fold(position: Position, *changes: str) -> Position:
    for change in changes:
        for event in decide(ChangeInTransit(Decimal(change), "pcs", TRANSFER), position):
            position = evolve(position, event)
    return position


def test_a_dispatch_puts_goods_in_transit_and_the_receipt_takes_them_off() -> None:
    events = decide(ChangeInTransit(Decimal(40), "pcs", TRANSFER), EMPTY)
    assert events == [
        StockInTransitChanged(
            sku="TEA",
            warehouse="WH-B",
            quantity=Decimal(40),
            unit="pcs",
            in_transit_after=Decimal(40),
            transfer_id=TRANSFER,
        )
    ]
    position = _fold(EMPTY, "40", "-30", "-10")
    assert position.in_transit == 0
    assert _fold(EMPTY, "40", "-30").in_transit == 10
    assert _fold(EMPTY, "40").available == 0  # in transit is not available here yet


def test_more_cannot_arrive_than_is_in_transit() -> None:
    with pytest.raises(DomainError) as refused:
        decide(ChangeInTransit(Decimal(-11), "pcs", TRANSFER), _fold(EMPTY, "10"))
    assert refused.value.fields == ("quantity",)


def test_in_transit_is_kept_in_the_unit_of_the_stock() -> None:
    with pytest.raises(DomainError) as refused:
        decide(ChangeInTransit(Decimal(1), "box", TRANSFER), EMPTY)
    assert refused.value.fields == ("unit",)
