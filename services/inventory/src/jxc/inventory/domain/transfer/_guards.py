"""Checks the transfer's commands share: it exists, it can still receive."""

from __future__ import annotations

from uuid import UUID

from jxc.inventory.domain.transfer.state import TransferState, TransferStatus
from jxc.platform.decider import NotFound, StateConflict


def receivable(transfer_id: UUID, state: TransferState, doing: str) -> None:
    exists(transfer_id, state)
    match state.status:
        case TransferStatus.DISPATCHED | TransferStatus.PARTIALLY_RECEIVED:
            return
        case TransferStatus.REQUESTED:
            raise StateConflict(
                f"transfer {transfer_id} has not been dispatched yet; nothing is in transit "
                f"to {doing}",
                fields=("transfer_id",),
                transfer_status=said(state.status),
            )
        case TransferStatus.RECEIVED:
            raise StateConflict(
                f"everything of transfer {transfer_id} was already received or declared lost; "
                "nothing is in transit any more (close it)",
                fields=("transfer_id",),
                transfer_status=said(state.status),
            )
        case _:
            raise StateConflict(
                f"transfer {transfer_id} is {said(state.status)}; nothing can be received",
                fields=("transfer_id",),
                transfer_status=said(state.status),
            )


def exists(transfer_id: UUID, state: TransferState) -> None:
    if state.status is None:
        raise NotFound(f"there is no transfer {transfer_id}", fields=("transfer_id",))


def said(status: TransferStatus | None) -> str:
    return "unknown" if status is None else status.value.replace("_", " ")
