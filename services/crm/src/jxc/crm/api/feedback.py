"""Feedback over HTTP (role crm): open a complaint or suggestion (about an order or shipment
where there is one), start work on it, resolve it; the feedback, the list (by customer, kind,
status; keyset-paged, with the time each took to resolve) and a customer's summary (open
complaints, times to resolve)."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.crm.adapters.feedback_tables import FEEDBACK, Filters
from jxc.crm.api.common import READERS, After, Limit, parse_time_cursor, time_cursor
from jxc.crm.app.feedback import Feedback
from jxc.crm.domain.feedback import (
    FeedbackCommand,
    FeedbackState,
    OpenFeedback,
    ResolveFeedback,
    StartWork,
)
from jxc.crm.domain.feedback.handling import MAX_DESCRIPTION
from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import SortOrder

Text = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
Reason = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_REASON)]


class OpenFeedbackBody(Body):
    feedback_id: UUID | None = None
    customer_id: UUID
    kind: Literal["complaint", "suggestion"]
    subject: Text
    description: Annotated[limits.Text, Field(max_length=MAX_DESCRIPTION)] | None = None
    order_id: UUID | None = None
    shipment_id: UUID | None = None


class StartWorkBody(Body):
    assignee: Text | None = Field(default=None, description="who works on it; you if absent")


class ResolveBody(Body):
    resolution: Reason


def feedback_router(feedback: Feedback) -> CommandRouter:
    router = CommandRouter(tags=["feedback"], readers=READERS)

    async def run(command: FeedbackCommand, name: str, cmd: CommandRequest) -> dict[str, Any]:
        return cmd.answer(await feedback.handle(command, cmd.meta, name, **cmd.idempotency))

    @router.command("/feedback", role=Role.CRM, status_code=201)
    async def open_feedback(body: OpenFeedbackBody, cmd: Command) -> dict[str, Any]:
        command = OpenFeedback(
            feedback_id=body.feedback_id or uuid7(),
            customer_id=body.customer_id,
            kind=body.kind,
            subject=body.subject,
            opened_at=cmd.meta.occurred_at,
            opened_by=cmd.user.name,
            description=body.description,
            order_id=body.order_id,
            shipment_id=body.shipment_id,
        )
        return await run(command, "open-feedback", cmd)

    @router.command("/feedback/{feedback_id}/start", role=Role.CRM)
    async def start_feedback_work(
        feedback_id: UUID, body: StartWorkBody, cmd: Command
    ) -> dict[str, Any]:
        command = StartWork(feedback_id, body.assignee or cmd.user.name, cmd.meta.occurred_at)
        return await run(command, "start-feedback-work", cmd)

    @router.command("/feedback/{feedback_id}/resolve", role=Role.CRM)
    async def resolve_feedback(
        feedback_id: UUID, body: ResolveBody, cmd: Command
    ) -> dict[str, Any]:
        command = ResolveFeedback(feedback_id, body.resolution, cmd.meta.occurred_at, cmd.user.name)
        return await run(command, "resolve-feedback", cmd)

    @router.get("/feedback/{feedback_id}")
    async def get_feedback(feedback_id: UUID) -> dict[str, Any]:
        state, version = await feedback.get(feedback_id)
        return {"feedback_id": feedback_id, "version": version, **_shown(state)}

    @router.get("/feedback")
    async def list_feedback(
        customer_id: UUID | None = None,
        kind: Literal["complaint", "suggestion"] | None = None,
        status: Annotated[Literal["opened", "in_progress", "resolved"] | None, Query()] = None,
        after: After = None,
        limit: Limit = 50,
        sort: Annotated[str | None, FEEDBACK.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """Feedback by when it was opened; with `sort` (and `order`) in the order asked, the
        `next` of each page then a cursor of that sort to pass back as `after` with it."""
        if sort is not None or order is not None:
            found, cursor = await feedback.sorted_page(
                Filters(customer_id, kind, status), sort, order, after, limit
            )
            return {"items": found, "next": cursor}
        rows = await feedback.search(
            Filters(customer_id, kind, status), parse_time_cursor(after), limit + 1
        )
        page, more = rows[:limit], len(rows) > limit
        return {
            "items": page,
            "next": time_cursor(page[-1]["opened_at"], page[-1]["feedback_id"]) if more else None,
        }

    @router.get("/customers/{customer_id}/feedback-summary")
    async def get_feedback_summary(customer_id: UUID) -> dict[str, Any]:
        return await feedback.summary(customer_id)

    return router


def _shown(state: FeedbackState) -> dict[str, Any]:
    return {
        "customer_id": state.customer_id,
        "kind": state.kind,
        "subject": state.subject,
        "description": state.description,
        "status": state.status,
        "order_id": state.order_id,
        "shipment_id": state.shipment_id,
        "assignee": state.assignee,
        "resolution": state.resolution,
        "opened_at": state.opened_at,
        "started_at": state.started_at,
        "resolved_at": state.resolved_at,
    }
