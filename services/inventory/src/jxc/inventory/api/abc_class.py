"""ABC classes over HTTP.

`POST /abc/classify` classes every SKU per warehouse and over all warehouses by the value its
shipments consumed in the period (dates inclusive), with configurable shares (fractions:
`a_share` 0.8 is 80 %), stores the classes and publishes AbcClassChanged for the SKUs whose
class changed. `GET /abc` reads them: one warehouse's, or all warehouses' together when no
warehouse is given.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query, Response
from psycopg_pool import AsyncConnectionPool
from pydantic import BaseModel, ConfigDict, Field

from jxc.events import limits
from jxc.inventory.adapters.abc_tables import CLASSES
from jxc.inventory.app.abc_class import AbcClassifier
from jxc.inventory.domain.abc_class import (
    DEFAULT_A_SHARE,
    DEFAULT_B_SHARE,
    AbcClass,
    Thresholds,
)
from jxc.inventory.domain.item import MAX_CODE
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Command, CommandRouter
from jxc.platform.paging import After, SortOrder, paged
from jxc.platform.store import EventStore

Share = Annotated[limits.Quantity, Field(ge=0, le=1, allow_inf_nan=False)]
ClassName = Literal["A", "B", "C"]


class ClassifyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    period_from: date
    period_to: date
    a_share: Share = Field(DEFAULT_A_SHARE, description="share of the value in A (0.8 = 80 %)")
    b_share: Share = Field(DEFAULT_B_SHARE, description="share of the value in B (0.15 = 15 %)")


class ChangeView(BaseModel):
    sku: str
    warehouse: str | None = Field(description="null: over all warehouses")
    previous_class: ClassName | None
    new_class: ClassName
    consumption_value: Decimal
    event_id: UUID


class RunView(BaseModel):
    period_from: date
    period_to: date
    a_share: Decimal
    b_share: Decimal
    currency: str
    classified: int = Field(description="rows classed, per warehouse and overall")
    counts: dict[str, dict[str, int]] = Field(description='per warehouse ("*": overall)')
    changes: list[ChangeView]


class ClassView(BaseModel):
    sku: str
    warehouse: str | None = Field(description="null: over all warehouses")
    abc_class: ClassName
    consumption_value: Decimal
    currency: str
    cumulative_share: Decimal
    period_from: date
    period_to: date
    a_share: Decimal
    b_share: Decimal
    classified_at: datetime
    version: int


def abc_router(pool: AsyncConnectionPool[Any], store: EventStore, currency: str) -> CommandRouter:
    classifier = AbcClassifier(pool, store, currency)
    router = CommandRouter(tags=["abc"])

    @router.command("/abc/classify", role=Role.WAREHOUSE, response_model=RunView)
    async def classify(body: ClassifyBody, cmd: Command) -> dict[str, Any]:
        thresholds = Thresholds(body.a_share, body.b_share)
        run = await classifier.classify(body.period_from, body.period_to, thresholds, cmd.meta)
        return {
            "period_from": run.period_from,
            "period_to": run.period_to,
            "a_share": run.thresholds.a_share,
            "b_share": run.thresholds.b_share,
            "currency": run.currency,
            "classified": run.classified,
            "counts": run.counts,
            "changes": [
                {
                    "sku": c.sku,
                    "warehouse": c.warehouse,
                    "previous_class": c.previous_class,
                    "new_class": c.new_class,
                    "consumption_value": c.consumption_value,
                    "event_id": c.event_id,
                }
                for c in run.changes
            ],
        }

    @router.get("/abc", response_model=list[ClassView])
    async def classes(
        response: Response,
        warehouse: Annotated[
            limits.Text | None, Query(max_length=MAX_CODE, description="left out: all warehouses")
        ] = None,
        abc_class: Annotated[ClassName | None, Query(alias="class")] = None,
        sku: Annotated[limits.Text | None, Query(max_length=MAX_CODE)] = None,
        sort: Annotated[str | None, CLASSES.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
    ) -> list[dict[str, Any]]:
        """A page of the classes, highest consumption value first unless sorted otherwise."""
        page = await classifier.classes(
            warehouse=warehouse,
            abc_class=None if abc_class is None else AbcClass(abc_class),
            sku=sku,
            limit=limit,
            sort=sort,
            order=order,
            after=after,
        )
        return paged(response, page)

    return router
