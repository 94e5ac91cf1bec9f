"""The shipment list: one row per shipment (and its lines), written in the transaction of
the command that changed it, from the shipment's state after it. Commands read it for what
other shipments of an order carry and delivered; queries list it, measure on-time delivery
and find a day's shipments for our own vehicles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Date, Text, Uuid, bindparam, func, or_, select
from sqlalchemy.dialects.postgresql import insert

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key
from jxc.sales.domain.shipment import ShipmentState
from jxc.sales.tables import shipment_lines, shipments

_new = insert(shipments).values({c.name: bindparam(c.name) for c in shipments.c})
_SAVE = Statement(
    _new.on_conflict_do_update(
        index_elements=[shipments.c.shipment_id],
        set_={
            c.name: _new.excluded[c.name]
            for c in shipments.c
            if c.name not in ("shipment_id", "created_at")
        },
    )
)
_LINE = Statement(
    insert(shipment_lines)
    .values({c.name: bindparam(c.name) for c in shipment_lines.c})
    .on_conflict_do_nothing()
)
_DELIVERED_BEFORE = Statement(
    select(shipment_lines.c.line_no, func.sum(shipment_lines.c.quantity).label("quantity"))
    .join(shipments, shipments.c.shipment_id == shipment_lines.c.shipment_id)
    .where(
        shipment_lines.c.order_id == bindparam("order_id"),
        shipments.c.status == "delivered",
        shipments.c.shipment_id != bindparam("shipment_id"),
    )
    .group_by(shipment_lines.c.line_no)
)
_DISPATCHED = Statement(
    select(shipment_lines.c.line_no, func.sum(shipment_lines.c.quantity).label("quantity"))
    .join(shipments, shipments.c.shipment_id == shipment_lines.c.shipment_id)
    .where(
        shipment_lines.c.order_id == bindparam("order_id"),
        shipments.c.dispatched_on.is_not(None),
    )
    .group_by(shipment_lines.c.line_no)
)
_BY_TRACKING = Statement(
    select(shipments.c.shipment_id)
    .where(
        shipments.c.carrier == bindparam("carrier"),
        shipments.c.tracking_number == bindparam("tracking_number"),
    )
    .order_by(shipments.c.shipment_id.desc())
    .limit(1)
)
_NOT_LEFT = Statement(
    select(shipments.c.shipment_id)
    .where(
        shipments.c.order_id == bindparam("order_id"),
        or_(*(shipments.c.status == s for s in ("created", "picked", "packed"))),
    )
    .order_by(shipments.c.shipment_id)
)
_ONE = Statement(select(shipments).where(shipments.c.shipment_id == bindparam("shipment_id")))


def _optional(name: str, kind: Any = Text) -> Any:
    return bindparam(name, type_=kind)


def _filtered() -> Any:
    return (
        or_(
            _optional("order_id", Uuid).is_(None),
            shipments.c.order_id == _optional("order_id", Uuid),
        ),
        or_(_optional("warehouse").is_(None), shipments.c.warehouse == _optional("warehouse")),
        or_(_optional("status").is_(None), shipments.c.status == _optional("status")),
        or_(_optional("carrier").is_(None), shipments.c.carrier == _optional("carrier")),
        or_(
            _optional("dispatched_on", Date).is_(None),
            shipments.c.dispatched_on == _optional("dispatched_on", Date),
        ),
    )


_SEARCH = Statement(
    select(shipments)
    .where(
        *_filtered(),
        or_(_optional("after", Uuid).is_(None), shipments.c.shipment_id > _optional("after", Uuid)),
    )
    .order_by(shipments.c.shipment_id)
    .limit(bindparam("limit"))
)
#: The shipments sorted on the server (sort/order/after): the same filters, keyset pages.
SHIPMENTS = Paging(
    "shipments",
    select(shipments).where(*_filtered()),
    {
        name: shipments.c[name]
        for name in (
            "created_at",
            "status",
            "value",
            "promised_on",
            "dispatched_on",
            "delivered_on",
        )
    },
    (shipments.c.shipment_id,),
    default="created_at",
)

_delivered = shipments.c.delivered_on.is_not(None)
_PERFORMANCE = Statement(
    select(
        shipments.c.carrier,
        shipments.c.warehouse,
        func.count().filter(_delivered).label("delivered"),
        func.count().filter(shipments.c.on_time.is_(True)).label("on_time"),
        func.count().filter(shipments.c.on_time.is_(False)).label("late"),
        func.count().filter(_delivered, shipments.c.promised_on.is_(None)).label("no_promise"),
    )
    .where(
        _delivered,
        or_(_optional("carrier").is_(None), shipments.c.carrier == _optional("carrier")),
        or_(_optional("warehouse").is_(None), shipments.c.warehouse == _optional("warehouse")),
        or_(
            _optional("since", Date).is_(None),
            shipments.c.delivered_on >= _optional("since", Date),
        ),
        or_(
            _optional("until", Date).is_(None),
            shipments.c.delivered_on <= _optional("until", Date),
        ),
    )
    .group_by(shipments.c.carrier, shipments.c.warehouse)
    .order_by(shipments.c.carrier, shipments.c.warehouse)
)
_OWN_FLEET_OF_DAY = Statement(
    select(shipments)
    .where(
        shipments.c.warehouse == bindparam("warehouse"),
        shipments.c.dispatched_on == bindparam("day"),
        shipments.c.own_fleet.is_(True),
        shipments.c.status != "cancelled",
    )
    .order_by(shipments.c.shipment_id)
)


@dataclass(frozen=True, slots=True)
class Filters:
    order_id: UUID | None = None
    warehouse: str | None = None
    status: str | None = None
    carrier: str | None = None
    dispatched_on: date | None = None


async def lock_order(conn: Conn, order_id: UUID) -> None:
    """Shipments of one order are created and delivered one at a time (what the others carry
    and delivered is read under this lock)."""
    await lock_key(conn, f"shipping-order:{order_id}")


async def save(
    conn: Conn, shipment_id: UUID, state: ShipmentState, version: int, at: datetime
) -> None:
    delivered_on = state.delivered_at.date() if state.delivered_at else None
    on_time = (
        None
        if delivered_on is None or state.promised_on is None
        else delivered_on <= state.promised_on
    )
    where = state.destination
    await conn.execute(
        _SAVE.sql,
        _SAVE.args(
            shipment_id=shipment_id,
            order_id=state.order_id,
            customer_id=state.customer_id,
            warehouse=state.warehouse,
            status=state.status.value,
            currency=state.currency,
            value=state.value,
            carrier=state.carrier,
            service=state.service,
            own_fleet=state.own_fleet,
            tracking_number=state.tracking_number,
            weight_kg=state.weight_kg,
            volume_m3=state.volume_m3,
            latitude=where.latitude if where else None,
            longitude=where.longitude if where else None,
            promised_on=state.promised_on,
            dispatched_on=state.dispatched_on,
            delivered_on=delivered_on,
            on_time=on_time,
            version=version,
            created_at=at,
            updated_at=at,
        ),
    )
    async with conn.cursor() as cur:
        await cur.executemany(
            _LINE.sql,
            [
                _LINE.args(
                    shipment_id=shipment_id,
                    line_no=line.line_no,
                    order_id=state.order_id,
                    quantity=line.quantity,
                )
                for line in state.lines
            ],
        )


async def delivered_before(conn: Conn, order_id: UUID, shipment_id: UUID) -> dict[int, Decimal]:
    """Per order line, what the order's other shipments delivered."""
    cur = await conn.execute(
        _DELIVERED_BEFORE.sql,
        _DELIVERED_BEFORE.args(order_id=order_id, shipment_id=shipment_id),
    )
    return {int(row[0]): Decimal(row[1]) for row in await cur.fetchall()}


async def dispatched(conn: Conn, order_id: UUID) -> dict[int, Decimal]:
    """Per order line, what the order's shipments took away (dispatched, or later)."""
    cur = await conn.execute(_DISPATCHED.sql, _DISPATCHED.args(order_id=order_id))
    return {int(row[0]): Decimal(row[1]) for row in await cur.fetchall()}


async def by_tracking(conn: Conn, carrier: str, tracking_number: str) -> UUID | None:
    """The shipment the carrier knows by `tracking_number` (the latest, if it reused one)."""
    cur = await conn.execute(
        _BY_TRACKING.sql, _BY_TRACKING.args(carrier=carrier, tracking_number=tracking_number)
    )
    row = await cur.fetchone()
    return None if row is None else UUID(str(row[0]))


async def not_left(conn: Conn, order_id: UUID) -> list[UUID]:
    """The order's shipments that have not been dispatched nor cancelled."""
    cur = await conn.execute(_NOT_LEFT.sql, _NOT_LEFT.args(order_id=order_id))
    return [UUID(str(row[0])) for row in await cur.fetchall()]


async def one(conn: Conn, shipment_id: UUID) -> dict[str, Any] | None:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(_ONE.sql, _ONE.args(shipment_id=shipment_id))
        return await cur.fetchone()


async def search(
    conn: Conn, filters: Filters, after: UUID | None, limit: int
) -> list[dict[str, Any]]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _SEARCH.sql,
            _SEARCH.args(
                order_id=filters.order_id,
                warehouse=filters.warehouse,
                status=filters.status,
                carrier=filters.carrier,
                dispatched_on=filters.dispatched_on,
                after=after,
                limit=limit,
            ),
        )
        return list(await cur.fetchall())


async def sorted_page(
    conn: Conn,
    filters: Filters,
    sort: str | None,
    order: Order | None,
    after: str | None,
    limit: int,
) -> Page:
    """A page of the shipments in the order asked, and the next page's cursor."""
    return await SHIPMENTS.fetch(
        conn,
        sort,
        order,
        after,
        limit,
        order_id=filters.order_id,
        warehouse=filters.warehouse,
        status=filters.status,
        carrier=filters.carrier,
        dispatched_on=filters.dispatched_on,
    )


async def performance(
    conn: Conn,
    carrier: str | None,
    warehouse: str | None,
    since: date | None,
    until: date | None,
) -> list[dict[str, Any]]:
    """Delivered shipments per carrier and warehouse: on time (delivered on or before the
    promised date), late, and without a promised date."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _PERFORMANCE.sql,
            _PERFORMANCE.args(carrier=carrier, warehouse=warehouse, since=since, until=until),
        )
        return list(await cur.fetchall())


async def own_fleet_of_day(conn: Conn, warehouse: str, day: date) -> list[dict[str, Any]]:
    """The warehouse's shipments dispatched on `day` with our own fleet."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            _OWN_FLEET_OF_DAY.sql, _OWN_FLEET_OF_DAY.args(warehouse=warehouse, day=day)
        )
        return list(await cur.fetchall())
