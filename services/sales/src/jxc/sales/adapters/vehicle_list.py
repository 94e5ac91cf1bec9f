"""The vehicles of our own fleet, one row per vehicle, written in the transaction that
registered it: where a delivery-run plan finds a warehouse's vehicles."""

from __future__ import annotations

from typing import Any

from psycopg.rows import dict_row
from sqlalchemy import bindparam, select
from sqlalchemy.dialects.postgresql import insert

from jxc.events.contracts.logistics import VehicleRegistered
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.tables import vehicles

_SAVE = Statement(
    insert(vehicles)
    .values({c.name: bindparam(c.name) for c in vehicles.c})
    .on_conflict_do_nothing()
)
_OF_WAREHOUSE = Statement(
    select(vehicles)
    .where(vehicles.c.warehouse == bindparam("warehouse"))
    .order_by(vehicles.c.vehicle)
)


async def save(conn: Conn, vehicle: VehicleRegistered) -> None:
    await conn.execute(_SAVE.sql, _SAVE.args(**vehicle.model_dump()))


async def of_warehouse(conn: Conn, warehouse: str) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_OF_WAREHOUSE.sql, _OF_WAREHOUSE.args(warehouse=warehouse))
        return list(await cur.fetchall())
