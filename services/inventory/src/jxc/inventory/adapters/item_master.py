"""The item master's inline tables `items`, `warehouses` and `warehouse_locations`: written in
the transaction of the command that recorded the events (so they never lag), and read by
queries and by the stock core. The unique index on `items.barcode` keeps a barcode on one item
only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from psycopg.rows import dict_row
from sqlalchemy import Integer, Text, bindparam, cast, func, insert, or_, select, update

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    ItemRegistered,
    ItemUpdated,
    LocationAdded,
    WarehouseRegistered,
    WarehouseUpdated,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters.inline_tables import update_one
from jxc.inventory.tables import items as _items
from jxc.inventory.tables import warehouse_locations as _locations
from jxc.inventory.tables import warehouses as _warehouses
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

#: The constraint that keeps barcodes unique (migration 0003).
BARCODE_KEY = "items_barcode_key"


def _unless_none(name: str, condition: Any) -> Any:
    """`condition`, or anything when the parameter `name` is NULL."""
    return or_(bindparam(name, type_=_items.c.sku.type).is_(None), condition)


def _values(table: Any, *names: str) -> dict[str, Any]:
    return {name: bindparam(name) for name in names or table.c.keys()}


_BARCODE_HOLDER = Statement(select(_items.c.sku).where(_items.c.barcode == bindparam("barcode")))
_ITEM = Statement(select(_items).where(_items.c.sku == bindparam("sku")))
_ITEM_FILTERS = (
    _unless_none("category", _items.c.category == bindparam("category")),
    _unless_none("barcode", _items.c.barcode == bindparam("barcode")),
    _unless_none(
        "prefix",
        or_(
            func.lower(_items.c.sku).like(bindparam("prefix")),
            func.lower(_items.c.name).like(bindparam("prefix")),
        ),
    ),
)
#: The items list sorted and keyset paged (`sort` given; by SKU alone the old `after=<SKU>`).
ITEMS = Paging(
    "items",
    select(_items).where(*_ITEM_FILTERS),
    {name: _items.c[name] for name in ("sku", "name", "category", "updated_at")},
    (_items.c.sku,),
    default="sku",
)
_ITEMS = Statement(
    select(_items)
    .where(*_ITEM_FILTERS, _unless_none("after", _items.c.sku > bindparam("after")))
    .order_by(_items.c.sku)
    .limit(bindparam("limit"))
)
_with_locations = (
    select(
        _warehouses.c.code,
        _warehouses.c.name,
        _warehouses.c.allow_negative_on_hand,
        _warehouses.c.version,
        cast(func.count(_locations.c.location), Integer).label("location_count"),
    )
    .join_from(_warehouses, _locations, isouter=True)
    .group_by(_warehouses.c.code)
)
_holding = cast(bindparam("holding"), Text)
#: The warehouses sorted by code or name and keyset paged (a few dozen rows: no index
#: beyond the key), those whose code or name holds `holding` (any case) when given.
WAREHOUSES = Paging(
    "warehouses",
    _with_locations.where(
        or_(
            _holding.is_(None),
            func.strpos(func.upper(_warehouses.c.code), func.upper(_holding)) > 0,
            func.strpos(func.upper(_warehouses.c.name), func.upper(_holding)) > 0,
        )
    ),
    {"code": _warehouses.c.code, "name": _warehouses.c.name},
    (_warehouses.c.code,),
    default="code",
)
_WAREHOUSES = Statement(
    select(
        _warehouses.c.code,
        _warehouses.c.name,
        _warehouses.c.allow_negative_on_hand,
        _warehouses.c.version,
        cast(func.count(_locations.c.location), Integer).label("location_count"),
    )
    .join_from(_warehouses, _locations, isouter=True)
    .group_by(_warehouses.c.code)
    .order_by(_warehouses.c.code)
    .limit(10000)
)
_WAREHOUSE = Statement(select(_warehouses).where(_warehouses.c.code == bindparam("code")))
_LOCATIONS = Statement(
    select(_locations.c.location, _locations.c.name, _locations.c.quarantine)
    .where(_locations.c.warehouse == bindparam("code"))
    .order_by(_locations.c.location)
)
_NEW_ITEM = Statement(insert(_items).values(_values(_items)))
_ITEM_UPDATED = Statement(
    update(_items)
    .where(_items.c.sku == bindparam("of_sku"))
    .values(_values(_items, "name", "category", "barcode", "lot_tracked", "version", "updated_at"))
)
_NEW_WAREHOUSE = Statement(insert(_warehouses).values(_values(_warehouses)))
_WAREHOUSE_UPDATED = Statement(
    update(_warehouses)
    .where(_warehouses.c.code == bindparam("of_code"))
    .values(_values(_warehouses, "name", "allow_negative_on_hand", "version"))
)
_NEW_LOCATION = Statement(insert(_locations).values(_values(_locations)))
_WAREHOUSE_VERSION = Statement(
    update(_warehouses)
    .where(_warehouses.c.code == bindparam("of_code"))
    .values(_values(_warehouses, "version"))
)


async def barcode_holder(conn: Conn, barcode: str) -> str | None:
    """The SKU of the item that holds `barcode`, if any."""
    cur = await conn.execute(_BARCODE_HOLDER.sql, _BARCODE_HOLDER.args(barcode=barcode))
    row = await cur.fetchone()
    return None if row is None else str(row[0])


async def item(conn: Conn, sku: str) -> dict[str, Any] | None:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_ITEM.sql, _ITEM.args(sku=sku))
    row: dict[str, Any] | None = await cur.fetchone()
    return row


async def items(
    conn: Conn,
    *,
    category: str | None,
    prefix: str | None,
    barcode: str | None,
    after: str | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Up to `limit` items ordered by SKU, after the SKU `after`; `prefix` (a LIKE pattern,
    lower case) matches the start of the SKU or of the name."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        _ITEMS.sql,
        _ITEMS.args(category=category, barcode=barcode, prefix=prefix, after=after, limit=limit),
    )
    rows: list[dict[str, Any]] = await cur.fetchall()
    return rows


async def items_page(
    conn: Conn,
    *,
    category: str | None,
    prefix: str | None,
    barcode: str | None,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of items in the order asked (`prefix` as `items` takes it)."""
    return await ITEMS.fetch(
        conn, sort, order, after, limit, category=category, barcode=barcode, prefix=prefix
    )


async def warehouses_page(
    conn: Conn,
    holding: str | None,
    limit: int,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of warehouses with their number of locations, by code unless sorted otherwise."""
    return await WAREHOUSES.fetch(conn, sort, order, after, limit, holding=holding)


async def warehouses(conn: Conn) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_WAREHOUSES.sql, _WAREHOUSES.args())
    rows: list[dict[str, Any]] = await cur.fetchall()
    return rows


async def warehouse(conn: Conn, code: str) -> dict[str, Any] | None:
    """A warehouse with its locations, or None."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_WAREHOUSE.sql, _WAREHOUSE.args(code=code))
    row: dict[str, Any] | None = await cur.fetchone()
    if row is None:
        return None
    await cur.execute(_LOCATIONS.sql, _LOCATIONS.args(code=code))
    row["locations"] = await cur.fetchall()
    return row


# --- inline tables ------------------------------------------------------------------


async def record_master(conn: Conn, recorded: Sequence[tuple[Envelope, DomainEvent]]) -> None:
    """Show what a command recorded in the inline tables, in the command's transaction."""
    for envelope, event in recorded:
        version = envelope.stream_version
        match event:
            case ItemRegistered():
                await conn.execute(
                    _NEW_ITEM.sql,
                    _NEW_ITEM.args(
                        sku=event.sku,
                        name=event.name,
                        unit=event.unit,
                        category=event.category,
                        barcode=event.barcode,
                        lot_tracked=event.lot_tracked,
                        version=version,
                        updated_at=envelope.recorded_at,
                    ),
                )
            case ItemUpdated():
                await update_one(
                    conn,
                    "item master",
                    _ITEM_UPDATED.sql,
                    _ITEM_UPDATED.args(
                        name=event.name,
                        category=event.category,
                        barcode=event.barcode,
                        lot_tracked=event.lot_tracked,
                        version=version,
                        updated_at=envelope.recorded_at,
                        of_sku=event.sku,
                    ),
                )
            case WarehouseRegistered():
                await conn.execute(
                    _NEW_WAREHOUSE.sql,
                    _NEW_WAREHOUSE.args(
                        code=event.warehouse,
                        name=event.name,
                        allow_negative_on_hand=event.allow_negative_on_hand,
                        version=version,
                    ),
                )
            case WarehouseUpdated():
                await update_one(
                    conn,
                    "item master",
                    _WAREHOUSE_UPDATED.sql,
                    _WAREHOUSE_UPDATED.args(
                        name=event.name,
                        allow_negative_on_hand=event.allow_negative_on_hand,
                        version=version,
                        of_code=event.warehouse,
                    ),
                )
            case LocationAdded():
                await conn.execute(
                    _NEW_LOCATION.sql,
                    _NEW_LOCATION.args(
                        warehouse=event.warehouse,
                        location=event.location,
                        name=event.name,
                        quarantine=event.quarantine,
                    ),
                )
                await update_one(
                    conn,
                    "item master",
                    _WAREHOUSE_VERSION.sql,
                    _WAREHOUSE_VERSION.args(version=version, of_code=event.warehouse),
                )
            case _:
                raise TypeError(f"the item master does not record {event.event_type}")
