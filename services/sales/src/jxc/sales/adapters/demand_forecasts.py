"""The last forecast of each SKU x warehouse (written in the transaction that recorded it) and
the forecast runs (when the forecasts were last recomputed, for the schedule)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from sqlalchemy import Text, bindparam, func, insert, or_, select, tuple_
from sqlalchemy.dialects.postgresql import insert as upsert

from jxc.events.contracts.sales import DemandForecasted
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.sales.tables import demand_forecast_runs as runs
from jxc.sales.tables import demand_forecasts as forecasts

_new = upsert(forecasts).values({c.name: bindparam(c.name) for c in forecasts.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[forecasts.c.sku, forecasts.c.warehouse],
        set_={c.name: _new.excluded[c.name] for c in forecasts.c if not c.primary_key},
    )
)


def _optional(name: str) -> Any:
    return bindparam(name, type_=Text)


_PAGE = Statement(
    select(forecasts)
    .where(
        or_(_optional("sku").is_(None), forecasts.c.sku == _optional("sku")),
        or_(_optional("warehouse").is_(None), forecasts.c.warehouse == _optional("warehouse")),
        or_(_optional("method").is_(None), forecasts.c.method == _optional("method")),
        or_(
            _optional("after_sku").is_(None),
            tuple_(forecasts.c.sku, forecasts.c.warehouse)
            > tuple_(_optional("after_sku"), _optional("after_warehouse")),
        ),
    )
    .order_by(forecasts.c.sku, forecasts.c.warehouse)
    .limit(bindparam("limit"))
)
_RUN = Statement(insert(runs).values({c.name: bindparam(c.name) for c in runs.c}))
_LAST_RUN = Statement(select(func.max(runs.c.started_at)))


@dataclass(frozen=True, slots=True)
class ForecastFilter:
    sku: str | None = None
    warehouse: str | None = None
    method: str | None = None


async def save(conn: Conn, event: DemandForecasted, version: int) -> None:
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            sku=event.sku,
            warehouse=event.warehouse,
            unit=event.unit,
            first_week=event.first_week,
            weeks=list(event.weeks),
            method=event.method,
            season_weeks=event.season_weeks,
            history_weeks=event.history_weeks,
            holdout_weeks=event.holdout_weeks,
            errors=Jsonb([e.model_dump(mode="json") for e in event.errors]),
            computed_at=event.computed_at,
            version=version,
        ),
    )


async def page(
    conn: Conn, filters: ForecastFilter, after: tuple[str, str] | None, limit: int
) -> list[dict[str, Any]]:
    """At most `limit` forecasts matching `filters`, by SKU and warehouse, after `after`."""
    after_sku, after_warehouse = after or (None, None)
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _PAGE.sql,
            _PAGE.args(
                sku=filters.sku,
                warehouse=filters.warehouse,
                method=filters.method,
                after_sku=after_sku,
                after_warehouse=after_warehouse,
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def record_run(
    conn: Conn, run_id: UUID, trigger: str, started_at: datetime, series: int, recorded: int
) -> None:
    await conn.execute(
        _RUN.sql,
        _RUN.args(
            run_id=run_id,
            trigger=trigger,
            started_at=started_at,
            series=series,
            recorded=recorded,
        ),
    )


async def last_run(conn: Conn) -> datetime | None:
    cur = await conn.execute(_LAST_RUN.sql, _LAST_RUN.args())
    row = await cur.fetchone()
    return None if row is None else row[0]


#: The schedule's advisory lock: one replica recomputes at a time.
SCHEDULE_LOCK = 0x4A58_4346  # "JXCF"
_TRY_LOCK = Statement(select(func.pg_try_advisory_lock(bindparam("key"))))
_UNLOCK = Statement(select(func.pg_advisory_unlock(bindparam("key"))))


async def try_schedule_lock(conn: Conn) -> bool:
    """Take the schedule's lock for the session of `conn` if no one holds it."""
    cur = await conn.execute(_TRY_LOCK.sql, _TRY_LOCK.args(key=SCHEDULE_LOCK))
    row = await cur.fetchone()
    return bool(row and row[0])


async def release_schedule_lock(conn: Conn) -> None:
    await conn.execute(_UNLOCK.sql, _UNLOCK.args(key=SCHEDULE_LOCK))
