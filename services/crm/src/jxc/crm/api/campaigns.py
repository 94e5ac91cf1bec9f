"""Campaigns over HTTP (role crm): create one aimed at a segment or a tag, issue its coupons
(crm.CouponIssued, which sales honours); the campaign with its conversion (coupons redeemed,
orders, revenue)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.crm.adapters.campaign_tables import CAMPAIGNS
from jxc.crm.api.common import READERS, Limit, WaitFor, WaitSeconds
from jxc.crm.app.campaigns import Campaigns
from jxc.crm.domain.campaign import CampaignCommand, CreateCampaign, IssueCoupons
from jxc.events import limits
from jxc.events.base import Money
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import MAX_CURSOR, SortOrder

Text = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
Code = Annotated[limits.Text, Field(min_length=1, max_length=32)]
TargetValue = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_CODE)]


class MoneyBody(Body):
    amount: Annotated[limits.NonNegativeAmount, Field(gt=0)]
    currency: limits.Currency

    def money(self) -> Money:
        return Money(amount=self.amount, currency=self.currency)


class CreateCampaignBody(Body):
    campaign_id: UUID | None = None
    code: Code
    name: Text
    target: Literal["segment", "tag"]
    target_value: TargetValue = Field(description="the segment (e.g. at_risk) or the tag")
    percent_off: Annotated[Decimal, Field(gt=0, le=1, allow_inf_nan=False)] | None = None
    amount_off: MoneyBody | None = None
    min_order_value: MoneyBody | None = None
    valid_from: date
    valid_until: date


def campaigns_router(campaigns: Campaigns) -> CommandRouter:
    router = CommandRouter(tags=["campaigns"], readers=READERS)

    async def run(command: CampaignCommand, name: str, cmd: CommandRequest) -> dict[str, Any]:
        return cmd.answer(await campaigns.handle(command, cmd.meta, name, **cmd.idempotency))

    @router.command("/campaigns", role=Role.CRM, status_code=201)
    async def create_campaign(body: CreateCampaignBody, cmd: Command) -> dict[str, Any]:
        command = CreateCampaign(
            campaign_id=body.campaign_id or uuid7(),
            code=body.code,
            name=body.name,
            target=body.target,
            target_value=body.target_value,
            valid_from=body.valid_from,
            valid_until=body.valid_until,
            percent_off=body.percent_off,
            amount_off=None if body.amount_off is None else body.amount_off.money(),
            min_order_value=None if body.min_order_value is None else body.min_order_value.money(),
        )
        return await run(command, "create-campaign", cmd)

    @router.command("/campaigns/{campaign_id}/issue-coupons", role=Role.CRM)
    async def issue_coupons(campaign_id: UUID, cmd: Command) -> dict[str, Any]:
        command = IssueCoupons(campaign_id, (), cmd.meta.occurred_at.date())
        return await run(command, "issue-coupons", cmd)

    @router.get("/campaigns")
    async def list_campaigns(
        target: Annotated[Literal["segment", "tag"] | None, Query()] = None,
        active_on: Annotated[date | None, Query(description="running on this day")] = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description="the `next` of the page before: codes after it (with `sort` or "
                "`order`: a cursor of that sort)",
            ),
        ] = None,
        limit: Limit = 50,
        sort: Annotated[str | None, CAMPAIGNS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """Campaigns by code; with `sort` (and `order`) in the order asked, the `next` of each
        page then a cursor of that sort to pass back as `after` with it."""
        if sort is not None or order is not None:
            found, cursor = await campaigns.sorted_page(
                target, active_on, sort, order, after, limit
            )
            return {"items": found, "next": cursor}
        rows = await campaigns.search(target, active_on, after, limit + 1)
        page, more = rows[:limit], len(rows) > limit
        return {"items": page, "next": page[-1]["code"] if more else None}

    @router.get("/campaigns/{campaign_id}")
    async def get_campaign(
        campaign_id: UUID, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 5.0
    ) -> dict[str, Any]:
        return await campaigns.get(campaign_id, wait_for=wait_for_event, wait_seconds=wait_seconds)

    return router
