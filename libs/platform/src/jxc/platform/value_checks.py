"""Value checks for deciders, against the wire's limits (jxc.events.limits).

They turn input the event contracts could not hold (a blank code, a quantity with more decimal
places or whole digits than the wire allows, a lower-case currency) into a DomainError a person
can read, naming the field, so a bad command is answered as a 422 and never as a validation
crash while building an event. Every service's domain uses these, so the limits a decider
applies are the ones the contracts and the HTTP bodies apply.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jxc.events.limits import CURRENCY_PATTERN, MAX_CODE, MAX_DECIMAL_PLACES, MAX_WHOLE_DIGITS, echo
from jxc.platform.decider import DomainError

_CURRENCY = re.compile(CURRENCY_PATTERN)
_LIMIT = Decimal(10) ** MAX_WHOLE_DIGITS
_STEP = Decimal(1).scaleb(-MAX_DECIMAL_PLACES)
# Codes travel in URLs (/items/{sku}) and stream ids: no spaces and nothing a URL path reads.
_URL_SAFE = re.compile(r"[^\s/\\?#%]+")


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
            f"{what} {fmt(value)} has more than {MAX_DECIMAL_PLACES} decimal places: "
            f"at most {MAX_DECIMAL_PLACES} decimal places are allowed",
            fields=(field,),
        )
    if abs(value) >= _LIMIT:
        raise DomainError(
            f"{what} {fmt(value)} is too large (at most {MAX_WHOLE_DIGITS} digits before the "
            "decimal point)",
            fields=(field,),
        )
    return value


def check_quantity(value: Decimal, field: str, what: str, *, zero: bool = False) -> Decimal:
    """A quantity the wire carries, greater than zero (or zero or more, with `zero`)."""
    if not value.is_finite() or value < 0 or (value == 0 and not zero):
        bound = "zero or more" if zero else "greater than zero"
        raise DomainError(f"{what} must be {bound}", fields=(field,))
    return check_number(value, field, what)


def round_amount(value: Decimal) -> Decimal:
    """An amount rounded (half to even) to the places an Amount holds, if it has more."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        return value.quantize(_STEP)
    return value


def check_text(value: str, field: str, what: str, *, max_length: int) -> str:
    """A non-blank text, stripped, at most `max_length` characters (one of the wire limits)."""
    text = value.strip()
    if not text:
        raise DomainError(f"{what} must not be blank", fields=(field,))
    if len(text) > max_length:
        raise DomainError(
            f"{what} is {len(text)} characters long; at most {max_length} are allowed",
            fields=(field,),
        )
    return text


def optional_text(value: str | None, field: str, what: str, *, max_length: int) -> str | None:
    """A stripped text, or None when absent or blank (a blank value clears the attribute)."""
    if value is None or not value.strip():
        return None
    return check_text(value, field, what, max_length=max_length)


def check_code(value: str, field: str, what: str) -> str:
    """A code that names something in URLs and stream ids: SKU, warehouse, location."""
    code = check_text(value, field, what, max_length=MAX_CODE)
    if not _URL_SAFE.fullmatch(code):
        raise DomainError(
            f"{what} {code!r} may not contain spaces or any of / \\ ? # % "
            "(it is used in URLs); use letters, digits, '-', '_' or '.'",
            fields=(field,),
        )
    return code


def check_currency(value: str, field: str) -> str:
    if not _CURRENCY.fullmatch(value):
        raise DomainError(
            f"currency {value!r} is not an ISO 4217 code; write three capital letters, like EUR",
            fields=(field,),
        )
    return value
