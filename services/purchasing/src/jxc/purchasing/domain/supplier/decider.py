"""The supplier's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.purchasing.domain.supplier.blocking import block, unblock
from jxc.purchasing.domain.supplier.commands import (
    BlockSupplier,
    RegisterSupplier,
    SupplierCommand,
    UnblockSupplier,
    UpdateSupplier,
)
from jxc.purchasing.domain.supplier.details import register, update
from jxc.purchasing.domain.supplier.state import SupplierState, evolve


def decide(command: SupplierCommand, state: SupplierState) -> Sequence[DomainEvent]:
    match command:
        case RegisterSupplier():
            return register(command, state)
        case UpdateSupplier():
            return update(command, state)
        case BlockSupplier():
            return block(command, state)
        case UnblockSupplier():
            return unblock(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


supplier_decider: Decider[SupplierCommand, SupplierState] = Decider(
    stream_prefix="supplier",
    initial_state=SupplierState(),
    decide=decide,
    evolve=evolve,
    state_type=SupplierState,
)
