"""Events published by crm on jxc.crm.events: customers, so that sales keeps its own copy of
each customer's profile and credit limit."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import Code, Currency, DomainEvent, Money
from jxc.events.contracts.registry import registry
from jxc.events.limits import Name, Text

Latitude = Annotated[Decimal, Field(allow_inf_nan=False, ge=-90, le=90, decimal_places=7)]
Longitude = Annotated[Decimal, Field(allow_inf_nan=False, ge=-180, le=180, decimal_places=7)]


class Contact(BaseModel):
    """A person at the customer: at least a name; email and phone where known."""

    model_config = ConfigDict(frozen=True)

    name: Name
    role: Text | None = None
    email: Text | None = None
    phone: Text | None = None


class Address(BaseModel):
    """Where goods go (or invoices): `label` names it within the customer (e.g. "main
    warehouse"); the coordinates (WGS 84, decimal degrees) place it for delivery runs."""

    model_config = ConfigDict(frozen=True)

    label: Code
    street: Name
    city: Name
    postal_code: Text | None = None
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    latitude: Latitude
    longitude: Longitude


@registry.register
class CustomerRegistered(DomainEvent):
    """A new customer. Its credit limit starts at zero in its currency (CreditLimitChanged
    raises it)."""

    event_type = "crm.CustomerRegistered"

    customer_id: UUID
    code: Code
    name: Name
    customer_group: Code
    tags: list[Code] = Field(default_factory=list)
    sales_owner: Text | None = None
    currency: Currency
    contacts: list[Contact] = Field(default_factory=list)
    addresses: list[Address] = Field(default_factory=list)


@registry.register
class CustomerUpdated(DomainEvent):
    """The customer's changeable profile, all of it as it is now, contacts and addresses
    included (code and currency never change)."""

    event_type = "crm.CustomerUpdated"

    customer_id: UUID
    name: Name
    customer_group: Code
    tags: list[Code]
    sales_owner: Text | None = None
    contacts: list[Contact]
    addresses: list[Address]


@registry.register
class CreditLimitChanged(DomainEvent):
    """The most the customer may owe (open receivables and open orders), in its currency."""

    event_type = "crm.CreditLimitChanged"

    customer_id: UUID
    credit_limit: Money
    previous_limit: Money
    changed_by: Text
    reason: Text


@registry.register
class CouponIssued(DomainEvent):
    """A campaign's coupon code that sales honours once: `percent_off` (0.10 is 10 %) or
    `amount_off` off an order of at least `min_order_value`, until `valid_until` (inclusive).
    `customer_id` None: any customer may use it (still once)."""

    event_type = "crm.CouponIssued"

    coupon_code: Code
    campaign_id: UUID
    customer_id: UUID | None = None
    percent_off: Annotated[Decimal, Field(allow_inf_nan=False, gt=0, le=1)] | None = None
    amount_off: Money | None = None
    min_order_value: Money | None = None
    valid_from: date
    valid_until: date


@registry.register
class PointsRedeemed(DomainEvent):
    """Loyalty points turned into a voucher worth `value`, already taken off the customer's
    points: sales honours `voucher_code` on one order of this customer only."""

    event_type = "crm.PointsRedeemed"

    redemption_id: UUID
    customer_id: UUID
    voucher_code: Code
    points: Annotated[int, Field(gt=0)]
    value: Money
    valid_until: date


@registry.register
class CustomerSegmentChanged(DomainEvent):
    """The customer's RFM segment changed (champions, loyal, at_risk, lost, ...); scores are
    quintiles 1 (worst) to 5 (best)."""

    event_type = "crm.CustomerSegmentChanged"

    customer_id: UUID
    segment: Code
    previous_segment: Code | None = None
    recency_score: Annotated[int, Field(ge=1, le=5)]
    frequency_score: Annotated[int, Field(ge=1, le=5)]
    monetary_score: Annotated[int, Field(ge=1, le=5)]
    computed_at: datetime


Points = Annotated[int, Field(ge=0)]


@registry.register
class PointsEarned(DomainEvent):
    """Loyalty points earned on a delivered shipment (crm's policy on sales.OrderDelivered):
    `points` in all; the first `owed_settled` of them paid off points owed from an earlier
    reversal, the rest went onto the balance, which is now `balance`."""

    event_type = "crm.PointsEarned"

    customer_id: UUID
    order_id: UUID
    shipment_id: UUID
    value: Money
    points: Annotated[int, Field(gt=0)]
    owed_settled: Points = 0
    balance: Points


@registry.register
class PointsReversed(DomainEvent):
    """Points of goods the customer returned (sales.ReturnReceived), taken back: `taken` came
    off the balance (now `balance`, never below zero); the rest, `owed`, is settled from the
    next points earned."""

    event_type = "crm.PointsReversed"

    customer_id: UUID
    order_id: UUID
    return_id: UUID
    value: Money
    points: Annotated[int, Field(gt=0)]
    taken: Points
    owed: Points
    balance: Points


@registry.register
class MembershipTierChanged(DomainEvent):
    """The customer's membership tier (member, silver, gold, platinum) moved with its tier
    points: the points earned less those reversed (redeeming does not lower a tier)."""

    event_type = "crm.MembershipTierChanged"

    customer_id: UUID
    tier: Code
    previous_tier: Code
    tier_points: Points


@registry.register
class FollowUpScheduled(DomainEvent):
    """A call or visit to make to a customer by `due_on`, owned by `owner`."""

    event_type = "crm.FollowUpScheduled"

    follow_up_id: UUID
    customer_id: UUID
    kind: Literal["call", "visit"]
    subject: Name
    owner: Name
    due_on: date
    scheduled_by: Text


@registry.register
class FollowUpRescheduled(DomainEvent):
    event_type = "crm.FollowUpRescheduled"

    follow_up_id: UUID
    due_on: date
    previous_due_on: date
    owner: Name
    reason: Text


@registry.register
class FollowUpCompleted(DomainEvent):
    """The call or visit was made: what came of it."""

    event_type = "crm.FollowUpCompleted"

    follow_up_id: UUID
    customer_id: UUID
    outcome: Text
    completed_on: date
    completed_by: Text


@registry.register
class FollowUpCancelled(DomainEvent):
    event_type = "crm.FollowUpCancelled"

    follow_up_id: UUID
    customer_id: UUID
    reason: Text
    cancelled_by: Text


@registry.register
class CampaignCreated(DomainEvent):
    """A campaign aimed at the customers of an RFM segment or with a tag: its coupons take
    `percent_off` (0.10 is 10 %) or `amount_off` off an order of at least `min_order_value`,
    from `valid_from` to `valid_until` (inclusive). Its coupon codes start with `code`."""

    event_type = "crm.CampaignCreated"

    campaign_id: UUID
    code: Code
    name: Name
    target: Literal["segment", "tag"]
    target_value: Code
    percent_off: Annotated[Decimal, Field(allow_inf_nan=False, gt=0, le=1)] | None = None
    amount_off: Money | None = None
    min_order_value: Money | None = None
    valid_from: date
    valid_until: date


@registry.register
class FeedbackOpened(DomainEvent):
    """A customer's complaint or suggestion, about an order or a shipment where there is one."""

    event_type = "crm.FeedbackOpened"

    feedback_id: UUID
    customer_id: UUID
    kind: Literal["complaint", "suggestion"]
    subject: Name
    description: Text | None = None
    order_id: UUID | None = None
    shipment_id: UUID | None = None
    opened_at: datetime
    opened_by: Text


@registry.register
class FeedbackWorkStarted(DomainEvent):
    event_type = "crm.FeedbackWorkStarted"

    feedback_id: UUID
    customer_id: UUID
    assignee: Name
    started_at: datetime


@registry.register
class FeedbackResolved(DomainEvent):
    """Resolved, with how; `opened_at` repeated so a reader has the time it took."""

    event_type = "crm.FeedbackResolved"

    feedback_id: UUID
    customer_id: UUID
    kind: Literal["complaint", "suggestion"]
    resolution: Text
    opened_at: datetime
    resolved_at: datetime
    resolved_by: Text
