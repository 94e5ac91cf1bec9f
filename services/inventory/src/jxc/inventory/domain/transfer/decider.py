"""The transfer's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.inventory.domain.transfer.commands import (
    CancelTransfer,
    CloseTransfer,
    ReceiveTransfer,
    RecordDispatch,
    RequestTransfer,
    TransferCommand,
)
from jxc.inventory.domain.transfer.dispatching import dispatch
from jxc.inventory.domain.transfer.lifecycle import cancel, close
from jxc.inventory.domain.transfer.receiving import receive
from jxc.inventory.domain.transfer.requesting import request
from jxc.inventory.domain.transfer.state import TransferState, evolve
from jxc.platform.decider import Decider


def decide(command: TransferCommand, state: TransferState) -> Sequence[DomainEvent]:
    match command:
        case RequestTransfer():
            return request(command, state)
        case RecordDispatch():
            return dispatch(command, state)
        case ReceiveTransfer():
            return receive(command, state)
        case CloseTransfer():
            return close(command, state)
        case CancelTransfer():
            return cancel(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


transfer_decider: Decider[TransferCommand, TransferState] = Decider(
    stream_prefix="transfer",
    initial_state=TransferState(),
    decide=decide,
    evolve=evolve,
    state_type=TransferState,
)
