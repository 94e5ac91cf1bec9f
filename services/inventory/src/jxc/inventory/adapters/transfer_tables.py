"""The transfers' inline tables `transfers` and `transfer_lines`, written in the transaction of
the events, and the destination positions a dispatch opens (their in-transit quantity changes
through their stock streams, by the stock keeper)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row
from sqlalchemy import Integer, Text, bindparam, func, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as insert_into

from jxc.events.contracts.inventory import (
    TransferDispatched,
    TransferReceived,
    TransferRequested,
)
from jxc.events.envelope import Envelope
from jxc.inventory.domain.stock import ZERO
from jxc.inventory.domain.transfer import TransferLineState, TransferStatus
from jxc.inventory.tables import stock_positions as positions
from jxc.inventory.tables import transfer_lines as lines
from jxc.inventory.tables import transfers
from jxc.platform.paging import Order, Page, Paging
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.unnest import UnnestInsert

_OPEN_DESTINATIONS = Statement(
    insert_into(positions)
    .from_select(
        ["sku", "warehouse", "unit", "currency"],
        select(
            positions.c.sku,
            bindparam("destination", type_=Text),
            positions.c.unit,
            positions.c.currency,
        )
        .where(
            positions.c.warehouse == bindparam("source"),
            positions.c.sku == func.any(bindparam("skus", type_=ARRAY(Text))),
        )
        .order_by(positions.c.sku),
    )
    .on_conflict_do_nothing()
)

_REQUESTED = Statement(
    insert_into(transfers).values(
        {
            name: bindparam(name)
            for name in (
                "transfer_id",
                "from_warehouse",
                "to_warehouse",
                "status",
                "note",
                "requested_at",
                "version",
                "updated_at",
            )
        }
    )
)
_REQUESTED_LINES = UnnestInsert(
    lines, ("transfer_id", "line_no", "sku", "unit", "lot", "from_location", "quantity")
)


def _per_line(*names: str) -> Any:
    """The lines' values, one array per name (the first the line numbers), as the table `v`."""
    arrays = [bindparam("line_nos", type_=ARRAY(Integer))]
    arrays += [bindparam(name, type_=ARRAY(lines.c[name].type)) for name in names]
    return func.unnest(*arrays).table_valued("line_no", *names).render_derived(name="v")


def _update_lines(values: Any, **changes: Any) -> Statement:
    return Statement(
        update(lines)
        .where(lines.c.transfer_id == bindparam("of_transfer"), lines.c.line_no == values.c.line_no)
        .values(**changes)
    )


_dispatched = _per_line("dispatched", "unit_cost", "total_cost", "currency")
_DISPATCHED = _update_lines(
    _dispatched, **{c.name: c for c in _dispatched.c if c.name != "line_no"}
)
_received = _per_line("received", "lost", "value_received", "loss_value")
_RECEIVED = _update_lines(
    _received,
    **{c.name: lines.c[c.name] + c for c in _received.c if c.name != "line_no"},
)

_CANCEL_REASON = Statement(
    update(transfers)
    .where(transfers.c.transfer_id == bindparam("of_transfer"))
    .values(cancel_reason=bindparam("cancel_reason"))
)

#: Per time stamp a status change sets: the statement that sets it.
_STATUS = {
    stamp: Statement(
        update(transfers)
        .where(transfers.c.transfer_id == bindparam("of_transfer"))
        .values(
            status=bindparam("status"),
            version=bindparam("version"),
            updated_at=bindparam("updated_at"),
            **{stamp: bindparam("at", type_=transfers.c[stamp].type)},
        )
    )
    for stamp in ("dispatched_at", "last_received_at", "cancelled_at", "closed_at")
}

_AFTER_IN_TRANSIT = ("unit_cost", "total_cost", "value_received", "loss_value", "currency")
_LINES = Statement(
    select(
        *(c for c in lines.c if c.name not in _AFTER_IN_TRANSIT),
        (lines.c.dispatched - lines.c.received - lines.c.lost).label("in_transit"),
        *(lines.c[name] for name in _AFTER_IN_TRANSIT),
    )
    .where(
        lines.c.transfer_id
        == func.any(bindparam("transfer_ids", type_=ARRAY(lines.c.transfer_id.type)))
    )
    .order_by(lines.c.transfer_id, lines.c.line_no)
)

_ONE = Statement(select(transfers).where(transfers.c.transfer_id == bindparam("transfer_id")))


def _unless_none(name: str, condition: Any) -> Any:
    return or_(bindparam(name, type_=Text).is_(None), condition)


#: The transfers list: its filters, sorts and keyset pages.
TRANSFERS = Paging(
    "transfers",
    select(transfers).where(
        _unless_none("status", transfers.c.status == bindparam("status")),
        _unless_none(
            "warehouse",
            or_(
                transfers.c.from_warehouse == bindparam("warehouse"),
                transfers.c.to_warehouse == bindparam("warehouse"),
            ),
        ),
        _unless_none(
            "sku",
            transfers.c.transfer_id.in_(
                select(lines.c.transfer_id).where(lines.c.sku == bindparam("sku"))
            ),
        ),
    ),
    {
        name: transfers.c[name]
        for name in ("requested_at", "status", "from_warehouse", "to_warehouse", "updated_at")
    },
    (transfers.c.transfer_id,),
    default="requested_at",
    default_order="desc",
)


async def open_destinations(
    conn: Conn, source: str, destination: str, lines: Iterable[TransferLineState]
) -> None:
    """Give the destination a position for every SKU the source holds, in the source's unit
    and currency, so its in-transit quantity has a row to live on. First, before any lock."""
    await conn.execute(
        _OPEN_DESTINATIONS.sql,
        _OPEN_DESTINATIONS.args(
            destination=destination, source=source, skus=sorted({line.sku for line in lines})
        ),
    )


# --- the inline tables --------------------------------------------------------------------


async def insert(conn: Conn, envelope: Envelope, event: TransferRequested) -> None:
    await conn.execute(
        _REQUESTED.sql,
        _REQUESTED.args(
            transfer_id=event.transfer_id,
            from_warehouse=event.from_warehouse,
            to_warehouse=event.to_warehouse,
            status=TransferStatus.REQUESTED.value,
            note=event.note,
            requested_at=envelope.occurred_at,
            version=envelope.stream_version,
            updated_at=envelope.recorded_at,
        ),
    )
    rows = [
        {
            "transfer_id": event.transfer_id,
            "line_no": ln.line_no,
            "sku": ln.sku,
            "unit": ln.unit,
            "lot": ln.lot,
            "from_location": ln.from_location,
            "quantity": ln.quantity,
        }
        for ln in event.lines
    ]
    await conn.execute(*_REQUESTED_LINES.statement(rows))


async def dispatched(conn: Conn, envelope: Envelope, event: TransferDispatched) -> None:
    await _status(conn, envelope, TransferStatus.DISPATCHED, "dispatched_at", event.transfer_id)
    await conn.execute(
        _DISPATCHED.sql,
        _DISPATCHED.args(
            of_transfer=event.transfer_id,
            line_nos=[ln.line_no for ln in event.lines],
            dispatched=[ln.quantity for ln in event.lines],
            unit_cost=[ln.unit_cost.amount for ln in event.lines],
            total_cost=[ln.total_cost.amount for ln in event.lines],
            currency=[ln.total_cost.currency for ln in event.lines],
        ),
    )


async def received(conn: Conn, envelope: Envelope, event: TransferReceived) -> None:
    status = TransferStatus.RECEIVED if event.complete else TransferStatus.PARTIALLY_RECEIVED
    await _status(conn, envelope, status, "last_received_at", event.transfer_id)
    await conn.execute(
        _RECEIVED.sql,
        _RECEIVED.args(
            of_transfer=event.transfer_id,
            line_nos=[ln.line_no for ln in event.lines],
            received=[ln.quantity_received for ln in event.lines],
            lost=[ln.quantity_lost for ln in event.lines],
            value_received=[ln.value_received.amount for ln in event.lines],
            loss_value=[ln.loss_value.amount for ln in event.lines],
        ),
    )


async def cancelled(conn: Conn, envelope: Envelope, transfer_id: UUID, reason: str) -> None:
    await _status(conn, envelope, TransferStatus.CANCELLED, "cancelled_at", transfer_id)
    await conn.execute(
        _CANCEL_REASON.sql, _CANCEL_REASON.args(cancel_reason=reason, of_transfer=transfer_id)
    )


async def closed(conn: Conn, envelope: Envelope, transfer_id: UUID) -> None:
    await _status(conn, envelope, TransferStatus.CLOSED, "closed_at", transfer_id)


async def _status(
    conn: Conn, envelope: Envelope, status: TransferStatus, stamp: str, transfer_id: UUID
) -> None:
    statement = _STATUS[stamp]
    cur = await conn.execute(
        statement.sql,
        statement.args(
            status=status.value,
            at=envelope.occurred_at,
            version=envelope.stream_version,
            updated_at=envelope.recorded_at,
            of_transfer=transfer_id,
        ),
    )
    if cur.rowcount != 1:
        raise RuntimeError(f"inline transfers table out of step with {envelope.stream_id}")


async def _read(conn: Conn, statement: Statement, **args: Any) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(statement.sql, statement.args(**args))
    return await _with_lines(conn, await cur.fetchall())


async def _with_lines(conn: Conn, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not found:
        return []
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(_LINES.sql, _LINES.args(transfer_ids=[t["transfer_id"] for t in found]))
    by_transfer: dict[UUID, list[dict[str, Any]]] = defaultdict(list)
    for line in await cur.fetchall():
        by_transfer[line.pop("transfer_id")].append(line)
    for transfer in found:
        transfer["lines"] = by_transfer[transfer["transfer_id"]]
        transfer["in_transit"] = sum((ln["in_transit"] for ln in transfer["lines"]), ZERO)
    return found


async def one(conn: Conn, transfer_id: UUID) -> dict[str, Any] | None:
    found = await _read(conn, _ONE, transfer_id=transfer_id)
    return found[0] if found else None


async def search(
    conn: Conn,
    *,
    status: str | None,
    warehouse: str | None,
    sku: str | None,
    limit: int,
    sort: str | None = None,
    order: Order | None = None,
    after: str | None = None,
) -> Page:
    """A page of transfers, the latest requested first unless sorted otherwise; `warehouse`
    matches either end."""
    found, next_cursor = await TRANSFERS.fetch(
        conn, sort, order, after, limit, status=status, warehouse=warehouse, sku=sku
    )
    return await _with_lines(conn, found), next_cursor
