"""Sales' copies of crm's customers and inventory's items and warehouses: written by the
reference projections, read by the commands that name them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from sqlalchemy import Text, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.tables import catalog_items, catalog_warehouses, customers


def _texts(name: str) -> Any:
    return bindparam(name, type_=ARRAY(Text))


_new_customer = insert(customers).values({c.name: bindparam(c.name) for c in customers.c})
_CUSTOMER = Statement(
    _new_customer.on_conflict_do_update(
        index_elements=[customers.c.customer_id],
        set_={
            n: _new_customer.excluded[n]
            for n in ("code", "name", "customer_group", "currency", "addresses", "updated_at")
        },
    )
)
_PROFILE = Statement(
    update(customers)
    .where(customers.c.customer_id == bindparam("id"))
    .values(
        name=bindparam("name"),
        customer_group=bindparam("customer_group"),
        addresses=bindparam("addresses"),
        updated_at=bindparam("at"),
    )
)
_LIMIT = Statement(
    update(customers)
    .where(customers.c.customer_id == bindparam("id"))
    .values(credit_limit=bindparam("credit_limit"), updated_at=bindparam("at"))
)
_GET_CUSTOMER = Statement(select(customers).where(customers.c.customer_id == bindparam("id")))

_new_item = insert(catalog_items).values({c.name: bindparam(c.name) for c in catalog_items.c})
_ITEM = Statement(
    _new_item.on_conflict_do_update(
        index_elements=[catalog_items.c.sku],
        set_={n: _new_item.excluded[n] for n in ("name", "unit", "category", "updated_at")},
    )
)
_ITEM_UPDATED = Statement(
    update(catalog_items)
    .where(catalog_items.c.sku == bindparam("sku"))
    .values(name=bindparam("name"), category=bindparam("category"), updated_at=bindparam("at"))
)
_new_wh = insert(catalog_warehouses).values(
    {c.name: bindparam(c.name) for c in catalog_warehouses.c}
)
_WAREHOUSE = Statement(
    _new_wh.on_conflict_do_update(
        index_elements=[catalog_warehouses.c.code],
        set_={n: _new_wh.excluded[n] for n in ("name", "updated_at")},
    )
)
_UNITS = Statement(
    select(catalog_items.c.sku, catalog_items.c.unit).where(
        catalog_items.c.sku == func.any(_texts("skus"))
    )
)
_WAREHOUSES = Statement(
    select(catalog_warehouses.c.code).where(catalog_warehouses.c.code == func.any(_texts("codes")))
)
_GET_ITEM = Statement(select(catalog_items).where(catalog_items.c.sku == bindparam("sku")))


async def save_customer(
    conn: Conn,
    customer_id: UUID,
    *,
    code: str,
    name: str,
    group: str,
    currency: str,
    addresses: list[dict[str, Any]],
    at: datetime,
) -> None:
    await conn.execute(
        _CUSTOMER.sql,
        _CUSTOMER.args(
            customer_id=customer_id,
            code=code,
            name=name,
            customer_group=group,
            currency=currency,
            credit_limit=Decimal(0),
            addresses=Jsonb(addresses),
            updated_at=at,
        ),
    )


async def update_profile(
    conn: Conn,
    customer_id: UUID,
    *,
    name: str,
    group: str,
    addresses: list[dict[str, Any]],
    at: datetime,
) -> None:
    await conn.execute(
        _PROFILE.sql,
        _PROFILE.args(
            id=customer_id, name=name, customer_group=group, addresses=Jsonb(addresses), at=at
        ),
    )


async def change_credit_limit(conn: Conn, customer_id: UUID, limit: Decimal, at: datetime) -> None:
    await conn.execute(_LIMIT.sql, _LIMIT.args(id=customer_id, credit_limit=limit, at=at))


async def customer(conn: Conn, customer_id: UUID) -> dict[str, Any] | None:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_GET_CUSTOMER.sql, _GET_CUSTOMER.args(id=customer_id))
        return await cur.fetchone()


async def save_item(
    conn: Conn, sku: str, name: str, unit: str, category: str | None, at: datetime
) -> None:
    await conn.execute(
        _ITEM.sql, _ITEM.args(sku=sku, name=name, unit=unit, category=category, updated_at=at)
    )


async def update_item(conn: Conn, sku: str, name: str, category: str | None, at: datetime) -> None:
    await conn.execute(
        _ITEM_UPDATED.sql, _ITEM_UPDATED.args(sku=sku, name=name, category=category, at=at)
    )


async def save_warehouse(conn: Conn, code: str, name: str, at: datetime) -> None:
    await conn.execute(_WAREHOUSE.sql, _WAREHOUSE.args(code=code, name=name, updated_at=at))


async def units(conn: Conn, skus: Sequence[str]) -> dict[str, str]:
    """The unit of each of `skus` inventory registered (unknown ones are missing)."""
    cur = await conn.execute(_UNITS.sql, _UNITS.args(skus=sorted(set(skus))))
    return {sku: unit for sku, unit in await cur.fetchall()}


async def known_warehouses(conn: Conn, codes: Sequence[str]) -> set[str]:
    cur = await conn.execute(_WAREHOUSES.sql, _WAREHOUSES.args(codes=sorted(set(codes))))
    return {row[0] for row in await cur.fetchall()}


async def item(conn: Conn, sku: str) -> dict[str, Any] | None:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_GET_ITEM.sql, _GET_ITEM.args(sku=sku))
        return await cur.fetchone()


async def clear(conn: Conn, which: str) -> None:
    """Empty one copy for a rebuild: "customers" or "catalog"."""
    tables = [customers] if which == "customers" else [catalog_items, catalog_warehouses]
    for table in tables:
        await conn.execute(Statement(table.delete()).sql)
