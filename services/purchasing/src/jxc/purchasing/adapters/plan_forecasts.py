"""Sales' demand forecasts as the purchase plan keeps them: the latest per SKU x warehouse
(the purchase plan's projection writes them from sales.DemandForecasted)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Text, bindparam, delete, func, select, tuple_
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.purchasing.domain.purchase_plan import DemandForecast
from jxc.purchasing.tables import purchase_plan_forecasts as forecasts

_new = insert(forecasts).values({c.name: bindparam(c.name) for c in forecasts.c})
# A forecast replaces an older one only: a replayed older event leaves the newer in place.
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[forecasts.c.sku, forecasts.c.warehouse],
        set_={c.name: _new.excluded[c.name] for c in forecasts.c if not c.primary_key},
        where=forecasts.c.computed_at <= _new.excluded.computed_at,
    )
)
_keys = func.unnest(
    bindparam("skus", type_=ARRAY(Text)), bindparam("warehouses", type_=ARRAY(Text))
)
_OF = Statement(
    select(forecasts).where(
        tuple_(forecasts.c.sku, forecasts.c.warehouse).in_(
            select(_keys.table_valued("sku", "warehouse").render_derived())
        )
    )
)
_CLEAR = Statement(delete(forecasts))


async def save(
    conn: Conn,
    sku: str,
    warehouse: str,
    first_week: date,
    weeks: Sequence[Decimal],
    method: str,
    computed_at: datetime,
) -> None:
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            sku=sku,
            warehouse=warehouse,
            first_week=first_week,
            weeks=list(weeks),
            method=method,
            computed_at=computed_at,
        ),
    )


async def of(
    conn: Conn, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], tuple[DemandForecast, datetime]]:
    """The forecasts of the SKU x warehouse `keys` that have one, with when each was computed."""
    if not keys:
        return {}
    cur = await conn.execute(
        _OF.sql, _OF.args(skus=[k[0] for k in keys], warehouses=[k[1] for k in keys])
    )
    return {
        (sku, warehouse): (DemandForecast(first_week, tuple(weeks), method), computed_at)
        for sku, warehouse, first_week, weeks, method, computed_at in await cur.fetchall()
    }


async def clear(conn: Conn) -> None:
    await conn.execute(_CLEAR.sql)
