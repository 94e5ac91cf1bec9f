"""Whether the warehouses and SKUs a command names exist. A warehouse is known when it is
registered, or when stock is already recorded there (purchasing received goods into it before
it was registered); likewise a SKU: registered in the item master, or already held in stock.
Anything else is a typo or a stranger, and the command says so instead of opening a position."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.platform.decider import NotFound
from jxc.platform.store import Conn


async def check_known(
    conn: Conn,
    *,
    warehouses: Sequence[tuple[str, str]] = (),
    skus: Sequence[tuple[str, str]] = (),
) -> None:
    """Raise NotFound naming the first unknown one; each name comes with its field name."""
    if warehouses:
        cur = await conn.execute(
            "SELECT code FROM warehouses WHERE code = ANY(%(names)s) "
            "UNION SELECT DISTINCT warehouse FROM stock_positions "
            "WHERE warehouse = ANY(%(names)s)",
            {"names": sorted({name for name, _ in warehouses})},
        )
        known = {code for (code,) in await cur.fetchall()}
        for name, field in warehouses:
            if name not in known:
                raise NotFound(
                    f"no warehouse {name} is registered (codes are case-sensitive); "
                    "register it under /warehouses first",
                    fields=(field,),
                )
    if skus:
        cur = await conn.execute(
            "SELECT sku FROM items WHERE sku = ANY(%(names)s) "
            "UNION SELECT DISTINCT sku FROM stock_positions WHERE sku = ANY(%(names)s)",
            {"names": sorted({name for name, _ in skus})},
        )
        known = {sku for (sku,) in await cur.fetchall()}
        for name, field in skus:
            if name not in known:
                raise NotFound(
                    f"no item {name} is registered; register it under /items first",
                    fields=(field,),
                )
