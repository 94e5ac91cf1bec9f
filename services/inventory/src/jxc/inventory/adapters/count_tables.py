"""The stock counts' inline tables (migration 0006): written in the transaction of the events
with bulk statements (unnest), so 5,000 lines are a handful of statements; and what a count
reads of the stock: the balances it expects, the locations a warehouse has, what nobody
counted."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Text, and_, bindparam, cast, exists, func, or_, select, union, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as insert_into

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    StockCountCancelled,
    StockCountClosed,
    StockCounted,
    StockCountLinesRecorded,
    StockCountOpened,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters.inline_tables import update_one
from jxc.inventory.domain.stock_count import CountScope, Scope, Status
from jxc.inventory.tables import items, stock_balances, stock_positions, warehouse_locations
from jxc.inventory.tables import stock_count_lines as _lines
from jxc.inventory.tables import stock_count_uncounted as _uncounted
from jxc.inventory.tables import stock_counts as _counts
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key
from jxc.platform.unnest import UnnestInsert

_TEXTS = ARRAY(Text)
_of_count = _counts.c.count_id == bindparam("count_id")
_lines_of_count = _lines.c.count_id == bindparam("count_id")


def _nullable(name: str, type_: Any = Text) -> Any:
    """The parameter `name`, typed (so that `IS NULL` on it needs no other use to be known)."""
    return cast(bindparam(name), type_)


_HEADER = [
    _counts.c[name]
    for name in (
        "count_id",
        "warehouse",
        "scope",
        "location",
        "skus",
        "note",
        "status",
        "lines_counted",
        "lines_adjusted",
        "uncounted",
        "cancel_reason",
        "opened_at",
        "closed_at",
        "cancelled_at",
        "version",
        "updated_at",
    )
]
_SCOPE = (_counts.c.scope, _counts.c.location, _counts.c.skus)
_OPEN_SCOPES = Statement(
    select(_counts.c.count_id, *_SCOPE)
    .where(
        _counts.c.warehouse == bindparam("warehouse"),
        _counts.c.status == "open",
        _counts.c.count_id != bindparam("other_than"),
    )
    .order_by(_counts.c.opened_at)
)
_OPEN_COUNT = Statement(select(_counts.c.warehouse, *_SCOPE, _counts.c.status).where(_of_count))
_SAVE_UNCOUNTED = UnnestInsert(_uncounted, ("count_id", "sku", "location", "lot", "on_hand"))
_UNITS_OF_DIFFERENCES = Statement(
    select(_lines.c.sku, _lines.c.location, _lines.c.lot, _lines.c.unit).where(
        _lines_of_count, _lines.c.counted != _lines.c.expected
    )
)
_COUNT = Statement(select(*_HEADER).where(_of_count))
_BLIND_LINE = [
    _lines.c[name]
    for name in ("sku", "location", "lot", "unit", "counted", "counted_at", "times_counted")
]


def _lines_page(*columns: Any) -> Statement:
    return Statement(
        select(*columns)
        .where(_lines_of_count)
        .order_by(_lines.c.sku, _lines.c.location, _lines.c.lot)
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
    )


_BLIND_LINES = _lines_page(*_BLIND_LINE)
_CLOSED_LINES = _lines_page(
    *_BLIND_LINE,
    _lines.c.expected,
    (_lines.c.counted - _lines.c.expected).label("variance"),
)
_wh, _status = _nullable("wh"), _nullable("status")
#: The counts list: its filters, sorts and keyset pages.
COUNTS = Paging(
    "stock-counts",
    select(*_HEADER).where(
        or_(_wh.is_(None), _counts.c.warehouse == _wh),
        or_(_status.is_(None), _counts.c.status == _status),
    ),
    {
        name: _counts.c[name]
        for name in ("opened_at", "warehouse", "status", "lines_counted", "closed_at")
    },
    (_counts.c.count_id,),
    default="opened_at",
    default_order="desc",
)
_CLOSE_FIGURES = Statement(
    select(
        _counts.c.status, _counts.c.lines_counted, _counts.c.lines_adjusted, _counts.c.uncounted
    ).where(_of_count)
)
_WAREHOUSE_OF = Statement(select(_counts.c.warehouse).where(_of_count))

_keys = (
    func.unnest(
        bindparam("skus", type_=_TEXTS),
        bindparam("locations", type_=_TEXTS),
        bindparam("lots", type_=_TEXTS),
    )
    .table_valued("sku", "location", "lot", with_ordinality="n")
    .render_derived(name="k")
)
_b, _p, _i = stock_balances.alias("b"), stock_positions.alias("p"), items.alias("i")
_SYSTEM_STOCK = Statement(
    select(func.coalesce(_b.c.on_hand, 0), func.coalesce(_p.c.unit, _i.c.unit))
    .select_from(_keys)
    .outerjoin(
        _b,
        and_(
            _b.c.sku == _keys.c.sku,
            _b.c.warehouse == bindparam("warehouse"),
            _b.c.location == _keys.c.location,
            _b.c.lot == _keys.c.lot,
        ),
    )
    .outerjoin(_p, and_(_p.c.sku == _keys.c.sku, _p.c.warehouse == bindparam("warehouse")))
    .outerjoin(_i, _i.c.sku == _keys.c.sku)
    .order_by(_keys.c.n)
)
_wanted = bindparam("wanted", type_=_TEXTS)
_KNOWN_LOCATIONS = Statement(
    union(
        select(warehouse_locations.c.location).where(
            warehouse_locations.c.warehouse == bindparam("wh"),
            warehouse_locations.c.location == func.any(_wanted),
        ),
        select(stock_balances.c.location)
        .distinct()
        .where(
            stock_balances.c.warehouse == bindparam("wh"),
            stock_balances.c.location == func.any(_wanted),
        ),
    )
)
_location, _skus = _nullable("location"), _nullable("skus", _TEXTS)
_l = _lines.alias("l")
_UNCOUNTED = Statement(
    select(_b.c.sku, _b.c.location, _b.c.lot, _b.c.on_hand)
    .where(
        _b.c.warehouse == bindparam("wh"),
        _b.c.on_hand != 0,
        or_(_location.is_(None), _b.c.location == _location),
        or_(_skus.is_(None), _b.c.sku == func.any(_skus)),
        ~exists().where(
            _l.c.count_id == bindparam("count_id"),
            _l.c.sku == _b.c.sku,
            _l.c.location == _b.c.location,
            _l.c.lot == _b.c.lot,
        ),
    )
    .order_by(_b.c.sku, _b.c.location, _b.c.lot)
)
_COUNTED_SKUS = Statement(select(_lines.c.sku).distinct().where(_lines_of_count))
_UNCOUNTED_LINES = Statement(
    select(_uncounted.c.sku, _uncounted.c.location, _uncounted.c.lot, _uncounted.c.on_hand)
    .where(_uncounted.c.count_id == bindparam("count_id"))
    .order_by(_uncounted.c.sku, _uncounted.c.location, _uncounted.c.lot)
    .limit(bindparam("limit"))
)

# --- the inline tables' writes ------------------------------------------------------------

_OPENED = Statement(
    insert_into(_counts).values(
        status="open",
        **{
            name: bindparam(name)
            for name in (
                "count_id",
                "warehouse",
                "scope",
                "location",
                "skus",
                "note",
                "opened_at",
                "version",
                "updated_at",
            )
        },
    )
)
_LINE_VALUES = ("unit", "counted", "expected")
_LINE_COLUMNS = ("sku", "location", "lot", *_LINE_VALUES)
_recorded = (
    func.unnest(*(bindparam(name, type_=ARRAY(_lines.c[name].type)) for name in _LINE_COLUMNS))
    .table_valued(*_LINE_COLUMNS)
    .render_derived(name="k")
)
_recorded_lines = insert_into(_lines).from_select(
    ["count_id", "sku", "location", "lot", "unit", "counted", "expected", "counted_at"],
    select(
        bindparam("count_id", type_=_lines.c.count_id.type),
        *_recorded.c,
        bindparam("counted_at", type_=_lines.c.counted_at.type),
    ),
)
_LINES_RECORDED = Statement(
    _recorded_lines.on_conflict_do_update(
        index_elements=["count_id", "sku", "location", "lot"],
        set_={
            **{name: _recorded_lines.excluded[name] for name in (*_LINE_VALUES, "counted_at")},
            "times_counted": _lines.c.times_counted + 1,
        },
    )
)
_stamped: dict[str, Any] = {"version": bindparam("version"), "updated_at": bindparam("updated_at")}
_LINES_COUNTED = Statement(
    update(_counts)
    .where(_counts.c.count_id == bindparam("of_count"))
    .values(
        lines_counted=select(func.count())
        .where(_lines.c.count_id == bindparam("of_count"))
        .scalar_subquery(),
        **_stamped,
    )
)
_COUNTED = Statement(
    update(_counts).where(_counts.c.count_id == bindparam("of_count")).values(**_stamped)
)
_CLOSED = Statement(
    update(_counts)
    .where(_counts.c.count_id == bindparam("of_count"))
    .values(
        status="closed",
        lines_adjusted=bindparam("lines_adjusted"),
        uncounted=bindparam("uncounted"),
        closed_at=bindparam("closed_at"),
        **_stamped,
    )
)
_CANCELLED = Statement(
    update(_counts)
    .where(_counts.c.count_id == bindparam("of_count"))
    .values(
        status="cancelled",
        cancel_reason=bindparam("cancel_reason"),
        cancelled_at=bindparam("cancelled_at"),
        **_stamped,
    )
)


def _nones(line: dict[str, Any]) -> dict[str, Any]:
    line["location"] = line["location"] or None
    line["lot"] = line["lot"] or None
    return line


async def lock_warehouse(conn: Conn, warehouse: str) -> None:
    """Serialise the opening of counts in one warehouse till the end of the transaction."""
    await lock_key(conn, f"stock-count:{warehouse}")


async def open_scopes(
    conn: Conn, warehouse: str, other_than: UUID
) -> list[tuple[UUID, CountScope]]:
    """The counts of the warehouse still open (but `other_than`), oldest first, with their
    scopes."""
    cur = await conn.execute(
        _OPEN_SCOPES.sql, _OPEN_SCOPES.args(warehouse=warehouse, other_than=other_than)
    )
    return [
        (count_id, CountScope(Scope(scope), location, frozenset(skus)))
        for count_id, scope, location, skus in await cur.fetchall()
    ]


async def open_count(conn: Conn, count_id: UUID) -> tuple[str, CountScope] | None:
    """The warehouse and scope of the count, if it is open."""
    cur = await conn.execute(_OPEN_COUNT.sql, _OPEN_COUNT.args(count_id=count_id))
    row = await cur.fetchone()
    if row is None or row[4] != Status.OPEN:
        return None
    warehouse, scope, location, skus, _ = row
    return str(warehouse), CountScope(Scope(scope), location, frozenset(skus))


async def save_uncounted(
    conn: Conn, count_id: UUID, uncounted: Sequence[tuple[str, str, str, Decimal]]
) -> None:
    if uncounted:
        rows = [
            {"count_id": count_id, "sku": sku, "location": loc, "lot": lot, "on_hand": on_hand}
            for sku, loc, lot, on_hand in uncounted
        ]
        await conn.execute(*_SAVE_UNCOUNTED.statement(rows))


async def units_of_differences(conn: Conn, count_id: UUID) -> dict[tuple[str, str, str], str]:
    """The unit of every counted line that differs from what was expected, by its key."""
    cur = await conn.execute(
        _UNITS_OF_DIFFERENCES.sql, _UNITS_OF_DIFFERENCES.args(count_id=count_id)
    )
    return {(sku, loc, lot): unit for sku, loc, lot, unit in await cur.fetchall()}


async def count(conn: Conn, count_id: UUID, *, limit: int, offset: int) -> dict[str, Any] | None:
    """A count and a page of its lines. Blind while open (and once cancelled): a line shows
    what was counted, never what the system expected or the variance."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_COUNT.sql, _COUNT.args(count_id=count_id))
    header: dict[str, Any] | None = await cur.fetchone()
    if header is None:
        return None
    closed = header["status"] == Status.CLOSED
    page = _CLOSED_LINES if closed else _BLIND_LINES
    await cur.execute(page.sql, page.args(count_id=count_id, limit=limit, offset=offset))
    header["lines"] = [_nones(line) for line in await cur.fetchall()]
    if closed:
        header["uncounted_lines"] = await uncounted_lines(conn, count_id, limit)
    return header


async def counts(
    conn: Conn,
    *,
    warehouse: str | None,
    status: str | None,
    limit: int,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of counts, the most recently opened first unless sorted otherwise."""
    return await COUNTS.fetch(conn, sort, order, after, limit, wh=warehouse, status=status)


async def close_figures(conn: Conn, count_id: UUID, shown: int) -> dict[str, Any] | None:
    """A closed count's figures and (up to `shown` of) the balances nobody counted."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_CLOSE_FIGURES.sql, _CLOSE_FIGURES.args(count_id=count_id))
    row: dict[str, Any] | None = await cur.fetchone()
    if row is not None:
        row["uncounted_lines"] = await uncounted_lines(conn, count_id, shown)
    return row


async def warehouse_of(conn: Conn, count_id: UUID) -> str | None:
    cur = await conn.execute(_WAREHOUSE_OF.sql, _WAREHOUSE_OF.args(count_id=count_id))
    row = await cur.fetchone()
    return None if row is None else str(row[0])


async def system_stock(
    conn: Conn, warehouse: str, keys: Sequence[tuple[str, str, str]]
) -> list[tuple[Decimal, str | None]]:
    """What the system holds of each balance right now (0 when nothing), and the unit the SKU
    is kept in (its position's here, else the item master's; None if neither knows it)."""
    if not keys:
        return []
    cur = await conn.execute(
        _SYSTEM_STOCK.sql,
        _SYSTEM_STOCK.args(
            skus=[k[0] for k in keys],
            locations=[k[1] for k in keys],
            lots=[k[2] for k in keys],
            warehouse=warehouse,
        ),
    )
    return [(on_hand, unit) for on_hand, unit in await cur.fetchall()]


async def known_locations(conn: Conn, warehouse: str, locations: Sequence[str]) -> set[str]:
    """Which of `locations` the warehouse has: registered, or holding (or having held) stock."""
    wanted = sorted(set(locations))
    if not wanted:
        return set()
    cur = await conn.execute(
        _KNOWN_LOCATIONS.sql, _KNOWN_LOCATIONS.args(wh=warehouse, wanted=wanted)
    )
    return {location for (location,) in await cur.fetchall()}


async def uncounted(
    conn: Conn, count_id: UUID, warehouse: str, scope: CountScope
) -> list[tuple[str, str, str, Decimal]]:
    """The balances in scope that hold stock and nobody counted, and for a cycle count the
    selected SKUs nobody counted anywhere and that hold nothing here (on hand 0)."""
    cur = await conn.execute(
        _UNCOUNTED.sql,
        _UNCOUNTED.args(
            wh=warehouse,
            location=scope.location if scope.kind is Scope.LOCATION else None,
            skus=sorted(scope.skus) if scope.kind is Scope.SELECTION else None,
            count_id=count_id,
        ),
    )
    found: list[tuple[str, str, str, Decimal]] = list(await cur.fetchall())
    if scope.kind is Scope.SELECTION:
        cur = await conn.execute(_COUNTED_SKUS.sql, _COUNTED_SKUS.args(count_id=count_id))
        seen = {sku for (sku,) in await cur.fetchall()} | {row[0] for row in found}
        found += [(sku, "", "", Decimal(0)) for sku in sorted(scope.skus - seen)]
        found.sort()
    return found


async def uncounted_lines(conn: Conn, count_id: UUID, limit: int) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_UNCOUNTED_LINES.sql, _UNCOUNTED_LINES.args(count_id=count_id, limit=limit))
    return [_nones(row) for row in await cur.fetchall()]


# --- the inline tables ------------------------------------------------------------------


async def record_stock_counts(conn: Conn, recorded: Sequence[tuple[Envelope, DomainEvent]]) -> None:
    """Show what a command recorded in the inline tables, in the command's transaction."""
    for envelope, event in recorded:
        stamped = {"version": envelope.stream_version, "updated_at": envelope.recorded_at}
        match event:
            case StockCountOpened():
                await conn.execute(
                    _OPENED.sql,
                    _OPENED.args(
                        count_id=event.count_id,
                        warehouse=event.warehouse,
                        scope=event.scope,
                        location=event.location,
                        skus=event.skus,
                        note=event.note,
                        opened_at=envelope.occurred_at,
                        **stamped,
                    ),
                )
            case StockCountLinesRecorded():
                lines = event.lines
                await conn.execute(
                    _LINES_RECORDED.sql,
                    _LINES_RECORDED.args(
                        count_id=event.count_id,
                        counted_at=event.counted_at,
                        sku=[line.sku for line in lines],
                        location=[line.location or "" for line in lines],
                        lot=[line.lot or "" for line in lines],
                        unit=[line.unit for line in lines],
                        counted=[line.counted for line in lines],
                        expected=[line.expected for line in lines],
                    ),
                )
                await update_one(
                    conn,
                    "stock count",
                    _LINES_COUNTED.sql,
                    _LINES_COUNTED.args(of_count=event.count_id, **stamped),
                )
            case StockCounted():
                await update_one(
                    conn,
                    "stock count",
                    _COUNTED.sql,
                    _COUNTED.args(of_count=event.count_id, **stamped),
                )
            case StockCountClosed():
                await update_one(
                    conn,
                    "stock count",
                    _CLOSED.sql,
                    _CLOSED.args(
                        of_count=event.count_id,
                        lines_adjusted=event.lines_adjusted,
                        uncounted=event.uncounted,
                        closed_at=envelope.occurred_at,
                        **stamped,
                    ),
                )
            case StockCountCancelled():
                await update_one(
                    conn,
                    "stock count",
                    _CANCELLED.sql,
                    _CANCELLED.args(
                        of_count=event.count_id,
                        cancel_reason=event.reason,
                        cancelled_at=envelope.occurred_at,
                        **stamped,
                    ),
                )
            case _:
                raise TypeError(f"stock counts do not record {event.event_type}")
