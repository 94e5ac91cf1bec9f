"""Campaign commands (create; issue coupons to the customers the target holds now) and the
campaign with its conversion."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from jxc.crm.adapters import campaign_tables
from jxc.crm.domain.campaign import (
    CampaignCommand,
    CampaignState,
    CreateCampaign,
    IssueCoupons,
    campaign_decider,
)
from jxc.events.contracts.crm import CouponIssued
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound, StateConflict
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading, wait_for_event
from jxc.platform.store import Conn, Metadata

RATE = Decimal("0.0001")


class Campaigns:
    def __init__(self, commands: CommandHandler, history_consumer: str, max_wait: float) -> None:
        self.commands = commands
        self.history_consumer = history_consumer
        self.max_wait = max_wait

    async def handle(
        self, command: CampaignCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        built: CampaignCommand | Callable[[Conn], Awaitable[CampaignCommand]] = command
        if isinstance(command, CreateCampaign):
            built = _with_free_code(command)
        elif isinstance(command, IssueCoupons):
            built = self._with_target(command)
        return await self.commands.handle(
            campaign_decider,
            campaign_decider.stream_id(command.campaign_id),
            built,
            meta,
            name=name,
            after_append=self._save,
            **idempotency,
        )

    def _with_target(self, command: IssueCoupons) -> Callable[[Conn], Awaitable[IssueCoupons]]:
        """The customers the campaign's target holds now, read in the command's transaction."""

        async def build(conn: Conn) -> IssueCoupons:
            fold = await self.commands.load(
                conn, campaign_decider, campaign_decider.stream_id(command.campaign_id)
            )
            state = fold.state
            if not state.exists:
                return command  # the decider says it is not found
            if state.target == "tag":
                found = await campaign_tables.customers_with_tag(conn, state.target_value)
            else:
                found = await campaign_tables.customers_in_segment(conn, state.target_value)
            return IssueCoupons(command.campaign_id, tuple(found), command.today)

        return build

    @staticmethod
    async def _save(conn: Conn, appended: Appended[CampaignState]) -> None:
        campaign = UUID(appended.stream_id.removeprefix(f"{campaign_decider.stream_prefix}-"))
        issued = [
            (event.coupon_code, event.customer_id)
            for _, event in appended.events
            if isinstance(event, CouponIssued)
        ]
        await campaign_tables.save(
            conn, campaign, appended.state, appended.version, appended.last.recorded_at, issued
        )

    async def get(
        self, campaign_id: UUID, *, wait_for: UUID | None = None, wait_seconds: float = 5.0
    ) -> dict[str, Any]:
        """The campaign, its coupons issued and its conversion (orders of the purchase history
        that used its coupons; `wait_for` an order's event id to read it counted)."""
        timeout = min(wait_seconds, self.max_wait)
        pool = self.commands.pool
        await wait_for_event(pool, self.history_consumer, wait_for, timeout, "purchase history")
        async with reading(pool) as conn:
            fold = await self.commands.load(
                conn, campaign_decider, campaign_decider.stream_id(campaign_id)
            )
            if not fold.state.exists:
                raise NotFound(f"there is no campaign {campaign_id}", fields=("campaign_id",))
            converted = await campaign_tables.conversion(conn, campaign_id)
        s = fold.state
        issued = len(s.customers)
        redeemed = sum(row["coupons_redeemed"] for row in converted)
        return {
            "campaign_id": campaign_id,
            "version": fold.version,
            "code": s.code,
            "name": s.name,
            "target": {"kind": s.target, "value": s.target_value},
            "percent_off": s.percent_off,
            "amount_off": None if s.amount_off is None else s.amount_off.model_dump(mode="json"),
            "min_order_value": (
                None if s.min_order_value is None else s.min_order_value.model_dump(mode="json")
            ),
            "valid_from": s.valid_from,
            "valid_until": s.valid_until,
            "conversion": {
                "coupons_issued": issued,
                "coupons_redeemed": redeemed,
                "rate": None if issued == 0 else (Decimal(redeemed) / issued).quantize(RATE),
                "orders": sum(row["orders"] for row in converted),
                "revenue": [
                    {"amount": row["revenue"], "currency": row["currency"]} for row in converted
                ],
            },
        }

    async def search(
        self, target: str | None, active_on: date | None, after: str | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await campaign_tables.search(conn, target, active_on, after, limit)

    async def sorted_page(
        self,
        target: str | None,
        active_on: date | None,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await campaign_tables.sorted_page(
                conn, target, active_on, sort, order, after, limit
            )


def _with_free_code(command: CreateCampaign) -> Callable[[Conn], Awaitable[CampaignCommand]]:
    async def build(conn: Conn) -> CampaignCommand:
        code = command.code.strip()
        holder = await campaign_tables.holder(conn, code)
        if holder is not None and holder != command.campaign_id:
            raise StateConflict(
                f"campaign code {code} is taken by campaign {holder}; choose another",
                fields=("code",),
            )
        return command

    return build
