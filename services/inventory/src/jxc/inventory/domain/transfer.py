"""A transfer of goods between two warehouses. Pure: no I/O, no clock, no ids made here.
Stream `transfer-<id>`.

    requested --dispatch--> dispatched --receive--> partially_received --receive--> received
        |                        |                                                      |
      cancel                     +--------- close, declaring the rest lost -------------+-> closed

- Request: lines of SKU x quantity (optionally a lot and a source location) from one warehouse
  to another. Nothing moves yet; a requested transfer may be cancelled.
- Dispatch: every line leaves the source in full (an inventory.StockIssued, reason
  transfer_out, recorded in the same transaction); the cost the source's valuation gave the
  goods travels with them: `RecordDispatch` carries what the issues took out and the decider
  keeps each line's total cost and its average unit cost. A dispatched transfer cannot be
  cancelled: its goods are on the road.
- Receive, one or more times: per line what arrived (`quantity_received`, entering the
  destination's stock at the dispatched unit cost) and what is known to be lost
  (`quantity_lost`, valued at the same cost for finance). Received + lost can never exceed
  what is still in transit. When nothing of any line is in transit any more the transfer is
  `received`; until then `partially_received`.
- Close: a received transfer closes. One that still has goods in transit closes only when the
  closer declares the rest lost (`declare_outstanding_lost`), which records a last
  TransferReceived with those losses before TransferClosed. A receipt may also say `close`:
  it is then the final receipt, and whatever it does not account for is lost.

Values: the loss of a line is quantity x dispatched unit cost; the receipt that settles a line
(nothing left in transit) makes its loss value the exact remainder of the value dispatched, so
what left the source is always exactly what arrived plus what was lost, to the millionth.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import assert_never
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import (
    TransferCancelled,
    TransferClosed,
    TransferDispatched,
    TransferDispatchedLine,
    TransferLine,
    TransferReceived,
    TransferReceivedLine,
    TransferRequested,
)
from jxc.events.limits import MAX_CODE, MAX_REASON, MAX_UNIT
from jxc.inventory.domain.stock import ZERO, money
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_code, check_quantity, check_text, fmt, optional_text

MAX_LINES = 500
MAX_NOTE = MAX_REASON


class TransferStatus(StrEnum):
    REQUESTED = "requested"
    DISPATCHED = "dispatched"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


# --- commands ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestedLine:
    line_no: int
    sku: str
    quantity: Decimal
    unit: str
    lot: str | None = None
    from_location: str | None = None


@dataclass(frozen=True, slots=True)
class RequestTransfer:
    transfer_id: UUID
    from_warehouse: str
    to_warehouse: str
    lines: Sequence[RequestedLine]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class IssuedCost:
    """What the source's stock issue took out for one line: the quantity and its total cost."""

    line_no: int
    quantity: Decimal
    total_cost: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class RecordDispatch:
    """The transfer left the source: built by the application from the StockIssued events
    of the same transaction (see `lines_to_dispatch`)."""

    transfer_id: UUID
    issued: Sequence[IssuedCost]


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    line_no: int
    quantity_received: Decimal
    quantity_lost: Decimal = ZERO
    location: str | None = None  # where at the destination the goods are put


@dataclass(frozen=True, slots=True)
class ReceiveTransfer:
    """Goods arrived. With `close`, this is the last receipt: whatever is still in transit
    after it (on any line) is declared lost and the transfer is closed."""

    transfer_id: UUID
    lines: Sequence[ReceiptLine]
    close: bool = False


@dataclass(frozen=True, slots=True)
class CloseTransfer:
    transfer_id: UUID
    declare_outstanding_lost: bool = False


@dataclass(frozen=True, slots=True)
class CancelTransfer:
    transfer_id: UUID
    reason: str


TransferCommand = (
    RequestTransfer | RecordDispatch | ReceiveTransfer | CloseTransfer | CancelTransfer
)


# --- state ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TransferLineState:
    line_no: int
    sku: str
    unit: str
    quantity: Decimal
    lot: str | None = None
    from_location: str | None = None
    dispatched: Decimal = ZERO
    unit_cost: Decimal = ZERO
    total_cost: Decimal = ZERO
    currency: str = ""
    received: Decimal = ZERO
    lost: Decimal = ZERO
    value_received: Decimal = ZERO
    loss_value: Decimal = ZERO

    @property
    def in_transit(self) -> Decimal:
        return self.dispatched - self.received - self.lost

    @property
    def name(self) -> str:
        return f"line {self.line_no} ({self.sku})"


@dataclass(frozen=True, slots=True)
class TransferState:
    status: TransferStatus | None = None
    transfer_id: UUID | None = None
    from_warehouse: str = ""
    to_warehouse: str = ""
    lines: tuple[TransferLineState, ...] = ()
    note: str | None = None

    def line(self, line_no: int) -> TransferLineState | None:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        return None

    @property
    def in_transit(self) -> Decimal:
        return sum((line.in_transit for line in self.lines), ZERO)


# --- decide --------------------------------------------------------------------------------


def decide(command: TransferCommand, state: TransferState) -> Sequence[DomainEvent]:
    match command:
        case RequestTransfer():
            return _request(command, state)
        case RecordDispatch():
            return _dispatch(command, state)
        case ReceiveTransfer():
            return _receive(command, state)
        case CloseTransfer():
            return _close(command, state)
        case CancelTransfer():
            return _cancel(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


def lines_to_dispatch(transfer_id: UUID, state: TransferState) -> tuple[TransferLineState, ...]:
    """The lines a dispatch issues from the source now, or the reason it cannot happen.
    The application asks this before it takes any stock."""
    _exists(transfer_id, state)
    if state.status is TransferStatus.REQUESTED:
        return state.lines
    if state.status is TransferStatus.CANCELLED:
        raise StateConflict(
            f"transfer {transfer_id} was cancelled; it cannot be dispatched",
            fields=("transfer_id",),
            transfer_status=_said(state.status),
        )
    raise StateConflict(
        f"transfer {transfer_id} was already dispatched (it is {_said(state.status)}); "
        "a transfer is dispatched once",
        fields=("transfer_id",),
        transfer_status=_said(state.status),
    )


def _request(command: RequestTransfer, state: TransferState) -> list[DomainEvent]:
    if state.status is not None:
        raise StateConflict(
            f"transfer {command.transfer_id} already exists (it is {_said(state.status)}, "
            f"from {state.from_warehouse} to {state.to_warehouse})",
            fields=("transfer_id",),
            transfer_status=_said(state.status),
        )
    source = check_code(command.from_warehouse, "from_warehouse", "the source warehouse")
    destination = check_code(command.to_warehouse, "to_warehouse", "the destination warehouse")
    if source == destination:
        raise DomainError(
            f"a transfer moves goods between two warehouses; {source} is both its source and "
            "its destination (move goods between locations of one warehouse instead)",
            fields=("to_warehouse",),
        )
    if not command.lines:
        raise DomainError("a transfer needs at least one line", fields=("lines",))
    if len(command.lines) > MAX_LINES:
        raise DomainError(
            f"a transfer has at most {MAX_LINES} lines; this one has {len(command.lines)}",
            fields=("lines",),
        )
    seen: set[int] = set()
    lines: list[TransferLine] = []
    for i, line in enumerate(command.lines):
        at = f"lines[{i}]"
        if line.line_no < 1:
            raise DomainError(
                f"line numbers start at 1; {at} has {line.line_no}", fields=(f"{at}.line_no",)
            )
        if line.line_no in seen:
            raise DomainError(
                f"line {line.line_no} appears twice; every line needs its own number",
                fields=(f"{at}.line_no",),
            )
        seen.add(line.line_no)
        sku = check_code(line.sku, f"{at}.sku", f"the SKU of line {line.line_no}")
        name = f"line {line.line_no} ({sku})"
        lines.append(
            TransferLine(
                line_no=line.line_no,
                sku=sku,
                quantity=check_quantity(line.quantity, f"{at}.quantity", f"{name}: the quantity"),
                unit=check_text(line.unit, f"{at}.unit", f"{name}: the unit", max_length=MAX_UNIT),
                lot=optional_text(line.lot, f"{at}.lot", f"{name}: the lot", max_length=MAX_CODE),
                from_location=(
                    None
                    if line.from_location is None or not line.from_location.strip()
                    else check_code(
                        line.from_location, f"{at}.from_location", f"{name}: the location"
                    )
                ),
            )
        )
    return [
        TransferRequested(
            transfer_id=command.transfer_id,
            from_warehouse=source,
            to_warehouse=destination,
            lines=lines,
            note=optional_text(command.note, "note", "the note", max_length=MAX_NOTE),
        )
    ]


def _dispatch(command: RecordDispatch, state: TransferState) -> list[DomainEvent]:
    lines = lines_to_dispatch(command.transfer_id, state)
    issued = {cost.line_no: cost for cost in command.issued}
    if len(issued) != len(command.issued) or set(issued) != {line.line_no for line in lines}:
        raise DomainError(
            f"the dispatch of transfer {command.transfer_id} must account for each of its lines "
            f"once: lines {sorted(line.line_no for line in lines)}, "
            f"issued {sorted(c.line_no for c in command.issued)}",
            fields=("lines",),
        )
    dispatched: list[TransferDispatchedLine] = []
    for line in lines:
        cost = issued[line.line_no]
        if cost.quantity != line.quantity:
            raise DomainError(
                f"{line.name}: {fmt(line.quantity)} {line.unit} were requested but "
                f"{fmt(cost.quantity)} were issued; a dispatch sends every line in full",
                fields=("lines",),
            )
        if not cost.total_cost.is_finite() or cost.total_cost < 0:
            raise DomainError(
                f"{line.name}: the cost issued cannot be negative", fields=("total_cost",)
            )
        total = money(cost.total_cost)
        dispatched.append(
            TransferDispatchedLine(
                line_no=line.line_no,
                sku=line.sku,
                quantity=line.quantity,
                unit=line.unit,
                unit_cost=Money(amount=money(total / line.quantity), currency=cost.currency),
                total_cost=Money(amount=total, currency=cost.currency),
            )
        )
    return [
        TransferDispatched(
            transfer_id=command.transfer_id,
            from_warehouse=state.from_warehouse,
            to_warehouse=state.to_warehouse,
            lines=dispatched,
        )
    ]


def _receivable(transfer_id: UUID, state: TransferState, doing: str) -> None:
    _exists(transfer_id, state)
    match state.status:
        case TransferStatus.DISPATCHED | TransferStatus.PARTIALLY_RECEIVED:
            return
        case TransferStatus.REQUESTED:
            raise StateConflict(
                f"transfer {transfer_id} has not been dispatched yet; nothing is in transit "
                f"to {doing}",
                fields=("transfer_id",),
                transfer_status=_said(state.status),
            )
        case TransferStatus.RECEIVED:
            raise StateConflict(
                f"everything of transfer {transfer_id} was already received or declared lost; "
                "nothing is in transit any more (close it)",
                fields=("transfer_id",),
                transfer_status=_said(state.status),
            )
        case _:
            raise StateConflict(
                f"transfer {transfer_id} is {_said(state.status)}; nothing can be received",
                fields=("transfer_id",),
                transfer_status=_said(state.status),
            )


def _receive(command: ReceiveTransfer, state: TransferState) -> list[DomainEvent]:
    _receivable(command.transfer_id, state, "receive")
    if not command.lines and not command.close:
        raise DomainError(
            "a receipt needs at least one line (or `close` to declare everything still in "
            "transit lost)",
            fields=("lines",),
        )
    counted: dict[int, tuple[Decimal, Decimal, str | None]] = {}
    for i, receipt in enumerate(command.lines):
        at = f"lines[{i}]"
        line = state.line(receipt.line_no)
        if line is None:
            raise DomainError(
                f"transfer {command.transfer_id} has no line {receipt.line_no}; its lines are "
                f"{', '.join(str(x.line_no) for x in state.lines)}",
                fields=(f"{at}.line_no",),
            )
        if receipt.line_no in counted:
            raise DomainError(
                f"line {receipt.line_no} appears twice in this receipt; give it once with "
                "everything that arrived",
                fields=(f"{at}.line_no",),
            )
        received = check_quantity(
            receipt.quantity_received,
            f"{at}.quantity_received",
            f"{line.name}: the quantity received",
            zero=True,
        )
        lost = check_quantity(
            receipt.quantity_lost,
            f"{at}.quantity_lost",
            f"{line.name}: the quantity lost",
            zero=True,
        )
        if received == 0 and lost == 0:
            raise DomainError(
                f"{line.name}: nothing received and nothing lost; a receipt line must account "
                "for some goods",
                fields=(f"{at}.quantity_received", f"{at}.quantity_lost"),
            )
        if received + lost > line.in_transit:
            raise DomainError(
                f"{line.name}: {fmt(received)} {line.unit} received and {fmt(lost)} lost, "
                f"but only {fmt(line.in_transit)} {line.unit} are in transit "
                f"({fmt(line.dispatched)} dispatched, {fmt(line.received)} received and "
                f"{fmt(line.lost)} lost before); more cannot arrive than was dispatched",
                fields=(f"{at}.quantity_received", f"{at}.quantity_lost"),
                line_no=line.line_no,
                in_transit=line.in_transit,
            )
        location = None
        if receipt.location is not None and receipt.location.strip():
            location = check_code(receipt.location, f"{at}.location", f"{line.name}: the location")
        counted[receipt.line_no] = (received, lost, location)
    if command.close:  # the final receipt: what it does not account for is lost
        for line in state.lines:
            received, lost, location = counted.get(line.line_no, (ZERO, ZERO, None))
            rest = line.in_transit - received - lost
            if rest > 0:
                counted[line.line_no] = (received, lost + rest, location)
    events: list[DomainEvent] = [_received(command.transfer_id, state, counted)]
    if command.close:
        events.append(TransferClosed(transfer_id=command.transfer_id))
    return events


def _received(
    transfer_id: UUID,
    state: TransferState,
    counted: Mapping[int, tuple[Decimal, Decimal, str | None]],
) -> TransferReceived:
    lines: list[TransferReceivedLine] = []
    for line in state.lines:  # in the transfer's order, whatever the receipt's
        if line.line_no not in counted:
            continue
        received, lost, location = counted[line.line_no]
        after = line.in_transit - received - lost
        value_received = money(received * line.unit_cost)
        if after == 0:  # settled: the loss takes whatever value is left on the road
            loss_value = money(
                line.total_cost - line.value_received - line.loss_value - value_received
            )
        else:
            loss_value = money(lost * line.unit_cost)
        lines.append(
            TransferReceivedLine(
                line_no=line.line_no,
                sku=line.sku,
                unit=line.unit,
                lot=line.lot,
                location=location,
                quantity_received=received,
                quantity_lost=lost,
                unit_cost=Money(amount=line.unit_cost, currency=line.currency),
                value_received=Money(amount=value_received, currency=line.currency),
                loss_value=Money(amount=loss_value, currency=line.currency),
                in_transit_after=after,
            )
        )
    remaining = state.in_transit - sum(
        (received + lost for received, lost, _ in counted.values()), ZERO
    )
    return TransferReceived(
        transfer_id=transfer_id,
        from_warehouse=state.from_warehouse,
        to_warehouse=state.to_warehouse,
        lines=lines,
        complete=remaining == 0,
    )


def _close(command: CloseTransfer, state: TransferState) -> list[DomainEvent]:
    _exists(command.transfer_id, state)
    match state.status:
        case TransferStatus.RECEIVED:
            return [TransferClosed(transfer_id=command.transfer_id)]
        case TransferStatus.REQUESTED:
            raise StateConflict(
                f"transfer {command.transfer_id} has not been dispatched; cancel it instead "
                "of closing it",
                fields=("transfer_id",),
                transfer_status=_said(state.status),
            )
        case TransferStatus.DISPATCHED | TransferStatus.PARTIALLY_RECEIVED:
            if not command.declare_outstanding_lost:
                outstanding = "; ".join(
                    f"{line.name}: {fmt(line.in_transit)} {line.unit}"
                    for line in state.lines
                    if line.in_transit > 0
                )
                raise StateConflict(
                    f"transfer {command.transfer_id} still has goods in transit ({outstanding}); "
                    "receive them, or close with declare_outstanding_lost to record them as "
                    "lost in transit",
                    fields=("declare_outstanding_lost",),
                    transfer_status=_said(state.status),
                )
            return _receive(ReceiveTransfer(command.transfer_id, lines=(), close=True), state)
        case _:
            raise StateConflict(
                f"transfer {command.transfer_id} is already {_said(state.status)}",
                fields=("transfer_id",),
                transfer_status=_said(state.status),
            )


def _cancel(command: CancelTransfer, state: TransferState) -> list[DomainEvent]:
    _exists(command.transfer_id, state)
    if state.status is not TransferStatus.REQUESTED:
        if state.status is TransferStatus.CANCELLED:
            message = f"transfer {command.transfer_id} is already cancelled"
        else:
            message = (
                f"transfer {command.transfer_id} is {_said(state.status)}: its goods left "
                f"{state.from_warehouse} already, so it cannot be cancelled; receive them (or "
                "declare them lost) and close it"
            )
        raise StateConflict(message, fields=("transfer_id",), transfer_status=_said(state.status))
    reason = check_text(command.reason, "reason", "the reason for cancelling", max_length=MAX_NOTE)
    return [TransferCancelled(transfer_id=command.transfer_id, reason=reason)]


def _exists(transfer_id: UUID, state: TransferState) -> None:
    if state.status is None:
        raise NotFound(f"there is no transfer {transfer_id}", fields=("transfer_id",))


def _said(status: TransferStatus | None) -> str:
    return "unknown" if status is None else status.value.replace("_", " ")


# --- evolve --------------------------------------------------------------------------------


def evolve(state: TransferState, event: DomainEvent) -> TransferState:
    if isinstance(event, TransferRequested):
        return TransferState(
            status=TransferStatus.REQUESTED,
            transfer_id=event.transfer_id,
            from_warehouse=event.from_warehouse,
            to_warehouse=event.to_warehouse,
            lines=tuple(
                TransferLineState(
                    line_no=line.line_no,
                    sku=line.sku,
                    unit=line.unit,
                    quantity=line.quantity,
                    lot=line.lot,
                    from_location=line.from_location,
                )
                for line in event.lines
            ),
            note=event.note,
        )
    if isinstance(event, TransferDispatched):
        sent = {line.line_no: line for line in event.lines}
        return replace(
            state,
            status=TransferStatus.DISPATCHED,
            lines=tuple(
                replace(
                    line,
                    dispatched=sent[line.line_no].quantity,
                    unit_cost=sent[line.line_no].unit_cost.amount,
                    total_cost=sent[line.line_no].total_cost.amount,
                    currency=sent[line.line_no].total_cost.currency,
                )
                if line.line_no in sent
                else line
                for line in state.lines
            ),
        )
    if isinstance(event, TransferReceived):
        got = {line.line_no: line for line in event.lines}
        lines = tuple(
            replace(
                line,
                received=line.received + got[line.line_no].quantity_received,
                lost=line.lost + got[line.line_no].quantity_lost,
                value_received=line.value_received + got[line.line_no].value_received.amount,
                loss_value=line.loss_value + got[line.line_no].loss_value.amount,
            )
            if line.line_no in got
            else line
            for line in state.lines
        )
        settled = all(line.in_transit == 0 for line in lines)
        return replace(
            state,
            status=TransferStatus.RECEIVED if settled else TransferStatus.PARTIALLY_RECEIVED,
            lines=lines,
        )
    if isinstance(event, TransferClosed):
        return replace(state, status=TransferStatus.CLOSED)
    if isinstance(event, TransferCancelled):
        return replace(state, status=TransferStatus.CANCELLED)
    return state


transfer_decider: Decider[TransferCommand, TransferState] = Decider(
    stream_prefix="transfer",
    initial_state=TransferState(),
    decide=decide,
    evolve=evolve,
    state_type=TransferState,
)

__all__ = [
    "CancelTransfer",
    "CloseTransfer",
    "IssuedCost",
    "ReceiptLine",
    "ReceiveTransfer",
    "RecordDispatch",
    "RequestTransfer",
    "RequestedLine",
    "TransferLineState",
    "TransferState",
    "TransferStatus",
    "lines_to_dispatch",
    "transfer_decider",
]
