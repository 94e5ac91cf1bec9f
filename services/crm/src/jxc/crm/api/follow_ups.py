"""Follow-ups over HTTP (role crm): schedule a call or visit, move it, record its outcome,
cancel it; the follow-up, the list (by owner, customer, status, due by a date; keyset-paged)
and an owner's due and overdue ones."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.crm.adapters.follow_up_tables import FOLLOW_UPS, Filters
from jxc.crm.api.common import READERS, After, Limit
from jxc.crm.app.follow_ups import FollowUps
from jxc.crm.domain.follow_up import (
    CancelFollowUp,
    CompleteFollowUp,
    FollowUpCommand,
    RescheduleFollowUp,
    ScheduleFollowUp,
)
from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import SortOrder

Text = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_NAME)]
Reason = Annotated[limits.Text, Field(min_length=1, max_length=limits.MAX_REASON)]
Owner = Annotated[limits.Text | None, Query(max_length=limits.MAX_NAME)]


class ScheduleBody(Body):
    follow_up_id: UUID | None = None
    customer_id: UUID
    kind: Literal["call", "visit"]
    subject: Text
    owner: Text
    due_on: date


class RescheduleBody(Body):
    due_on: date
    reason: Reason
    owner: Text | None = None


class CompleteBody(Body):
    outcome: Reason
    completed_on: date | None = None  # today when not given


class CancelBody(Body):
    reason: Reason


def follow_ups_router(follow_ups: FollowUps) -> CommandRouter:
    router = CommandRouter(tags=["follow-ups"], readers=READERS)

    async def run(command: FollowUpCommand, name: str, cmd: CommandRequest) -> dict[str, Any]:
        return cmd.answer(await follow_ups.handle(command, cmd.meta, name, **cmd.idempotency))

    @router.command("/follow-ups", role=Role.CRM, status_code=201)
    async def schedule_follow_up(body: ScheduleBody, cmd: Command) -> dict[str, Any]:
        command = ScheduleFollowUp(
            body.follow_up_id or uuid7(),
            body.customer_id,
            body.kind,
            body.subject,
            body.owner,
            body.due_on,
            cmd.user.name,
        )
        return await run(command, "schedule-follow-up", cmd)

    @router.command("/follow-ups/{follow_up_id}/reschedule", role=Role.CRM)
    async def reschedule_follow_up(
        follow_up_id: UUID, body: RescheduleBody, cmd: Command
    ) -> dict[str, Any]:
        command = RescheduleFollowUp(follow_up_id, body.due_on, body.reason, body.owner)
        return await run(command, "reschedule-follow-up", cmd)

    @router.command("/follow-ups/{follow_up_id}/complete", role=Role.CRM)
    async def complete_follow_up(
        follow_up_id: UUID, body: CompleteBody, cmd: Command
    ) -> dict[str, Any]:
        done_on = body.completed_on or cmd.meta.occurred_at.date()
        command = CompleteFollowUp(follow_up_id, body.outcome, done_on, cmd.user.name)
        return await run(command, "complete-follow-up", cmd)

    @router.command("/follow-ups/{follow_up_id}/cancel", role=Role.CRM)
    async def cancel_follow_up(
        follow_up_id: UUID, body: CancelBody, cmd: Command
    ) -> dict[str, Any]:
        command = CancelFollowUp(follow_up_id, body.reason, cmd.user.name)
        return await run(command, "cancel-follow-up", cmd)

    @router.get("/follow-ups/{follow_up_id}")
    async def get_follow_up(follow_up_id: UUID) -> dict[str, Any]:
        state, version = await follow_ups.get(follow_up_id)
        return {
            "follow_up_id": follow_up_id,
            "version": version,
            "customer_id": state.customer_id,
            "kind": state.kind,
            "subject": state.subject,
            "owner": state.owner,
            "due_on": state.due_on,
            "status": state.status,
            "outcome": state.outcome,
            "completed_on": state.completed_on,
        }

    @router.get("/follow-ups")
    async def list_follow_ups(
        owner: Owner = None,
        customer_id: UUID | None = None,
        status: Annotated[
            Literal["open", "done", "cancelled"] | None, Query(description="open, done, cancelled")
        ] = None,
        due_by: Annotated[date | None, Query(description="due on or before this date")] = None,
        after: After = None,
        limit: Limit = 50,
        sort: Annotated[str | None, FOLLOW_UPS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """Follow-ups by due date; with `sort` (and `order`) in the order asked, the `next`
        of each page then a cursor of that sort to pass back as `after` with it."""
        filters = Filters(owner, customer_id, status, due_by)
        if sort is not None or order is not None:
            found, cursor = await follow_ups.sorted_page(filters, sort, order, after, limit)
            return {"items": found, "next": cursor}
        rows = await follow_ups.search(filters, _cursor(after), limit + 1)
        page, more = rows[:limit], len(rows) > limit
        last = page[-1] if more else None
        return {
            "items": page,
            "next": None if last is None else f"{last['due_on']}~{last['follow_up_id']}",
        }

    @router.get("/follow-ups/due/{owner}")
    async def get_due_follow_ups(
        owner: Annotated[str, Field(min_length=1, max_length=limits.MAX_NAME)],
        on: Annotated[
            date | None, Query(description="the day to look from; today if absent")
        ] = None,
        limit: Limit = 200,
    ) -> dict[str, Any]:
        """The owner's open follow-ups due by `on`: those due before it are overdue."""
        day = on or date.today()
        rows = await follow_ups.search(Filters(owner, None, "open", day), None, limit)
        return {
            "owner": owner,
            "on": day,
            "overdue": [r for r in rows if r["due_on"] < day],
            "due": [r for r in rows if r["due_on"] == day],
        }

    return router


def _cursor(after: str | None) -> tuple[date, UUID] | None:
    if after is None:
        return None
    day, _, key = after.partition("~")
    try:
        return date.fromisoformat(day), UUID(key)
    except ValueError:
        raise DomainError(
            f"{after!r} is not a cursor this list gave: pass its `next` as it is",
            fields=("after",),
        ) from None
