"""Whether the warehouses and SKUs a command names exist. A warehouse is known when it is
registered, or when stock is already recorded there (purchasing received goods into it before
it was registered); likewise a SKU: registered in the item master, or already held in stock.
Anything else is a typo or a stranger, and the command says so instead of opening a position."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Column, Text, bindparam, func, select, union
from sqlalchemy.dialects.postgresql import ARRAY

from jxc.inventory.tables import items, stock_positions, warehouses
from jxc.platform.decider import NotFound
from jxc.platform.statements import Statement
from jxc.platform.store import Conn


def _known(registered: Column[str], held: Column[str]) -> Statement:
    names = func.any(bindparam("names", type_=ARRAY(Text)))
    return Statement(
        union(select(registered).where(registered == names), select(held).where(held == names))
    )


_KNOWN_WAREHOUSES = _known(warehouses.c.code, stock_positions.c.warehouse)
_KNOWN_SKUS = _known(items.c.sku, stock_positions.c.sku)


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
