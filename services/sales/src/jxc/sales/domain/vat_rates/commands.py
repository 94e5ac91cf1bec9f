"""What may be asked of the VAT rates."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class SetVatRate:
    """The rate (a fraction: 0.13 is 13 %) of `category`, or the default when None."""

    category: str | None
    rate: Decimal
