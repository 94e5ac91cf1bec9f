"""The wire limits shared by the contracts and the HTTP edge."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from pydantic import TypeAdapter, ValidationError

from jxc.events.limits import Code, PositiveQuantity, Text, echo


@pytest.mark.parametrize("text", ["Acme\x00", "Acme \ud800", "\udfff"])
def test_text_postgresql_cannot_store_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="must not contain"):
        TypeAdapter(Text).validate_python(text)
    # With length constraints pydantic-core refuses a lone surrogate itself, in its words.
    with pytest.raises(ValidationError, match=r"must not contain|unicode string"):
        TypeAdapter(Code).validate_python(text)


def test_ordinary_text_passes() -> None:
    assert TypeAdapter(Text).validate_python("龙井 tea ✓") == "龙井 tea ✓"


@pytest.mark.parametrize("value", ["1e-175", "5e-324", "0.0000001", "1e400", "123456789012345"])
def test_quantities_beyond_the_contracts_are_refused(value: str) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(PositiveQuantity).validate_python(D(value))


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("105", "105"),
        ("0.5", "0.5"),
        ("1.2E+3", "1200"),
        ("1e400", "1E+400"),
        ("-1e-175", "-1E-175"),
        ("123456789012345678901234567", "1.2345678901234567890E+26"),
    ],
)
def test_numbers_are_echoed_short(value: str, shown: str) -> None:
    assert echo(D(value)) == shown
