"""Sales plans over HTTP: set (or revise) a target (role sales); targets with sales against
them, and sales summed by period, product, customer, warehouse, salesperson or category."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events import limits
from jxc.events.base import Money
from jxc.platform.auth.user import Role
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.platform.paging import MAX_CURSOR, SortOrder
from jxc.sales.adapters.sales_history import GROUPS, SalesFilter
from jxc.sales.adapters.sales_targets import TARGETS, TargetFilter
from jxc.sales.api.common import Code, Currency, Limit, Name, WaitFor, WaitSeconds, sorting
from jxc.sales.app.sales_plans import SalesPlans
from jxc.sales.domain.sales_plan import Dimension, SetSalesTarget, target_id_of

Period = Annotated[
    limits.Text, Field(min_length=4, max_length=7, description="2026, 2026-Q4 or 2026-11")
]
GroupBy = Literal["month", "week", "sku", "customer", "warehouse", "salesperson", "category"]
assert set(GroupBy.__args__) == set(GROUPS)  # type: ignore[attr-defined]


class SetTargetBody(Body):
    dimension: Dimension
    subject: Code = Field(description="the salesperson, team, category or warehouse")
    period: Period
    amount: Annotated[limits.Amount, Field(gt=0, description="net of discounts and tax")]
    currency: Currency
    quantity: limits.NonNegativeQuantity | None = None
    members: Annotated[list[Name], Field(max_length=200)] = Field(
        default_factory=list, description="a team's salespeople"
    )


def sales_plans_router(plans: SalesPlans) -> CommandRouter:
    router = CommandRouter(tags=["sales plans"])

    @router.command("/sales-targets", role=Role.SALES)
    async def set_sales_target(body: SetTargetBody, cmd: Command) -> dict[str, Any]:
        command = SetSalesTarget(
            target_id=target_id_of(body.dimension, body.subject, body.period),
            dimension=body.dimension,
            subject=body.subject,
            period=body.period,
            amount=Money(amount=body.amount, currency=body.currency),
            set_by=cmd.user.name,
            members=tuple(body.members),
            quantity=body.quantity,
        )
        return cmd.answer(await plans.set_target(command, cmd.meta, **cmd.idempotency))

    @router.get("/sales-targets")
    async def list_sales_targets(
        dimension: Annotated[Dimension | None, Query()] = None,
        subject: Annotated[Code | None, Query()] = None,
        period: Annotated[Period | None, Query()] = None,
        after: Annotated[
            limits.Text | None,
            Query(
                max_length=MAX_CURSOR,
                description="the `next` of the page before (with `sort`: the cursor it gave)",
            ),
        ] = None,
        limit: Limit = 50,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 5.0,
        sort: Annotated[str | None, TARGETS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """Targets by period, dimension and subject, with what was sold against them; with
        `sort` (and `order`) in the order asked, the `next` of each page then a cursor."""
        filters = TargetFilter(
            dimension=None if dimension is None else dimension.value,
            subject=subject,
            period=period,
        )
        if sorting(sort, order):
            found, cursor = await plans.sorted_targets(
                filters,
                sort,
                order,
                after,
                limit,
                wait_for=wait_for_event,
                wait_seconds=wait_seconds,
            )
            return {"items": found, "next": cursor}
        if after is not None and len(after) > 300:
            raise DomainError(
                "after is the `next` of the page before: period/dimension/subject",
                fields=("after",),
            )
        rows = await plans.targets(
            filters,
            _target_cursor(after),
            limit + 1,
            wait_for=wait_for_event,
            wait_seconds=wait_seconds,
        )
        page = rows[:limit]
        last = page[-1] if len(rows) > limit else None
        return {
            "items": page,
            "next": None
            if last is None
            else f"{last['period']}/{last['dimension']}/{last['subject']}",
        }

    @router.get("/sales-targets/{target_id}")
    async def get_sales_target(
        target_id: UUID,
        by: Annotated[GroupBy | None, Query(description="break what was sold down by this")] = None,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 5.0,
    ) -> dict[str, Any]:
        return await plans.target(
            target_id, by=by, wait_for=wait_for_event, wait_seconds=wait_seconds
        )

    @router.get("/sales-summary")
    async def sales_summary(
        by: Annotated[GroupBy, Query(description="what the sales are summed by")],
        currency: Annotated[Currency, Query(description="sales in this currency")],
        since: Annotated[date | None, Query(description="from this day on")] = None,
        until: Annotated[date | None, Query(description="up to this day, included")] = None,
        sku: Annotated[Code | None, Query()] = None,
        warehouse: Annotated[Code | None, Query()] = None,
        customer_id: Annotated[UUID | None, Query()] = None,
        salesperson: Annotated[Name | None, Query()] = None,
        category: Annotated[Code | None, Query()] = None,
        after: Annotated[
            limits.Text | None, Query(max_length=300, description="the `next` of the page before")
        ] = None,
        limit: Limit = 50,
        wait_for_event: WaitFor = None,
        wait_seconds: WaitSeconds = 5.0,
    ) -> dict[str, Any]:
        if since is not None and until is not None and since > until:
            raise DomainError(
                f"since ({since}) is after until ({until})", fields=("since", "until")
            )
        sales = SalesFilter(
            currency=currency,
            since=since,
            until=until,
            sku=sku,
            warehouse=warehouse,
            customer_id=customer_id,
            salespeople=None if salesperson is None else [salesperson],
            category=category,
        )
        rows = await plans.summary(
            by, sales, after, limit + 1, wait_for=wait_for_event, wait_seconds=wait_seconds
        )
        page = rows[:limit]
        return {
            "by": by,
            "currency": currency,
            "items": [
                {
                    "key": row["key"],
                    "amount": row["amount"],
                    "quantity": row["quantity"],
                    "orders": row["orders"],
                }
                for row in page
            ],
            "next": page[-1]["key"] if len(rows) > limit else None,
        }

    return router


def _target_cursor(after: str | None) -> tuple[str, str, str] | None:
    if after is None:
        return None
    parts = after.split("/")
    if len(parts) != 3:
        raise DomainError(
            "after is the `next` of the page before: period/dimension/subject", fields=("after",)
        )
    return parts[0], parts[1], parts[2]
