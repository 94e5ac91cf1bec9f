"""Feedback commands, the feedback lists, and a customer's open complaints and times to
resolve."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from jxc.crm.adapters import feedback_tables
from jxc.crm.adapters.feedback_tables import Filters
from jxc.crm.app.customers import registered_first
from jxc.crm.domain.feedback import (
    FeedbackCommand,
    FeedbackState,
    OpenFeedback,
    feedback_decider,
)
from jxc.crm.domain.feedback.handling import KINDS
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata

HOUR = Decimal(3600)


class Feedback:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def handle(
        self, command: FeedbackCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        built: Any = command
        if isinstance(command, OpenFeedback):
            built = registered_first(command.customer_id, command)
        return await self.commands.handle(
            feedback_decider,
            feedback_decider.stream_id(command.feedback_id),
            built,
            meta,
            name=name,
            after_append=self._save,
            **idempotency,
        )

    @staticmethod
    async def _save(conn: Conn, appended: Appended[FeedbackState]) -> None:
        feedback = UUID(appended.stream_id.removeprefix(f"{feedback_decider.stream_prefix}-"))
        await feedback_tables.save(conn, feedback, appended.state, appended.version)

    async def get(self, feedback_id: UUID) -> tuple[FeedbackState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, feedback_decider, feedback_decider.stream_id(feedback_id)
            )
        if fold.state.status == "none":
            raise NotFound(f"there is no feedback {feedback_id}", fields=("feedback_id",))
        return fold.state, fold.version

    async def search(
        self, filters: Filters, after: tuple[datetime, UUID] | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await feedback_tables.search(conn, filters, after, limit)

    async def sorted_page(
        self,
        filters: Filters,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await feedback_tables.sorted_page(conn, filters, sort, order, after, limit)

    async def summary(self, customer_id: UUID) -> dict[str, Any]:
        async with reading(self.commands.pool) as conn:
            found = await feedback_tables.summary(conn, customer_id)
        kinds = {}
        for kind in KINDS:
            row = found.get(kind, {})
            average = row.get("average_seconds_to_resolve")
            longest = row.get("longest_seconds_to_resolve")
            kinds[kind] = {
                "open": row.get("open", 0),
                "in_progress": row.get("in_progress", 0),
                "resolved": row.get("resolved", 0),
                "average_hours_to_resolve": _hours(average),
                "longest_hours_to_resolve": _hours(longest),
            }
        return {
            "customer_id": customer_id,
            "open_complaints": kinds["complaint"]["open"],
            "complaints": kinds["complaint"],
            "suggestions": kinds["suggestion"],
        }


def _hours(seconds: Decimal | None) -> Decimal | None:
    return None if seconds is None else (Decimal(seconds) / HOUR).quantize(Decimal("0.01"))
