"""Transfers between warehouses: the application layer.

Every command runs through the platform's handler, in ONE transaction with the stock it moves:

- dispatch: the transfer's state says which lines leave; the stock keeper issues them at the
  source (reason transfer_out, document = the transfer) and the StockIssued events' costs
  become the TransferDispatched the transfer records; the quantities are then put in transit
  to the destination through its stock stream (StockInTransitChanged, by the stock keeper; the
  destination position is opened if it has none, in the source's unit and currency). A line
  the source cannot give refuses the whole dispatch, with a 422 naming every such line.
- receive / close: the TransferReceived the transfer records puts the received quantities into
  the destination's stock (reason transfer_in, at the dispatched unit cost), writes the lost
  ones off there (a transit_loss adjustment at the loss value: every movement of value is a
  ledger line) and takes received and lost quantities off its in-transit, through its stock
  stream too.

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

from jxc.events.contracts.inventory import (
    StockIssued,
    TransferCancelled,
    TransferClosed,
    TransferDispatched,
    TransferReceived,
    TransferRequested,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters import stock_tables, transfer_tables
from jxc.inventory.adapters.known_names import check_known
from jxc.inventory.app.stock_keeper import Outcome, PositionCommand, StockKeeper
from jxc.inventory.domain.stock import ZERO, ChangeInTransit, Issue, IssueKind, Receive
from jxc.inventory.domain.transfer import (
    CancelTransfer,
    CloseTransfer,
    IssuedCost,
    ReceiveTransfer,
    RecordDispatch,
    RequestTransfer,
    TransferLineState,
    lines_to_dispatch,
    transfer_decider,
)
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata

TRANSFER_OUT = "transfer_out"
TRANSFER_IN = "transfer_in"


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
            await transfer_tables.open_destinations(
                conn, state.from_warehouse, state.to_warehouse, lines
            )
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

    async def _recorded(self, conn: Conn, appended: Appended[Any]) -> None:
        for envelope, event in appended.events:
            match event:
                case TransferRequested():
                    await transfer_tables.insert(conn, envelope, event)
                case TransferDispatched():
                    await self._in_transit(
                        conn,
                        envelope,
                        event.to_warehouse,
                        [(line.sku, line.unit, line.quantity) for line in event.lines],
                    )
                    await transfer_tables.dispatched(conn, envelope, event)
                case TransferReceived():
                    await self._put_away(conn, envelope, event)
                    await self._in_transit(
                        conn,
                        envelope,
                        event.to_warehouse,
                        [
                            (line.sku, line.unit, -(line.quantity_received + line.quantity_lost))
                            for line in event.lines
                        ],
                    )
                    await transfer_tables.received(conn, envelope, event)
                case TransferClosed():
                    await transfer_tables.closed(conn, envelope, event.transfer_id)
                case TransferCancelled():
                    await transfer_tables.cancelled(conn, envelope, event.transfer_id, event.reason)
                case _:
                    raise TypeError(f"transfers do not record {event.event_type}")

    async def _in_transit(
        self,
        conn: Conn,
        envelope: Envelope,
        warehouse: str,
        changes: Iterable[tuple[str, str, Decimal]],
    ) -> None:
        """Goods in transit to `warehouse` change through its stock streams, one change per
        SKU (a transfer may carry a SKU on several lines)."""
        by_sku: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
        for sku, unit, change in changes:
            by_sku[(sku, unit)] += change
        orders = [
            PositionCommand(
                sku,
                warehouse,
                ChangeInTransit(change, unit, _transfer_of(envelope)),
                _caused_by(envelope),
            )
            for (sku, unit), change in sorted(by_sku.items())
            if change != 0
        ]
        await self.keeper.execute(conn, orders, stop_on_error=True)

    async def _put_away(self, conn: Conn, envelope: Envelope, event: TransferReceived) -> None:
        """The received quantities enter the destination's stock at the dispatched cost; the
        lost ones enter and are written off at their loss value (reason transit_loss), so the
        destination's ledger shows all that was sent and what of it was lost."""
        await stock_tables.lock_position_rows(
            conn, [(line.sku, event.to_warehouse) for line in event.lines]
        )
        meta = _caused_by(envelope)
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
        async with reading(self.commands.pool) as conn:
            found = await transfer_tables.one(conn, transfer_id)
        if found is None:
            raise NotFound(f"there is no transfer {transfer_id}", fields=("transfer_id",))
        return found

    async def transfers(
        self,
        *,
        status: str | None = None,
        warehouse: str | None = None,
        sku: str | None = None,
        limit: int = 100,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        """A page of transfers, the latest first unless sorted otherwise; `warehouse` matches
        either end."""
        async with reading(self.commands.pool) as conn:
            return await transfer_tables.search(
                conn,
                status=status,
                warehouse=warehouse,
                sku=sku,
                limit=limit,
                sort=sort,
                order=order,
                after=after,
            )


def _stream(transfer_id: UUID) -> str:
    return transfer_decider.stream_id(transfer_id)


def _transfer_of(envelope: Envelope) -> UUID:
    """The transfer whose stream recorded `envelope`."""
    return UUID(envelope.stream_id.removeprefix(f"{transfer_decider.stream_prefix}-"))


def _caused_by(envelope: Envelope) -> Metadata:
    """The metadata of stock commands a transfer's event causes."""
    return Metadata(
        occurred_at=envelope.occurred_at,
        correlation_id=envelope.correlation_id,
        causation_id=envelope.event_id,
    )


# --- stock side ----------------------------------------------------------------------------


async def _check_units(conn: Conn, command: RequestTransfer) -> None:
    """A registered item is moved in its own unit (the stock core would refuse it later)."""
    units = await stock_tables.item_units(conn, [line.sku.strip() for line in command.lines])
    for i, line in enumerate(command.lines):
        unit = units.get(line.sku.strip())
        if unit is not None and line.unit.strip() != unit:
            raise DomainError(
                f"line {line.line_no} ({line.sku.strip()}): the item is kept in {unit}, "
                f"not {line.unit.strip()}",
                fields=(f"lines[{i}].unit",),
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


__all__ = ["TRANSFER_IN", "TRANSFER_OUT", "Transfers"]
