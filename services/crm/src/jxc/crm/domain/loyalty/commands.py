"""What may be asked of a customer's points ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from jxc.events.base import Money


@dataclass(frozen=True, slots=True)
class EarnPoints:
    """A shipment of an order was delivered, worth `value` (crm's policy on OrderDelivered)."""

    customer_id: UUID
    order_id: UUID
    shipment_id: UUID
    value: Money


@dataclass(frozen=True, slots=True)
class ReversePoints:
    """Goods of an order came back, worth `value` (crm's policy on ReturnReceived)."""

    customer_id: UUID
    order_id: UUID
    return_id: UUID
    value: Money


@dataclass(frozen=True, slots=True)
class RedeemPoints:
    """Turn `points` into a voucher valid until `today` + `valid_days`. `redemption_id` is
    chosen by the caller once: a redemption is recorded once, whoever asks again."""

    customer_id: UUID
    redemption_id: UUID
    points: int
    today: date
    valid_days: int


LoyaltyCommand = EarnPoints | ReversePoints | RedeemPoints
