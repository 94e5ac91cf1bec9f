"""Loyalty over HTTP: redeem points for a voucher (role crm, or sales at the counter); a
customer's account (balance, owed, tier), its points ledger, and the members by tier."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.crm.adapters.loyalty_tables import MEMBERS
from jxc.crm.api.common import READERS, Limit, WaitFor, WaitSeconds
from jxc.crm.app.loyalty import Loyalty
from jxc.crm.domain.loyalty import (
    POINT_VALUE,
    REDEMPTION_STEP,
    TIERS,
    RedeemPoints,
    voucher_code,
)
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Answer, Body, Command, CommandRouter
from jxc.platform.paging import MAX_CURSOR, SortOrder, legacy_id

DEFAULT_VALID_DAYS = 90
Tier = Annotated[str, Query(pattern="^(" + "|".join(t for t, _ in TIERS) + ")$")]


class RedeemBody(Body):
    redemption_id: UUID = Field(
        description="chosen by the caller, once per redemption: asking again with it is refused"
    )
    points: Annotated[int, Field(gt=0, le=10**9, description=f"a multiple of {REDEMPTION_STEP}")]
    valid_days: Annotated[int, Field(ge=1, le=3660)] = DEFAULT_VALID_DAYS


class RedeemAnswer(Answer):
    voucher_code: str


def loyalty_router(loyalty: Loyalty) -> CommandRouter:
    router = CommandRouter(tags=["loyalty"], readers=READERS)

    @router.command(
        "/customers/{customer_id}/loyalty/redeem",
        role=Role.CRM,
        also=(Role.SALES,),
        response_model=RedeemAnswer,
    )
    async def redeem_points(customer_id: UUID, body: RedeemBody, cmd: Command) -> dict[str, Any]:
        command = RedeemPoints(
            customer_id,
            body.redemption_id,
            body.points,
            cmd.meta.occurred_at.date(),
            body.valid_days,
        )
        result = await loyalty.handle(command, cmd.meta, "redeem-points", **cmd.idempotency)
        return {**cmd.answer(result), "voucher_code": voucher_code(body.redemption_id)}

    @router.get("/customers/{customer_id}/loyalty")
    async def get_loyalty(
        customer_id: UUID, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 5.0
    ) -> dict[str, Any]:
        """The account; `wait_for_event`: a sales event (a delivery, a return) to see applied."""
        await loyalty.wait_for(wait_for_event, wait_seconds)
        state, version = await loyalty.get(customer_id)
        return {
            "customer_id": customer_id,
            "version": version,
            "currency": state.currency,
            "balance": state.balance,
            "balance_value": None if state.currency is None else state.balance * POINT_VALUE,
            "owed": state.owed,
            "tier": state.tier,
            "tier_points": state.tier_points,
            "redeemed": state.redeemed,
        }

    @router.get("/customers/{customer_id}/loyalty/ledger")
    async def get_loyalty_ledger(
        customer_id: UUID,
        after: Annotated[
            int | None, Query(ge=0, description="the `next` of the page before")
        ] = None,
        limit: Limit = 50,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 5.0,
    ) -> dict[str, Any]:
        await loyalty.wait_for(wait_for_event, wait_seconds)
        rows = await loyalty.ledger(customer_id, after, limit + 1)
        page, more = rows[:limit], len(rows) > limit
        return {"items": page, "next": page[-1]["version"] if more else None}

    @router.get("/loyalty/members")
    async def list_loyalty_members(
        tier: Tier | None = None,
        after: Annotated[
            str | None,
            Query(
                max_length=MAX_CURSOR,
                description="the `next` of the page before (a customer id; with `sort` or "
                "`order`: a cursor of that sort)",
            ),
        ] = None,
        limit: Limit = 50,
        sort: Annotated[str | None, MEMBERS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """Members by customer id; with `sort` (points: balance, tier, tier_points ...) and
        `order`, in that order, the `next` of each page a cursor of that sort."""
        if sort is not None or order is not None:
            found, cursor = await loyalty.members_sorted(tier, sort, order, after, limit)
            return {"items": found, "next": cursor}
        after_id = legacy_id(after)
        if after is not None and after_id is None:
            raise DomainError(
                "`after` is the `next` of the page before: a customer id", fields=("after",)
            )
        rows = await loyalty.members(tier, after_id, limit + 1)
        page, more = rows[:limit], len(rows) > limit
        return {"items": page, "next": page[-1]["customer_id"] if more else None}

    return router
