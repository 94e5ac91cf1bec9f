"""A transfer as it stands, line by line, and how each event changes it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    TransferCancelled,
    TransferClosed,
    TransferDispatched,
    TransferReceived,
    TransferRequested,
)
from jxc.inventory.domain.stock import ZERO


class TransferStatus(StrEnum):
    REQUESTED = "requested"
    DISPATCHED = "dispatched"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


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
