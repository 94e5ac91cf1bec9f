"""Transfers between warehouses: the application layer.

Every command runs through the platform's handler, in ONE transaction with the stock it moves:

- dispatch: the transfer's state says which lines leave; the stock keeper issues them at the
  source (reason transfer_out, document = the transfer) and the StockIssued events' costs
  become the TransferDispatched the transfer records; the quantities are then added to the
  destination position's `in_transit` (the destination row is opened if it has none, in the
  source's unit and currency). A line the source cannot give refuses the whole dispatch, with
  a 422 naming every such line.
- receive / close: the TransferReceived the transfer records puts the received quantities into
  the destination's stock (reason transfer_in, at the dispatched unit cost), writes the lost
  ones off there (a transit_loss adjustment at the loss value: every movement of value is a
  ledger line) and takes received and lost quantities off `in_transit`.

A version clash on the transfer rolls all of it back and the handler retries from the start.
Positions are locked in (sku, warehouse) order before anything moves — the order the stock
keeper locks in — so transfers in opposite directions never deadlock. The inline tables
`transfers` and `transfer_lines` are written in the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    StockIssued,
    TransferCancelled,
    TransferClosed,
    TransferDispatched,
    TransferReceived,
    TransferRequested,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters import stock_tables
from jxc.inventory.adapters.known_names import check_known
from jxc.inventory.app.stock_keeper import Outcome, PositionCommand, StockKeeper
from jxc.inventory.domain.stock import ZERO, Issue, IssueKind, Receive
from jxc.inventory.domain.transfer import (
    CancelTransfer,
    CloseTransfer,
    IssuedCost,
    ReceiveTransfer,
    RecordDispatch,
    RequestTransfer,
    TransferLineState,
    TransferStatus,
    lines_to_dispatch,
    transfer_decider,
)
from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.store import Conn, Metadata

TRANSFER_OUT = "transfer_out"
TRANSFER_IN = "transfer_in"

_TRANSFER_COLUMNS = (
    "transfer_id, from_warehouse, to_warehouse, status, note, cancel_reason, requested_at, "
    "dispatched_at, last_received_at, closed_at, cancelled_at, version, updated_at"
)
_LINE_COLUMNS = (
    "transfer_id, line_no, sku, unit, lot, from_location, quantity, dispatched, received, lost, "
    "dispatched - received - lost AS in_transit, unit_cost, total_cost, value_received, "
    "loss_value, currency"
)


class Transfers:
    def __init__(self, commands: CommandHandler, keeper: StockKeeper) -> None:
        self.commands = commands
        self.keeper = keeper

    # --- commands -------------------------------------------------------------------------

    async def request(
        self, command: RequestTransfer, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def checked(conn: Conn) -> RequestTransfer:
            await check_known(
                conn,
                warehouses=[
                    (command.from_warehouse.strip(), "from_warehouse"),
                    (command.to_warehouse.strip(), "to_warehouse"),
                ],
                skus=[
                    (line.sku.strip(), f"lines[{i}].sku") for i, line in enumerate(command.lines)
                ],
            )
            await _check_units(conn, command)
            return command

        return await self._handle(command.transfer_id, checked, meta, "request", idempotency)

    async def dispatch(
        self, transfer_id: UUID, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def issue(conn: Conn) -> RecordDispatch:
            fold = await self.commands.load(conn, transfer_decider, _stream(transfer_id))
            lines = lines_to_dispatch(transfer_id, fold.state)
            state = fold.state
            await _open_destinations(conn, state.from_warehouse, state.to_warehouse, lines)
            await stock_tables.lock_position_rows(
                conn,
                [(line.sku, state.from_warehouse) for line in lines]
                + [(line.sku, state.to_warehouse) for line in lines],
            )
            orders = [
                PositionCommand(
                    line.sku,
                    state.from_warehouse,
                    Issue(
                        quantity=line.quantity,
                        unit=line.unit,
                        reason=TRANSFER_OUT,
                        location=line.from_location,
                        lot=line.lot,
                        document_id=transfer_id,
                        kind=IssueKind.TRANSFER_OUT,
                    ),
                    meta,
                )
                for line in lines
            ]
            outcomes = await self.keeper.execute(conn, orders, stop_on_error=False)
            _refuse_failed(
                f"transfer {transfer_id} cannot be dispatched from {state.from_warehouse}",
                [
                    (line.line_no, f"lines[{i}].quantity", outcome)
                    for i, (line, outcome) in enumerate(zip(lines, outcomes, strict=True))
                ],
            )
            return RecordDispatch(
                transfer_id,
                issued=[
                    _issued_cost(line, outcome)
                    for line, outcome in zip(lines, outcomes, strict=True)
                ],
            )

        return await self._handle(transfer_id, issue, meta, "dispatch", idempotency)

    async def receive(
        self, command: ReceiveTransfer, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self._handle(command.transfer_id, command, meta, "receive", idempotency)

    async def close(
        self, command: CloseTransfer, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self._handle(command.transfer_id, command, meta, "close", idempotency)

    async def cancel(
        self, command: CancelTransfer, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self._handle(command.transfer_id, command, meta, "cancel", idempotency)

    async def _handle(
        self,
        transfer_id: UUID,
        command: Any,
        meta: Metadata,
        name: str,
        idempotency: dict[str, Any],
    ) -> CommandResult:
        return await self.commands.handle(
            transfer_decider,
            _stream(transfer_id),
            command,
            meta,
            name=f"{name}-transfer",
            after_append=self._recorded,
            **idempotency,
        )

    # --- what follows the events, in their transaction ------------------------------------

    async def _recorded(self, conn: Conn, recorded: Sequence[tuple[Envelope, DomainEvent]]) -> None:
        for envelope, event in recorded:
            match event:
                case TransferRequested():
                    await _insert(conn, envelope, event)
                case TransferDispatched():
                    await _change_in_transit(
                        conn,
                        event.to_warehouse,
                        [(line.sku, line.quantity) for line in event.lines],
                    )
                    await _dispatched(conn, envelope, event)
                case TransferReceived():
                    await self._put_away(conn, envelope, event)
                    await _change_in_transit(
                        conn,
                        event.to_warehouse,
                        [
                            (line.sku, -(line.quantity_received + line.quantity_lost))
                            for line in event.lines
                        ],
                    )
                    await _received(conn, envelope, event)
                case TransferClosed():
                    await _status(conn, envelope, TransferStatus.CLOSED, "closed_at")
                case TransferCancelled():
                    await _status(conn, envelope, TransferStatus.CANCELLED, "cancelled_at")
                    await conn.execute(
                        "UPDATE transfers SET cancel_reason = %s WHERE transfer_id = %s",
                        (event.reason, event.transfer_id),
                    )
                case _:
                    raise TypeError(f"transfers do not record {event.event_type}")

    async def _put_away(self, conn: Conn, envelope: Envelope, event: TransferReceived) -> None:
        """The received quantities enter the destination's stock at the dispatched cost; the
        lost ones enter and are written off at their loss value (reason transit_loss), so the
        destination's ledger shows all that was sent and what of it was lost."""
        await stock_tables.lock_position_rows(
            conn, [(line.sku, event.to_warehouse) for line in event.lines]
        )
        meta = Metadata(
            occurred_at=envelope.occurred_at,
            correlation_id=envelope.correlation_id,
            causation_id=envelope.event_id,
        )
        arriving = [line for line in event.lines if line.quantity_received + line.quantity_lost > 0]
        orders = [
            PositionCommand(
                line.sku,
                event.to_warehouse,
                Receive(
                    quantity=line.quantity_received,
                    unit=line.unit,
                    unit_cost=line.unit_cost.amount,
                    currency=line.unit_cost.currency,
                    location=line.location,
                    lot=line.lot,
                    reason=TRANSFER_IN,
                    source_event_id=envelope.event_id,
                    document_id=event.transfer_id,
                    lost=line.quantity_lost,
                    lost_value=line.loss_value.amount,
                ),
                meta,
                cause=(envelope.event_id, line.line_no),
            )
            for line in arriving
        ]
        outcomes = await self.keeper.execute(conn, orders, stop_on_error=False)
        _refuse_failed(
            f"transfer {event.transfer_id} cannot be received in {event.to_warehouse}",
            [
                (line.line_no, "lines", outcome)
                for line, outcome in zip(arriving, outcomes, strict=True)
            ],
        )

    # --- queries --------------------------------------------------------------------------

    async def transfer(self, transfer_id: UUID) -> dict[str, Any]:
        async with self.commands.pool.connection() as conn:
            found = await _read(conn, "WHERE transfer_id = %(id)s", {"id": transfer_id})
        if not found:
            raise NotFound(f"there is no transfer {transfer_id}", fields=("transfer_id",))
        return found[0]

    async def transfers(
        self,
        *,
        status: str | None = None,
        warehouse: str | None = None,
        sku: str | None = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """The latest transfers first; `warehouse` matches either end."""
        async with self.commands.pool.connection() as conn:
            return await _read(
                conn,
                "WHERE (%(status)s::text IS NULL OR status = %(status)s) "
                "AND (%(wh)s::text IS NULL OR from_warehouse = %(wh)s OR to_warehouse = %(wh)s) "
                "AND (%(sku)s::text IS NULL OR transfer_id IN "
                "     (SELECT transfer_id FROM transfer_lines WHERE sku = %(sku)s)) "
                "ORDER BY requested_at DESC, transfer_id LIMIT %(limit)s",
                {"status": status, "wh": warehouse, "sku": sku, "limit": limit},
            )


def _stream(transfer_id: UUID) -> str:
    return transfer_decider.stream_id(transfer_id)


# --- stock side ----------------------------------------------------------------------------


async def _check_units(conn: Conn, command: RequestTransfer) -> None:
    """A registered item is moved in its own unit (the stock core would refuse it later)."""
    cur = await conn.execute(
        "SELECT sku, unit FROM items WHERE sku = ANY(%s)",
        ([line.sku.strip() for line in command.lines],),
    )
    units = {sku: unit for sku, unit in await cur.fetchall()}
    for i, line in enumerate(command.lines):
        unit = units.get(line.sku.strip())
        if unit is not None and line.unit.strip() != unit:
            raise DomainError(
                f"line {line.line_no} ({line.sku.strip()}): the item is kept in {unit}, "
                f"not {line.unit.strip()}",
                fields=(f"lines[{i}].unit",),
            )


async def _open_destinations(
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


async def _change_in_transit(
    conn: Conn, warehouse: str, changes: Iterable[tuple[str, Decimal]]
) -> None:
    by_sku: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for sku, change in changes:
        by_sku[sku] += change
    moved = {sku: change for sku, change in sorted(by_sku.items()) if change != 0}
    if not moved:
        return
    cur = await conn.execute(
        "UPDATE stock_positions p SET in_transit = p.in_transit + v.change, updated_at = now() "
        "FROM unnest(%s::text[], %s::numeric[]) AS v(sku, change) "
        "WHERE p.sku = v.sku AND p.warehouse = %s",
        (list(moved), list(moved.values()), warehouse),
    )
    if cur.rowcount != len(moved):
        # The dispatch opened these rows: a missing one means the tables drifted apart.
        raise RuntimeError(
            f"stock positions in {warehouse} missing for in-transit goods: {sorted(moved)}"
        )


def _refuse_failed(what: str, outcomes: Sequence[tuple[int, str, Outcome]]) -> None:
    """One refusal naming every line the stock core refused: (line number, the field that
    names the line's quantity, outcome). Raising rolls the whole transaction back."""
    failed = [(line_no, at, o.error) for line_no, at, o in outcomes if o.error is not None]
    if not failed:
        return
    parts = [f"line {line_no}: {error.message}" for line_no, _, error in failed]
    first_line, _, first = failed[0]
    context: dict[str, Any] = {"line_no": first_line}
    if "available" in first.context:
        context["available"] = first.context["available"]
    raise DomainError(f"{what}: " + "; ".join(parts), fields=[at for _, at, _ in failed], **context)


def _issued_cost(line: TransferLineState, outcome: Outcome) -> IssuedCost:
    issued = [e for e in outcome.events if isinstance(e, StockIssued)]
    quantity = sum((e.quantity for e in issued), ZERO)
    total = sum((e.total_cost.amount for e in issued), ZERO)
    currency = issued[0].total_cost.currency if issued else ""
    return IssuedCost(line.line_no, quantity, total, currency)


# --- inline read tables --------------------------------------------------------------------


async def _insert(conn: Conn, envelope: Envelope, event: TransferRequested) -> None:
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


async def _dispatched(conn: Conn, envelope: Envelope, event: TransferDispatched) -> None:
    await _status(conn, envelope, TransferStatus.DISPATCHED, "dispatched_at")
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


async def _received(conn: Conn, envelope: Envelope, event: TransferReceived) -> None:
    status = TransferStatus.RECEIVED if event.complete else TransferStatus.PARTIALLY_RECEIVED
    await _status(conn, envelope, status, "last_received_at")
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


async def _status(conn: Conn, envelope: Envelope, status: TransferStatus, stamp: str) -> None:
    transfer_id = UUID(envelope.stream_id.removeprefix(f"{transfer_decider.stream_prefix}-"))
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


async def _read(conn: Conn, where: str, params: dict[str, Any]) -> list[dict[str, Any]]:
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


__all__ = ["TRANSFER_IN", "TRANSFER_OUT", "Transfers"]
