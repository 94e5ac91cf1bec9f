"""RFM segments over HTTP: recompute now (role crm); a customer's scores and segment, the
customers of a segment (keyset-paged), and how many customers each segment has."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import BaseModel

from jxc.crm.api.common import READERS, Limit
from jxc.crm.app.segments import Segments
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Command, CommandRouter


class Recomputed(BaseModel):
    computed_at: str
    customers: int
    changed: int


def segments_router(segments: Segments) -> CommandRouter:
    router = CommandRouter(tags=["segments"], readers=READERS)

    @router.command("/rfm/recompute", role=Role.CRM, response_model=Recomputed)
    async def recompute_rfm(cmd: Command) -> dict[str, Any]:
        computed = await segments.recompute(cmd.meta.occurred_at, cmd.meta)
        return {**computed.to_json(), "computed_at": computed.computed_at.isoformat()}

    @router.get("/customers/{customer_id}/segment")
    async def get_customer_segment(customer_id: UUID) -> dict[str, Any]:
        return await segments.of_customer(customer_id)

    @router.get("/segments")
    async def count_segments() -> dict[str, Any]:
        return {"segments": await segments.counts()}

    @router.get("/segments/{segment}/customers")
    async def list_segment_customers(
        segment: str,
        after: Annotated[UUID | None, Query(description="the `next` of the page before")] = None,
        limit: Limit = 50,
    ) -> dict[str, Any]:
        rows = await segments.in_segment(segment, after, limit + 1)
        page, more = rows[:limit], len(rows) > limit
        return {"items": page, "next": page[-1]["customer_id"] if more else None}

    return router
