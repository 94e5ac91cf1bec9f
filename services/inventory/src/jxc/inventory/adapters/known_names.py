"""Whether the warehouses and SKUs a command typed by a person names are registered: a
warehouse in the warehouses table, a SKU in the item master. Stock alone does not make a name
known (a receipt takes goods in for a warehouse or SKU not yet registered, as they did arrive);
anything unregistered is a typo or a stranger, and the command says so instead of acting on it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Column, Text, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY

from jxc.inventory.tables import items, warehouses
from jxc.platform.decider import NotFound
from jxc.platform.statements import Statement
from jxc.platform.store import Conn


def _registered(name: Column[str]) -> Statement:
    return Statement(select(name).where(name == func.any(bindparam("names", type_=ARRAY(Text)))))


_KNOWN_WAREHOUSES = _registered(warehouses.c.code)
_KNOWN_SKUS = _registered(items.c.sku)


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
