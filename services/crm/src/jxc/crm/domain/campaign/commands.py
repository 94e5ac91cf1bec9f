"""What may be asked of a campaign."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from jxc.events.base import Money


@dataclass(frozen=True, slots=True)
class CreateCampaign:
    campaign_id: UUID
    code: str
    name: str
    target: str  # segment or tag
    target_value: str
    valid_from: date
    valid_until: date
    percent_off: Decimal | None = None
    amount_off: Money | None = None
    min_order_value: Money | None = None


@dataclass(frozen=True, slots=True)
class IssueCoupons:
    """A coupon for each of `customers` (the campaign's target as the service found it now)
    not given one yet."""

    campaign_id: UUID
    customers: tuple[UUID, ...]
    today: date


CampaignCommand = CreateCampaign | IssueCoupons
