"""ABC classification from consumption value. Pure: no I/O, no clock.

Items are sorted by consumption value, highest first (ties by SKU, so the result never depends
on the order they came in), and classed by the share of the total value held by the items
*before* them:

    A   while the items before hold less than `a_share` of the total        (default 80 %)
    B   while they hold less than `a_share + b_share`                        (default 95 %)
    C   the rest, and every item with no consumption at all

So the item that crosses the 80 % line is A: it is the one that carries the cumulative value
to 80 %. (With 700 / 200 / 100 the second item takes the cumulative share from 70 % to 90 %:
A.) An item that lands exactly on the line is A too and the next one starts B (800 / 150 / 50
gives A / B / C). This also means the top item is always A, even when it alone holds more than
80 % — a rule "A while the cumulative share including the item is at most 80 %" would class
such an item B and leave no A item at all.

Shares are fractions (0.8, not 80) and compared exactly in Decimal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jxc.platform.decider import DomainError

ZERO = Decimal(0)
DEFAULT_A_SHARE = Decimal("0.80")
DEFAULT_B_SHARE = Decimal("0.15")


class AbcClass(StrEnum):
    A = "A"
    B = "B"
    C = "C"


@dataclass(frozen=True, slots=True)
class Thresholds:
    a_share: Decimal = DEFAULT_A_SHARE
    b_share: Decimal = DEFAULT_B_SHARE

    def __post_init__(self) -> None:
        for name, value in (("a_share", self.a_share), ("b_share", self.b_share)):
            if not value.is_finite() or value < 0 or value > 1:
                raise DomainError(
                    f"{name} must be a fraction from 0 to 1 (0.8 for 80 %)", fields=(name,)
                )
        if self.a_share == 0:
            raise DomainError("a_share must be greater than zero", fields=("a_share",))
        if self.a_share + self.b_share > 1:
            raise DomainError(
                f"a_share + b_share is {self.a_share + self.b_share}; it may not exceed 1 "
                "(C takes what is left)",
                fields=("a_share", "b_share"),
            )


@dataclass(frozen=True, slots=True)
class Classified:
    sku: str
    abc_class: AbcClass
    consumption_value: Decimal
    cumulative_share: Decimal  # share of the total held by this item and those before it


def classify(
    consumption: Mapping[str, Decimal], thresholds: Thresholds | None = None
) -> list[Classified]:
    """Class every SKU of `consumption` (its consumption value; zero or less counts as none),
    highest value first."""
    limits = thresholds or Thresholds()
    ranked = sorted(consumption.items(), key=lambda item: (-max(item[1], ZERO), item[0]))
    total = sum((max(value, ZERO) for _, value in ranked), ZERO)
    a_line = limits.a_share * total
    b_line = (limits.a_share + limits.b_share) * total
    result: list[Classified] = []
    before = ZERO
    for sku, raw in ranked:
        value = max(raw, ZERO)
        if value <= 0:
            abc = AbcClass.C
        elif before < a_line:
            abc = AbcClass.A
        elif before < b_line:
            abc = AbcClass.B
        else:
            abc = AbcClass.C
        before += value
        share = before / total if total > 0 else ZERO
        result.append(Classified(sku, abc, value, share))
    return result
