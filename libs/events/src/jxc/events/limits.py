"""What a value may be on the wire: one definition, used by the event contracts and by every
service's HTTP bodies and query parameters, so a request the contracts (or PostgreSQL) would
refuse is refused at the edge, as a 422 naming the field, before any handler runs.

- Text never holds NUL or a lone UTF-16 surrogate (PostgreSQL cannot store either).
- Quantities and amounts are finite decimals of at most MAX_WHOLE_DIGITS digits before the
  point and MAX_DECIMAL_PLACES after it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

MAX_DECIMAL_PLACES = 6
MAX_WHOLE_DIGITS = 14
MAX_DIGITS = MAX_WHOLE_DIGITS + MAX_DECIMAL_PLACES
MAX_CODE = 64
MAX_UNIT = 16
MAX_NAME = 200
MAX_REASON = 500
#: A currency is an ISO 4217 code: three capital letters.
CURRENCY_PATTERN = r"[A-Z]{3}"
#: At most this many significant digits of a number are echoed back in a message.
ECHO_DIGITS = 20


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str) -> str:
    """`value` if PostgreSQL can store it as text: no NUL, no lone surrogate (one regex scan:
    every text field of every event passes here)."""
    if _UNSTORABLE.search(value) is None:
        return value
    if "\x00" in value:
        raise ValueError("text must not contain the NUL character (\\u0000)")
    raise ValueError("text must not contain a lone surrogate (\\ud800-\\udfff)")


def echo(value: Decimal) -> str:
    """A decimal as a message may repeat it: 105, 0.5, 1200 as written, and a huge or very
    long one in scientific notation cut to ECHO_DIGITS significant digits (1E+400, never four
    hundred zeros)."""
    if not value.is_finite():
        return str(value)
    if value == 0:
        return "0"
    normal = value.normalize()
    plain = format(normal, "f") if abs(normal.adjusted()) <= MAX_DIGITS else ""
    if plain and len(plain) <= MAX_DIGITS + 2:
        return plain
    shown = min(len(normal.as_tuple().digits), ECHO_DIGITS) - 1
    return f"{normal:.{shown}E}"


Text = Annotated[str, AfterValidator(storable)]
Code = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_CODE, strip_whitespace=True),
    AfterValidator(storable),
]
Sku = Code
Unit = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_UNIT), AfterValidator(storable)
]
Name = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_NAME), AfterValidator(storable)
]
Reason = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_REASON), AfterValidator(storable)
]
Currency = Annotated[str, StringConstraints(pattern=f"^{CURRENCY_PATTERN}$")]
Quantity = Annotated[
    Decimal,
    Field(allow_inf_nan=False, max_digits=MAX_DIGITS, decimal_places=MAX_DECIMAL_PLACES),
]
NonNegativeQuantity = Annotated[Quantity, Field(ge=0)]
PositiveQuantity = Annotated[Quantity, Field(gt=0)]
Amount = Annotated[
    Decimal,
    Field(allow_inf_nan=False, max_digits=MAX_DIGITS, decimal_places=MAX_DECIMAL_PLACES),
]
NonNegativeAmount = Annotated[Amount, Field(ge=0)]
