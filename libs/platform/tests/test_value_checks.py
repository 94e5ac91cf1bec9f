"""Numbers echoed back in messages stay short (issue 14f)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_number, fmt


def test_a_huge_number_is_echoed_in_a_few_characters() -> None:
    with pytest.raises(DomainError) as e:
        check_number(D("1e400"), "lines.0.quantity", "quantity")
    assert e.value.message.startswith("quantity 1E+400 is too large")
    assert len(e.value.message) < 120


def test_ordinary_numbers_are_written_as_people_write_them() -> None:
    assert [fmt(D(v)) for v in ("105.00", "0.50", "1.2E+3", "0")] == ["105", "0.5", "1200", "0"]
