"""Input checks shared by the purchasing deciders.

They turn input the event contracts could not hold (a blank SKU, a quantity with more decimal
places than the wire allows, a lower-case currency) into a DomainError a person can read, so
a bad command is answered as a 422 and never as a validation crash while building an event.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal

from jxc.events.limits import MAX_DECIMAL_PLACES, MAX_WHOLE_DIGITS, echo
from jxc.platform.decider import DomainError

_CURRENCY = re.compile(r"[A-Z]{3}")
_LIMIT = Decimal(10) ** MAX_WHOLE_DIGITS
_STEP = Decimal(1).scaleb(-MAX_DECIMAL_PLACES)
_CENT = Decimal("0.01")


def fmt(value: Decimal) -> str:
    """A decimal as a person writes it: 105, 0.5, 1200; a huge one stays short (1E+400)."""
    return echo(value)


def check_number(value: Decimal, field: str, what: str) -> Decimal:
    """A finite decimal that fits a Quantity or Amount on the wire."""
    if not value.is_finite():
        raise DomainError(f"{what} must be a number, not {value}", fields=(field,))
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        raise DomainError(
            f"{what} {fmt(value)} has more than {MAX_DECIMAL_PLACES} decimal places",
            fields=(field,),
        )
    if abs(value) >= _LIMIT:
        raise DomainError(
            f"{what} {fmt(value)} is too large (at most {MAX_WHOLE_DIGITS} digits before the "
            "decimal point)",
            fields=(field,),
        )
    return value


def round_amount(value: Decimal) -> Decimal:
    """An amount rounded (half to even) to the places an Amount holds, if it has more."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        return value.quantize(_STEP)
    return value


def check_text(value: str, field: str, what: str, *, max_length: int = 64) -> str:
    """A non-blank text, stripped, at most `max_length` characters."""
    text = value.strip()
    if not text:
        raise DomainError(f"{what} must not be blank", fields=(field,))
    if len(text) > max_length:
        raise DomainError(
            f"{what} is {len(text)} characters long; at most {max_length} are allowed",
            fields=(field,),
        )
    return text


def check_currency(value: str, field: str) -> str:
    if not _CURRENCY.fullmatch(value):
        raise DomainError(
            f"currency {value!r} is not an ISO 4217 code; write three capital letters, like EUR",
            fields=(field,),
        )
    return value


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """`part` as a % of `whole`, to two places; None when there is nothing to measure."""
    if whole == 0:
        return None
    return (part * 100 / whole).quantize(_CENT, rounding=ROUND_HALF_EVEN)
