"""Closing a transfer (declaring what is still in transit lost), and cancelling one not yet
dispatched."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    TransferCancelled,
    TransferClosed,
)
from jxc.inventory.domain.transfer._guards import exists, said
from jxc.inventory.domain.transfer.commands import CancelTransfer, CloseTransfer, ReceiveTransfer
from jxc.inventory.domain.transfer.receiving import receive
from jxc.inventory.domain.transfer.requesting import MAX_NOTE
from jxc.inventory.domain.transfer.state import TransferState, TransferStatus
from jxc.platform.decider import StateConflict
from jxc.platform.value_checks import check_text, fmt


def close(command: CloseTransfer, state: TransferState) -> list[DomainEvent]:
    exists(command.transfer_id, state)
    match state.status:
        case TransferStatus.RECEIVED:
            return [TransferClosed(transfer_id=command.transfer_id)]
        case TransferStatus.REQUESTED:
            raise StateConflict(
                f"transfer {command.transfer_id} has not been dispatched; cancel it instead "
                "of closing it",
                fields=("transfer_id",),
                transfer_status=said(state.status),
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
                    transfer_status=said(state.status),
                )
            return receive(ReceiveTransfer(command.transfer_id, lines=(), close=True), state)
        case _:
            raise StateConflict(
                f"transfer {command.transfer_id} is already {said(state.status)}",
                fields=("transfer_id",),
                transfer_status=said(state.status),
            )


def cancel(command: CancelTransfer, state: TransferState) -> list[DomainEvent]:
    exists(command.transfer_id, state)
    if state.status is not TransferStatus.REQUESTED:
        if state.status is TransferStatus.CANCELLED:
            message = f"transfer {command.transfer_id} is already cancelled"
        else:
            message = (
                f"transfer {command.transfer_id} is {said(state.status)}: its goods left "
                f"{state.from_warehouse} already, so it cannot be cancelled; receive them (or "
                "declare them lost) and close it"
            )
        raise StateConflict(message, fields=("transfer_id",), transfer_status=said(state.status))
    reason = check_text(command.reason, "reason", "the reason for cancelling", max_length=MAX_NOTE)
    return [TransferCancelled(transfer_id=command.transfer_id, reason=reason)]
