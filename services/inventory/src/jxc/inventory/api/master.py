"""The item master over HTTP: items, warehouses and their locations.

Commands are POSTs named for the intent and answer with the id, the stream id, its new version
and the ids of the events recorded (none when an update changes nothing); `Idempotency-Key`
makes a retried command return the first answer. An update changes only the attributes the
body gives: `"category": null` clears the category, an absent `category` leaves it as it is.
Queries read the inline tables, which are written with the events and never lag them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import Query, Response
from pydantic import BaseModel, Field

from jxc.events import limits
from jxc.inventory.adapters.item_master import ITEMS, WAREHOUSES
from jxc.inventory.app.master import ItemMaster
from jxc.inventory.domain.item import (
    KEEP,
    MAX_BARCODE,
    MAX_CATEGORY,
    MAX_CODE,
    MAX_NAME,
    MAX_UNIT,
    RegisterItem,
    UpdateItem,
)
from jxc.inventory.domain.warehouse import AddLocation, RegisterWarehouse, UpdateWarehouse
from jxc.platform.auth.user import Role
from jxc.platform.commands import CommandHandler
from jxc.platform.decider import DomainError
from jxc.platform.http_commands import Answer, Body, Command, CommandRouter
from jxc.platform.paging import MAX_CURSOR, PAGED, After, SortOrder, paged

Code = Annotated[limits.Text, Field(min_length=1, max_length=MAX_CODE)]
Name = Annotated[limits.Text, Field(min_length=1, max_length=MAX_NAME)]
Unit = Annotated[
    limits.Text, Field(min_length=1, max_length=MAX_UNIT, description="e.g. pcs, kg, box")
]
Category = Annotated[limits.Text, Field(max_length=MAX_CATEGORY)]
Barcode = Annotated[limits.Text, Field(max_length=MAX_BARCODE, description="EAN / UPC or own code")]


class PartialBody(Body):
    def given(self, field: str) -> Any:
        """The field's value if the body gave it (null included), else KEEP."""
        return getattr(self, field) if field in self.model_fields_set else KEEP


class RegisterItemBody(Body):
    sku: Code
    name: Name
    unit: Unit
    category: Category | None = None
    barcode: Barcode | None = None
    lot_tracked: bool = False


class UpdateItemBody(PartialBody):
    """Only what is given changes. `unit` may be sent only as the item's unit (it never
    changes); SKU and unit are fixed at registration."""

    name: Name | None = None
    category: Category | None = None
    barcode: Barcode | None = None
    lot_tracked: bool | None = None
    unit: Unit | None = None


class RegisterWarehouseBody(Body):
    code: Code
    name: Name
    allow_negative_on_hand: bool = Field(
        default=False, description="may issues take on hand below zero here"
    )


class UpdateWarehouseBody(PartialBody):
    name: Name | None = None
    allow_negative_on_hand: bool | None = None


class AddLocationBody(Body):
    location: Code
    name: Name | None = None
    quarantine: bool = Field(default=False, description="goods here may not be issued or sold")


class LocationAnswer(Answer):
    location: str


class ItemView(BaseModel):
    sku: str
    name: str
    unit: str
    category: str | None
    barcode: str | None
    lot_tracked: bool
    version: int
    updated_at: datetime


class ItemPage(BaseModel):
    items: list[ItemView]
    next_after: str | None = Field(description="pass as `after` for the next page; null: last")


class WarehouseSummary(BaseModel):
    code: str
    name: str
    allow_negative_on_hand: bool
    version: int
    location_count: int


class LocationView(BaseModel):
    location: str
    name: str | None
    quarantine: bool


class WarehouseView(BaseModel):
    code: str
    name: str
    allow_negative_on_hand: bool
    version: int
    locations: list[LocationView]


def _not_null(body: PartialBody, *fields: str) -> None:
    for field in fields:
        if field in body.model_fields_set and getattr(body, field) is None:
            raise DomainError(
                f"{field} cannot be removed; give a value or leave it out", fields=(field,)
            )


def master_router(commands: CommandHandler) -> CommandRouter:
    master = ItemMaster(commands)
    router = CommandRouter()

    # --- items ----------------------------------------------------------------------------

    @router.command("/items", role=Role.WAREHOUSE, status_code=201, tags=["items"])
    async def register_item(body: RegisterItemBody, cmd: Command) -> dict[str, Any]:
        command = RegisterItem(
            sku=body.sku,
            name=body.name,
            unit=body.unit,
            category=body.category,
            barcode=body.barcode,
            lot_tracked=body.lot_tracked,
        )
        result = await master.register_item(command, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.command("/items/{sku}/update", role=Role.WAREHOUSE, tags=["items"])
    async def update_item(sku: str, body: UpdateItemBody, cmd: Command) -> dict[str, Any]:
        _not_null(body, "name", "lot_tracked", "unit")
        command = UpdateItem(
            sku=sku,
            name=body.given("name"),
            category=body.given("category"),
            barcode=body.given("barcode"),
            lot_tracked=body.given("lot_tracked"),
            unit=body.given("unit"),
        )
        result = await master.update_item(command, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.get("/items/{sku}", response_model=ItemView, tags=["items"])
    async def get_item(sku: str) -> dict[str, Any]:
        return await master.item(sku)

    @router.get("/items", response_model=ItemPage, tags=["items"])
    async def list_items(
        category: Annotated[limits.Text | None, Query(max_length=MAX_CATEGORY)] = None,
        q: Annotated[
            limits.Text | None, Query(max_length=MAX_NAME, description="start of the SKU or name")
        ] = None,
        barcode: Annotated[limits.Text | None, Query(max_length=MAX_BARCODE)] = None,
        sort: Annotated[str | None, ITEMS.sort_query()] = None,
        order: SortOrder = None,
        after: Annotated[
            limits.Text | None,
            Query(
                max_length=MAX_CURSOR,
                description="the `next_after` of the page before: a SKU by SKU, a cursor when "
                "`sort` or `order` is given",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> dict[str, Any]:
        """A page of items, by SKU unless sorted otherwise."""
        rows, next_after = await master.items(
            category=category,
            q=q,
            barcode=barcode,
            after=after,
            limit=limit,
            sort=sort,
            order=order,
        )
        return {"items": rows, "next_after": next_after}

    # --- warehouses -----------------------------------------------------------------------

    @router.command("/warehouses", role=Role.ADMIN, status_code=201, tags=["warehouses"])
    async def register_warehouse(body: RegisterWarehouseBody, cmd: Command) -> dict[str, Any]:
        command = RegisterWarehouse(
            code=body.code, name=body.name, allow_negative_on_hand=body.allow_negative_on_hand
        )
        result = await master.register_warehouse(command, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.command("/warehouses/{code}/update", role=Role.ADMIN, tags=["warehouses"])
    async def update_warehouse(
        code: str, body: UpdateWarehouseBody, cmd: Command
    ) -> dict[str, Any]:
        _not_null(body, "name", "allow_negative_on_hand")
        command = UpdateWarehouse(
            code=code,
            name=body.given("name"),
            allow_negative_on_hand=body.given("allow_negative_on_hand"),
        )
        result = await master.update_warehouse(command, cmd.meta, **cmd.idempotency)
        return cmd.answer(result)

    @router.command(
        "/warehouses/{code}/locations",
        role=Role.WAREHOUSE,
        warehouses="path",
        warehouse_param="code",
        status_code=201,
        response_model=LocationAnswer,
        tags=["warehouses"],
    )
    async def add_location(code: str, body: AddLocationBody, cmd: Command) -> dict[str, Any]:
        command = AddLocation(
            warehouse=code, location=body.location, name=body.name, quarantine=body.quarantine
        )
        result = await master.add_location(command, cmd.meta, **cmd.idempotency)
        return {**cmd.answer(result), "location": body.location.strip()}

    @router.get(
        "/warehouses",
        response_model=list[WarehouseSummary],
        responses=PAGED,
        tags=["warehouses"],
    )
    async def list_warehouses(
        response: Response,
        holding: Annotated[
            limits.Text | None,
            Query(max_length=limits.MAX_NAME, description="code or name holding this (any case)"),
        ] = None,
        sort: Annotated[str | None, WAREHOUSES.sort_query()] = None,
        order: SortOrder = None,
        after: After = None,
        limit: Annotated[int, Query(ge=1, le=10000)] = 10000,
    ) -> list[dict[str, Any]]:
        """Warehouses by code unless sorted otherwise (by name); the next page starts at the
        X-Next-Cursor header's `after` (all of them on one page without a `limit`)."""
        return paged(response, await master.warehouses_page(holding, limit, sort, order, after))

    @router.get("/warehouses/{code}", response_model=WarehouseView, tags=["warehouses"])
    async def get_warehouse(code: str) -> dict[str, Any]:
        return await master.warehouse(code)

    return router
