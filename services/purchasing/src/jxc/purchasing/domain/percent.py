"""A part as a percentage of a whole, as scorecards and matching report it."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

_CENT = Decimal("0.01")


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """`part` as a % of `whole`, to two places; None when there is nothing to measure."""
    if whole == 0:
        return None
    return (part * 100 / whole).quantize(_CENT, rounding=ROUND_HALF_EVEN)
