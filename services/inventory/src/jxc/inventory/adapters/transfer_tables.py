"""The transfers' inline tables `transfers` and `transfer_lines`, written in the transaction of
the events, and the destination positions a dispatch opens (their in-transit quantity changes
through their stock streams, by the stock keeper)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row

from jxc.events.contracts.inventory import (
    TransferDispatched,
    TransferReceived,
    TransferRequested,
)
from jxc.events.envelope import Envelope
from jxc.inventory.domain.stock import ZERO
from jxc.inventory.domain.transfer import TransferLineState, TransferStatus
from jxc.platform.store import Conn

_TRANSFER_COLUMNS = (
    "transfer_id, from_warehouse, to_warehouse, status, note, cancel_reason, requested_at, "
    "dispatched_at, last_received_at, closed_at, cancelled_at, version, updated_at"
)
_LINE_COLUMNS = (
    "transfer_id, line_no, sku, unit, lot, from_location, quantity, dispatched, received, lost, "
    "dispatched - received - lost AS in_transit, unit_cost, total_cost, value_received, "
    "loss_value, currency"
)


async def open_destinations(
    conn: Conn, source: str, destination: str, lines: Iterable[TransferLineState]
) -> None:
    """Give the destination a position for every SKU the source holds, in the source's unit
    and currency, so its in-transit quantity has a row to live on. First, before any lock."""
    await conn.execute(
        "INSERT INTO stock_positions (sku, warehouse, unit, currency) "
        "SELECT sku, %s, unit, currency FROM stock_positions "
        "WHERE warehouse = %s AND sku = ANY(%s) ORDER BY sku ON CONFLICT DO NOTHING",
        (destination, source, sorted({line.sku for line in lines})),
    )


# --- the inline tables --------------------------------------------------------------------


async def insert(conn: Conn, envelope: Envelope, event: TransferRequested) -> None:
    await conn.execute(
        "INSERT INTO transfers (transfer_id, from_warehouse, to_warehouse, status, note, "
        "requested_at, version, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
        (
            event.transfer_id,
            event.from_warehouse,
            event.to_warehouse,
            TransferStatus.REQUESTED.value,
            event.note,
            envelope.occurred_at,
            envelope.stream_version,
            envelope.recorded_at,
        ),
    )
    rows = [
        (event.transfer_id, ln.line_no, ln.sku, ln.unit, ln.lot, ln.from_location, ln.quantity)
        for ln in event.lines
    ]
    await conn.execute(
        "INSERT INTO transfer_lines (transfer_id, line_no, sku, unit, lot, from_location, "
        "quantity) SELECT * FROM unnest(%s::uuid[], %s::int[], %s::text[], %s::text[], "
        "%s::text[], %s::text[], %s::numeric[])",
        [list(c) for c in zip(*rows, strict=True)],
    )


async def dispatched(conn: Conn, envelope: Envelope, event: TransferDispatched) -> None:
    await _status(conn, envelope, TransferStatus.DISPATCHED, "dispatched_at", event.transfer_id)
    await conn.execute(
        "UPDATE transfer_lines l SET dispatched = v.quantity, unit_cost = v.unit_cost, "
        "total_cost = v.total_cost, currency = v.currency "
        "FROM unnest(%s::int[], %s::numeric[], %s::numeric[], %s::numeric[], %s::text[]) "
        "AS v(line_no, quantity, unit_cost, total_cost, currency) "
        "WHERE l.transfer_id = %s AND l.line_no = v.line_no",
        (
            [ln.line_no for ln in event.lines],
            [ln.quantity for ln in event.lines],
            [ln.unit_cost.amount for ln in event.lines],
            [ln.total_cost.amount for ln in event.lines],
            [ln.total_cost.currency for ln in event.lines],
            event.transfer_id,
        ),
    )


async def received(conn: Conn, envelope: Envelope, event: TransferReceived) -> None:
    status = TransferStatus.RECEIVED if event.complete else TransferStatus.PARTIALLY_RECEIVED
    await _status(conn, envelope, status, "last_received_at", event.transfer_id)
    await conn.execute(
        "UPDATE transfer_lines l SET received = l.received + v.received, lost = l.lost + v.lost, "
        "value_received = l.value_received + v.value_received, "
        "loss_value = l.loss_value + v.loss_value "
        "FROM unnest(%s::int[], %s::numeric[], %s::numeric[], %s::numeric[], %s::numeric[]) "
        "AS v(line_no, received, lost, value_received, loss_value) "
        "WHERE l.transfer_id = %s AND l.line_no = v.line_no",
        (
            [ln.line_no for ln in event.lines],
            [ln.quantity_received for ln in event.lines],
            [ln.quantity_lost for ln in event.lines],
            [ln.value_received.amount for ln in event.lines],
            [ln.loss_value.amount for ln in event.lines],
            event.transfer_id,
        ),
    )


async def cancelled(conn: Conn, envelope: Envelope, transfer_id: UUID, reason: str) -> None:
    await _status(conn, envelope, TransferStatus.CANCELLED, "cancelled_at", transfer_id)
    await conn.execute(
        "UPDATE transfers SET cancel_reason = %s WHERE transfer_id = %s", (reason, transfer_id)
    )


async def closed(conn: Conn, envelope: Envelope, transfer_id: UUID) -> None:
    await _status(conn, envelope, TransferStatus.CLOSED, "closed_at", transfer_id)


async def _status(
    conn: Conn, envelope: Envelope, status: TransferStatus, stamp: str, transfer_id: UUID
) -> None:
    cur = await conn.execute(
        f"UPDATE transfers SET status = %s, {stamp} = %s, version = %s, updated_at = %s "
        "WHERE transfer_id = %s",
        (
            status.value,
            envelope.occurred_at,
            envelope.stream_version,
            envelope.recorded_at,
            transfer_id,
        ),
    )
    if cur.rowcount != 1:
        raise RuntimeError(f"inline transfers table out of step with {envelope.stream_id}")


async def read(conn: Conn, where: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(f"SELECT {_TRANSFER_COLUMNS} FROM transfers {where}", params)
    transfers: list[dict[str, Any]] = await cur.fetchall()
    if not transfers:
        return []
    await cur.execute(
        f"SELECT {_LINE_COLUMNS} FROM transfer_lines WHERE transfer_id = ANY(%s) "
        "ORDER BY transfer_id, line_no",
        ([t["transfer_id"] for t in transfers],),
    )
    lines: dict[UUID, list[dict[str, Any]]] = defaultdict(list)
    for line in await cur.fetchall():
        lines[line.pop("transfer_id")].append(line)
    for transfer in transfers:
        transfer["lines"] = lines[transfer["transfer_id"]]
        transfer["in_transit"] = sum((ln["in_transit"] for ln in transfer["lines"]), ZERO)
    return transfers


async def one(conn: Conn, transfer_id: UUID) -> dict[str, Any] | None:
    found = await read(conn, "WHERE transfer_id = %(id)s", {"id": transfer_id})
    return found[0] if found else None


async def search(
    conn: Conn, *, status: str | None, warehouse: str | None, sku: str | None, limit: int
) -> list[dict[str, Any]]:
    """The latest transfers first; `warehouse` matches either end."""
    return await read(
        conn,
        "WHERE (%(status)s::text IS NULL OR status = %(status)s) "
        "AND (%(wh)s::text IS NULL OR from_warehouse = %(wh)s OR to_warehouse = %(wh)s) "
        "AND (%(sku)s::text IS NULL OR transfer_id IN "
        "     (SELECT transfer_id FROM transfer_lines WHERE sku = %(sku)s)) "
        "ORDER BY requested_at DESC, transfer_id LIMIT %(limit)s",
        {"status": status, "wh": warehouse, "sku": sku, "limit": limit},
    )
