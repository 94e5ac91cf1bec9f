"""Issue 7, item 2: the stock decider refuses a quantity the wire cannot carry (more decimal
places or more whole digits than jxc.events.limits allows) as a DomainError naming the field,
never as a validation crash while building the event. The limits are the wire's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import TypeAdapter, ValidationError

from jxc.events import limits
from jxc.inventory.domain.stock import Adjust, Issue, Position, Receive, Valuation, decide
from jxc.platform.decider import DomainError

POSITION = Position(
    sku="TEA",
    warehouse="WH-A",
    unit="pcs",
    currency="CNY",
    valuation=Valuation.FIFO,
    allow_negative=True,
)
FINER = Decimal(1).scaleb(-(limits.MAX_DECIMAL_PLACES + 1))  # 0.0000001
LARGER = Decimal(10) ** limits.MAX_WHOLE_DIGITS  # 1E+14


def _on_the_wire(value: Decimal) -> bool:
    try:
        TypeAdapter(limits.Quantity).validate_python(value)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("quantity", [FINER, LARGER, -LARGER])
def test_an_adjustment_the_wire_cannot_carry_is_refused_naming_the_quantity(
    quantity: Decimal,
) -> None:
    assert not _on_the_wire(quantity)
    with pytest.raises(DomainError) as refused:
        decide(
            Adjust(quantity=quantity, unit="pcs", reason="found", unit_cost=Decimal(1)), POSITION
        )
    assert refused.value.fields == ("quantity",)


@pytest.mark.parametrize("quantity", [FINER + 1, LARGER])
def test_a_receipt_the_wire_cannot_carry_is_refused_naming_the_quantity(
    quantity: Decimal,
) -> None:
    with pytest.raises(DomainError) as refused:
        decide(
            Receive(quantity=quantity, unit="pcs", unit_cost=Decimal(1), currency="CNY"), POSITION
        )
    assert refused.value.fields == ("quantity",)


@pytest.mark.parametrize("quantity", [FINER + 1, LARGER])
def test_an_issue_the_wire_cannot_carry_is_refused_naming_the_quantity(
    quantity: Decimal,
) -> None:
    with pytest.raises(DomainError) as refused:
        decide(Issue(quantity=quantity, unit="pcs", reason="damaged"), POSITION)
    assert refused.value.fields == ("quantity",)


def test_the_largest_and_finest_quantities_the_wire_carries_are_accepted() -> None:
    largest = LARGER - FINER * 10  # 99999999999999.999999
    assert _on_the_wire(largest)
    events = decide(
        Adjust(quantity=largest, unit="pcs", reason="found", unit_cost=Decimal(0)), POSITION
    )
    assert [e.quantity for e in events] == [largest]  # type: ignore[attr-defined]
