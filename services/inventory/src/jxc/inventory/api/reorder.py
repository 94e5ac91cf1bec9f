"""Reorder rules and stock alerts over HTTP.

`POST /reorder-rules` sets (or changes) the min / max of a SKU in a warehouse and evaluates the
stock at once: a rule set while available is already below min answers with the
LowStockDetected it recorded among its event ids. `POST /reorder-rules/{sku}/{warehouse}/remove`
removes it. `GET /alerts` lists what is below min or above max now. Quantities are in the
unit the stock is kept in (the item's); `Idempotency-Key` makes a retried command return the
first answer.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import Query, Response
from pydantic import BaseModel, Field

from jxc.events import limits
from jxc.inventory.adapters.reorder_rules import ALERTS, RULES
from jxc.inventory.app.reorder import ReorderRules
from jxc.inventory.domain.item import MAX_CODE, MAX_UNIT
from jxc.inventory.domain.reorder import Level
from jxc.platform.auth.user import Role
from jxc.platform.commands import CommandHandler
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.platform.paging import PAGED, After, SortOrder, paged

Code = Annotated[limits.Text, Field(min_length=1, max_length=MAX_CODE)]
Qty = Annotated[limits.Quantity, Field(allow_inf_nan=False)]
AlertKind = Literal["below_min", "above_max"]


class SetRuleBody(Body):
    sku: Code
    warehouse: Code
    min_quantity: Qty = Field(description="available below this is low stock")
    max_quantity: Qty = Field(description="available above this is overstock")
    reorder_quantity: Qty | None = Field(None, description="how much to order when low")
    unit: Annotated[limits.Text, Field(min_length=1, max_length=MAX_UNIT)] | None = Field(
        None, description="the unit of the quantities: the stock's unit, which is the default"
    )


class RuleView(BaseModel):
    sku: str
    warehouse: str
    unit: str
    min_quantity: Decimal
    max_quantity: Decimal
    reorder_quantity: Decimal | None
    alert: AlertKind | None = Field(description="below_min / above_max while alerting")
    alert_available: Decimal | None = Field(description="available when the alert was raised")
    alert_since: datetime | None
    version: int
    updated_at: datetime


class AlertView(RuleView):
    available: Decimal = Field(description="available now")


def reorder_router(commands: CommandHandler) -> CommandRouter:
    rules = ReorderRules(commands)
    router = CommandRouter(tags=["reorder"])

    @router.command("/reorder-rules", role=Role.PURCHASER)
    async def set_rule(body: SetRuleBody, cmd: Command) -> dict[str, Any]:
        result = await rules.set_rule(
            sku=body.sku,
            warehouse=body.warehouse,
            min_quantity=body.min_quantity,
            max_quantity=body.max_quantity,
            reorder_quantity=body.reorder_quantity,
            unit=body.unit,
            meta=cmd.meta,
            **cmd.idempotency,
        )
        return cmd.answer(result)

    @router.command("/reorder-rules/{sku}/{warehouse}/remove", role=Role.PURCHASER)
    async def remove_rule(sku: str, warehouse: str, cmd: Command) -> dict[str, Any]:
        return cmd.answer(await rules.remove_rule(sku, warehouse, cmd.meta, **cmd.idempotency))

    @router.get("/reorder-rules", response_model=list[RuleView], responses=PAGED)
    async def list_rules(
        response: Response,
        warehouse: Annotated[limits.Text | None, Query(max_length=MAX_CODE)] = None,
        sku: Annotated[limits.Text | None, Query(max_length=MAX_CODE)] = None,
        sort: Annotated[str | None, RULES.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
    ) -> list[dict[str, Any]]:
        """A page of rules, by warehouse and SKU unless sorted otherwise."""
        page = await rules.rules(
            warehouse=warehouse, sku=sku, limit=limit, sort=sort, order=order, after=after
        )
        return paged(response, page)

    @router.get("/reorder-rules/{sku}/{warehouse}", response_model=RuleView)
    async def get_rule(sku: str, warehouse: str) -> dict[str, Any]:
        return await rules.rule(sku, warehouse)

    @router.get("/alerts", response_model=list[AlertView], responses=PAGED)
    async def list_alerts(
        response: Response,
        warehouse: Annotated[limits.Text | None, Query(max_length=MAX_CODE)] = None,
        kind: Annotated[
            AlertKind | None, Query(description="below_min or above_max; both when left out")
        ] = None,
        sort: Annotated[str | None, ALERTS.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
    ) -> list[dict[str, Any]]:
        """A page of the positions below min or above max now, by warehouse and SKU unless
        sorted otherwise."""
        page = await rules.alerts(
            warehouse=warehouse,
            kind=None if kind is None else Level(kind),
            limit=limit,
            sort=sort,
            order=order,
            after=after,
        )
        return paged(response, page)

    return router
