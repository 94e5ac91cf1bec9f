"""What may be asked of a price list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID


@dataclass(frozen=True, slots=True)
class PriceBreak:
    sku: str
    min_quantity: Decimal  # from this quantity on; 0 is the base price
    unit_price: Decimal


@dataclass(frozen=True, slots=True)
class DefinePriceList:
    price_list_id: UUID
    code: str
    customer_group: str
    currency: str
    valid_from: date
    valid_until: date | None
    prices: tuple[PriceBreak, ...]


@dataclass(frozen=True, slots=True)
class RevisePriceList:
    """Replace the validity and all the prices."""

    price_list_id: UUID
    valid_from: date
    valid_until: date | None
    prices: tuple[PriceBreak, ...]


PriceListCommand = DefinePriceList | RevisePriceList
