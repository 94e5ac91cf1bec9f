"""Creating a campaign (its target and its discount checked) and issuing its coupons."""

from __future__ import annotations

from uuid import UUID

from jxc.crm.domain.campaign.commands import CreateCampaign, IssueCoupons
from jxc.crm.domain.campaign.state import CampaignState
from jxc.crm.domain.segment import SEGMENTS
from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import CampaignCreated, CouponIssued
from jxc.events.limits import MAX_NAME
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_code, check_text

MAX_CAMPAIGN_CODE = 32


def coupon_code(campaign_code: str, customer_id: UUID) -> str:
    """The customer's coupon of the campaign: the campaign's code and the customer id's tail."""
    return f"{campaign_code}-{customer_id.hex[-12:].upper()}"


def create(command: CreateCampaign, state: CampaignState) -> list[DomainEvent]:
    c = command
    if state.exists:
        raise StateConflict(f"campaign {c.campaign_id} exists already", fields=("campaign_id",))
    code = check_code(c.code, "code", "campaign code")
    if len(code) > MAX_CAMPAIGN_CODE:
        raise DomainError(
            f"a campaign code has at most {MAX_CAMPAIGN_CODE} characters", fields=("code",)
        )
    if c.target not in ("segment", "tag"):
        raise DomainError("a campaign aims at a segment or a tag", fields=("target",))
    value = check_code(c.target_value, "target_value", c.target)
    if c.target == "segment" and value not in SEGMENTS:
        raise DomainError(
            f"there is no segment {value!r}; the segments are {', '.join(SEGMENTS)}",
            fields=("target_value",),
        )
    if (c.percent_off is None) == (c.amount_off is None):
        raise DomainError(
            "a campaign takes either a percentage or an amount off: give one of them",
            fields=("percent_off", "amount_off"),
        )
    if c.percent_off is not None and not 0 < c.percent_off <= 1:
        raise DomainError("percent_off is a fraction above 0, at most 1", fields=("percent_off",))
    if c.amount_off is not None and c.amount_off.amount <= 0:
        raise DomainError("amount_off must be above zero", fields=("amount_off",))
    if (
        c.amount_off is not None
        and c.min_order_value is not None
        and c.amount_off.currency != c.min_order_value.currency
    ):
        raise DomainError(
            "the amount off and the minimum order value must be in one currency",
            fields=("min_order_value",),
        )
    if c.valid_until < c.valid_from:
        raise DomainError(
            f"the campaign ends ({c.valid_until}) before it starts ({c.valid_from})",
            fields=("valid_until",),
        )
    return [
        CampaignCreated(
            campaign_id=c.campaign_id,
            code=code,
            name=check_text(c.name, "name", "campaign name", max_length=MAX_NAME),
            target=c.target,
            target_value=value,
            percent_off=c.percent_off,
            amount_off=c.amount_off,
            min_order_value=c.min_order_value,
            valid_from=c.valid_from,
            valid_until=c.valid_until,
        )
    ]


def issue(command: IssueCoupons, state: CampaignState) -> list[DomainEvent]:
    if not state.exists:
        raise NotFound(f"there is no campaign {command.campaign_id}", fields=("campaign_id",))
    assert state.valid_from is not None and state.valid_until is not None
    if command.today > state.valid_until:
        raise StateConflict(
            f"campaign {state.code} ended on {state.valid_until}: it issues no more coupons"
        )
    if not command.customers:
        raise StateConflict(
            f"no customer is in the {state.target} {state.target_value} now: "
            "there is nobody to give a coupon"
        )
    return [
        CouponIssued(
            coupon_code=coupon_code(state.code, customer),
            campaign_id=command.campaign_id,
            customer_id=customer,
            percent_off=state.percent_off,
            amount_off=state.amount_off,
            min_order_value=state.min_order_value,
            valid_from=state.valid_from,
            valid_until=state.valid_until,
        )
        for customer in sorted(set(command.customers) - state.customers)
    ]
