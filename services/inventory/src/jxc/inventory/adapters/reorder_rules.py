"""The reorder rules' inline table `reorder_rules` (the rule, its alert state and its stream
version, written in the transaction of the events) and the advisory locks that serialise rule
setters with stock batches (see app/reorder.py)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Text, and_, bindparam, case, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY, insert

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    LowStockDetected,
    OverstockDetected,
    ReorderRuleRemoved,
    ReorderRuleSet,
    StockBackInRange,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters.stock_levels import level_columns
from jxc.inventory.tables import reorder_rules, stock_positions
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_pairs

#: First key of the advisory locks that serialise rule setters with stock batches.
REORDER_LOCK_CLASS = 7_007_001
#: How many of them: the most a stock batch takes, however many positions it moves.
LOCK_BUCKETS = 256


def lock_bucket(sku: str, warehouse: str) -> int:
    return zlib.crc32(f"{sku}@{warehouse}".encode()) % LOCK_BUCKETS


async def take_reorder_locks(
    conn: Conn, keys: Iterable[tuple[str, str]], *, exclusive: bool = False
) -> None:
    """Take the reorder advisory locks of these positions' buckets till the end of the
    transaction, in bucket order (no deadlocks): shared for a stock batch, exclusive for a
    rule setter."""
    buckets = [lock_bucket(sku, warehouse) for sku, warehouse in keys]
    if buckets:
        await lock_pairs(conn, REORDER_LOCK_CLASS, buckets, shared=not exclusive)


_r = reorder_rules.alias("r")
_RULE_COLUMNS = (
    *(_r.c[name] for name in ("sku", "warehouse", "unit", "min_quantity", "max_quantity")),
    _r.c.reorder_quantity,
    case((_r.c.below_min, "below_min"), (_r.c.above_max, "above_max")).label("alert"),
    *(_r.c[name] for name in ("alert_available", "alert_since", "version", "updated_at")),
)


def _unless_none(name: str, condition: Any) -> Any:
    return or_(bindparam(name, type_=Text).is_(None), condition)


_BY_KEY = (_r.c.warehouse, _r.c.sku)
#: The rules list: its filters, sorts and keyset pages.
RULES = Paging(
    "reorder-rules",
    select(*_RULE_COLUMNS).where(
        _unless_none("warehouse", _r.c.warehouse == bindparam("warehouse")),
        _unless_none("sku", _r.c.sku == bindparam("sku")),
    ),
    {
        name: _r.c[name]
        for name in (
            "warehouse",
            "sku",
            "min_quantity",
            "max_quantity",
            "alert_since",
            "updated_at",
        )
    },
    _BY_KEY,
    default="warehouse",
)

_p = stock_positions.alias("p")
_kind = bindparam("kind", type_=Text)
#: The alerts list (rules below min or above max now): its filters, sorts and keyset pages.
ALERTS = Paging(
    "alerts",
    select(*_RULE_COLUMNS, *level_columns(_p))
    .join_from(_r, _p, and_(_p.c.sku == _r.c.sku, _p.c.warehouse == _r.c.warehouse), isouter=True)
    .where(
        or_(_r.c.below_min, _r.c.above_max),
        _unless_none("warehouse", _r.c.warehouse == bindparam("warehouse")),
        or_(
            _kind.is_(None),
            and_(_kind == "below_min", _r.c.below_min),
            and_(_kind == "above_max", _r.c.above_max),
        ),
    ),
    {
        name: _r.c[name]
        for name in ("warehouse", "sku", "alert_since", "alert_available", "min_quantity")
    },
    _BY_KEY,
    default="warehouse",
)

_keys = (
    func.unnest(bindparam("skus", type_=ARRAY(Text)), bindparam("warehouses", type_=ARRAY(Text)))
    .table_valued("sku", "warehouse")
    .render_derived(name="k")
)
_LOCK_RULES = Statement(
    select(
        *(
            _r.c[name]
            for name in (
                "sku",
                "warehouse",
                "unit",
                "min_quantity",
                "max_quantity",
                "reorder_quantity",
                "below_min",
                "above_max",
                "version",
            )
        )
    )
    .join_from(_r, _keys, and_(_keys.c.sku == _r.c.sku, _keys.c.warehouse == _r.c.warehouse))
    .order_by(_r.c.sku, _r.c.warehouse)
    .with_for_update(of=_r)
)

_rule_set = insert(reorder_rules).values(
    {
        name: bindparam(name)
        for name in (
            "sku",
            "warehouse",
            "unit",
            "min_quantity",
            "max_quantity",
            "reorder_quantity",
            "version",
            "updated_at",
        )
    }
)
_RULE_SET = Statement(
    _rule_set.on_conflict_do_update(
        index_elements=[reorder_rules.c.sku, reorder_rules.c.warehouse],
        set_={
            name: _rule_set.excluded[name]
            for name in (
                "unit",
                "min_quantity",
                "max_quantity",
                "reorder_quantity",
                "version",
                "updated_at",
            )
        },
    )
)
_of_position = (
    reorder_rules.c.sku == bindparam("of_sku"),
    reorder_rules.c.warehouse == bindparam("of_warehouse"),
)
_RULE_REMOVED = Statement(delete(reorder_rules).where(*_of_position))
_ALERT = Statement(
    update(reorder_rules)
    .where(*_of_position)
    .values(
        {
            name: bindparam(name)
            for name in (
                "below_min",
                "above_max",
                "alert_available",
                "alert_since",
                "version",
                "updated_at",
            )
        }
    )
)


async def rules(
    conn: Conn,
    *,
    warehouse: str | None,
    sku: str | None,
    limit: int,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of rules, by warehouse and SKU unless sorted otherwise."""
    return await RULES.fetch(conn, sort, order, after, limit, warehouse=warehouse, sku=sku)


async def alerting(
    conn: Conn,
    *,
    warehouse: str | None,
    kind: str | None,
    limit: int,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of the rules below min or above max now, each with its position's level now
    (`on_hand`, `quarantined`, `reserved`; zero where there is no position), by warehouse and
    SKU unless sorted otherwise."""
    return await ALERTS.fetch(conn, sort, order, after, limit, warehouse=warehouse, kind=kind)


async def lock_rules(
    conn: Conn, keys: Sequence[tuple[str, str]]
) -> list[tuple[str, str, str, Decimal, Decimal, Decimal | None, bool, bool, int]]:
    """The rules of these positions, rows locked in (sku, warehouse) order: sku, warehouse,
    unit, min, max, reorder quantity, below_min, above_max, version."""
    cur = await conn.execute(
        _LOCK_RULES.sql,
        _LOCK_RULES.args(skus=[k[0] for k in keys], warehouses=[k[1] for k in keys]),
    )
    return list(await cur.fetchall())


async def record_rules(conn: Conn, recorded: Sequence[tuple[Envelope, DomainEvent]]) -> None:
    """Show what was recorded on rule streams in `reorder_rules`, in the same transaction."""
    for envelope, event in recorded:
        version = envelope.stream_version
        match event:
            case ReorderRuleSet():
                await conn.execute(
                    _RULE_SET.sql,
                    _RULE_SET.args(
                        sku=event.sku,
                        warehouse=event.warehouse,
                        unit=event.unit,
                        min_quantity=event.min_quantity,
                        max_quantity=event.max_quantity,
                        reorder_quantity=event.reorder_quantity,
                        version=version,
                        updated_at=envelope.recorded_at,
                    ),
                )
            case ReorderRuleRemoved():
                await conn.execute(
                    _RULE_REMOVED.sql,
                    _RULE_REMOVED.args(of_sku=event.sku, of_warehouse=event.warehouse),
                )
            case LowStockDetected() | OverstockDetected() | StockBackInRange():
                low = isinstance(event, LowStockDetected)
                high = isinstance(event, OverstockDetected)
                alerting = low or high
                cur = await conn.execute(
                    _ALERT.sql,
                    _ALERT.args(
                        below_min=low,
                        above_max=high,
                        alert_available=event.available if alerting else None,
                        alert_since=envelope.occurred_at if alerting else None,
                        version=version,
                        updated_at=envelope.recorded_at,
                        of_sku=event.sku,
                        of_warehouse=event.warehouse,
                    ),
                )
                if cur.rowcount != 1:
                    raise RuntimeError(
                        f"reorder_rules out of step with stream {envelope.stream_id}: no row"
                    )
            case _:
                raise TypeError(f"reorder rules do not record {event.event_type}")
