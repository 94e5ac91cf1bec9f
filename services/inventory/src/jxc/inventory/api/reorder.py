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
from uuid import UUID

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from jxc.events import limits
from jxc.inventory.app.reorder import ReorderRules
from jxc.inventory.domain.item import MAX_CODE, MAX_UNIT
from jxc.inventory.domain.reorder import Level
from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.http_commands import IdempotencyKey, idempotency, request_meta

Code = Annotated[limits.Text, Field(min_length=1, max_length=MAX_CODE)]
Qty = Annotated[limits.Quantity, Field(allow_inf_nan=False)]
AlertKind = Literal["below_min", "above_max"]


class SetRuleBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: Code
    warehouse: Code
    min_quantity: Qty = Field(description="available below this is low stock")
    max_quantity: Qty = Field(description="available above this is overstock")
    reorder_quantity: Qty | None = Field(None, description="how much to order when low")
    unit: Annotated[limits.Text, Field(min_length=1, max_length=MAX_UNIT)] | None = Field(
        None, description="the unit of the quantities: the stock's unit, which is the default"
    )


class Answer(BaseModel):
    id: str
    stream_id: str
    version: int
    event_ids: list[UUID]


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


def reorder_router(commands: CommandHandler) -> APIRouter:
    rules = ReorderRules(commands)
    router = APIRouter(tags=["reorder"])

    @router.post("/reorder-rules", response_model=Answer)
    async def set_rule(
        body: SetRuleBody, request: Request, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
        result = await rules.set_rule(
            sku=body.sku,
            warehouse=body.warehouse,
            min_quantity=body.min_quantity,
            max_quantity=body.max_quantity,
            reorder_quantity=body.reorder_quantity,
            unit=body.unit,
            meta=request_meta(),
            **await idempotency(request, idempotency_key),
        )
        return _answer(f"{body.sku.strip()}@{body.warehouse.strip()}", result)

    @router.post("/reorder-rules/{sku}/{warehouse}/remove", response_model=Answer)
    async def remove_rule(
        sku: str, warehouse: str, request: Request, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
        result = await rules.remove_rule(
            sku, warehouse, request_meta(), **await idempotency(request, idempotency_key)
        )
        return _answer(f"{sku}@{warehouse}", result)

    @router.get("/reorder-rules", response_model=list[RuleView])
    async def list_rules(
        warehouse: Annotated[limits.Text | None, Query(max_length=MAX_CODE)] = None,
        sku: Annotated[limits.Text | None, Query(max_length=MAX_CODE)] = None,
        limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
    ) -> list[dict[str, Any]]:
        return await rules.rules(warehouse=warehouse, sku=sku, limit=limit)

    @router.get("/reorder-rules/{sku}/{warehouse}", response_model=RuleView)
    async def get_rule(sku: str, warehouse: str) -> dict[str, Any]:
        return await rules.rule(sku, warehouse)

    @router.get("/alerts", response_model=list[AlertView])
    async def list_alerts(
        warehouse: Annotated[limits.Text | None, Query(max_length=MAX_CODE)] = None,
        kind: Annotated[
            AlertKind | None, Query(description="below_min or above_max; both when left out")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
    ) -> list[dict[str, Any]]:
        return await rules.alerts(
            warehouse=warehouse, kind=None if kind is None else Level(kind), limit=limit
        )

    return router


def _answer(id_: str, result: CommandResult) -> dict[str, Any]:
    return {"id": id_, **result.to_json()}
