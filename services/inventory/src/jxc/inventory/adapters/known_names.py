"""Whether the warehouses and SKUs a command typed by a person names are registered: a
warehouse in the warehouses table, a SKU in the item master. Stock alone does not make a name
known (a receipt takes goods in for a warehouse or SKU not yet registered, as they did arrive);
anything unregistered is a typo or a stranger, and the command says so instead of acting on it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Column, Text, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY

from jxc.inventory.tables import items, stock_positions, warehouses
from jxc.platform.decider import NotFound
from jxc.platform.statements import Statement
from jxc.platform.store import Conn


def _registered(name: Column[str]) -> Statement:
    return Statement(select(name).where(name == func.any(bindparam("names", type_=ARRAY(Text)))))


_KNOWN_WAREHOUSES = _registered(warehouses.c.code)
_KNOWN_SKUS = _registered(items.c.sku)
_ITEM_UNITS = Statement(
    select(items.c.sku, items.c.unit).where(
        items.c.sku == func.any(bindparam("names", type_=ARRAY(Text)))
    )
)
_p = stock_positions
_POSITION_UNITS = Statement(
    select(_p.c.sku, _p.c.warehouse, _p.c.unit).where(
        _p.c.sku == func.any(bindparam("skus", type_=ARRAY(Text))),
        _p.c.warehouse == func.any(bindparam("warehouses", type_=ARRAY(Text))),
    )
)


@dataclass(frozen=True, slots=True)
class StockName:
    """What inventory knows of a SKU x warehouse an order names: the unit its stock is kept in
    (None when no stock was ever recorded there), the item master's unit (None when the SKU is
    not registered) and whether the warehouse is registered."""

    position_unit: str | None
    item_unit: str | None
    warehouse_registered: bool


async def stock_names(
    conn: Conn, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], StockName]:
    if not keys:
        return {}
    skus = sorted({sku for sku, _ in keys})
    whs = sorted({wh for _, wh in keys})
    cur = await conn.execute(_ITEM_UNITS.sql, _ITEM_UNITS.args(names=skus))
    item_units = {sku: unit for sku, unit in await cur.fetchall()}
    cur = await conn.execute(_KNOWN_WAREHOUSES.sql, _KNOWN_WAREHOUSES.args(names=whs))
    registered = {code for (code,) in await cur.fetchall()}
    cur = await conn.execute(_POSITION_UNITS.sql, _POSITION_UNITS.args(skus=skus, warehouses=whs))
    position_units = {(sku, wh): unit for sku, wh, unit in await cur.fetchall()}
    return {
        key: StockName(position_units.get(key), item_units.get(key[0]), key[1] in registered)
        for key in keys
    }


async def check_known(
    conn: Conn,
    *,
    warehouses: Sequence[tuple[str, str]] = (),
    skus: Sequence[tuple[str, str]] = (),
) -> None:
    """Raise NotFound naming the first unknown one; each name comes with its field name."""
    if warehouses:
        names = sorted({name for name, _ in warehouses})
        cur = await conn.execute(_KNOWN_WAREHOUSES.sql, _KNOWN_WAREHOUSES.args(names=names))
        known = {code for (code,) in await cur.fetchall()}
        for name, field in warehouses:
            if name not in known:
                raise NotFound(
                    f"no warehouse {name} is registered (codes are case-sensitive); "
                    "register it under /warehouses first",
                    fields=(field,),
                )
    if skus:
        names = sorted({name for name, _ in skus})
        cur = await conn.execute(_KNOWN_SKUS.sql, _KNOWN_SKUS.args(names=names))
        known = {sku for (sku,) in await cur.fetchall()}
        for name, field in skus:
            if name not in known:
                raise NotFound(
                    f"no item {name} is registered; register it under /items first",
                    fields=(field,),
                )
