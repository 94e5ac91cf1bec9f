"""The supplier invoice's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.purchasing.domain.supplier_invoice.commands import (
    MatchSupplierInvoice,
    RecordSupplierInvoice,
    ReleaseSupplierInvoice,
    SupplierInvoiceCommand,
)
from jxc.purchasing.domain.supplier_invoice.recording import record
from jxc.purchasing.domain.supplier_invoice.resolving import release, rematch
from jxc.purchasing.domain.supplier_invoice.state import SupplierInvoiceState, evolve


def decide(command: SupplierInvoiceCommand, state: SupplierInvoiceState) -> Sequence[DomainEvent]:
    match command:
        case RecordSupplierInvoice():
            return record(command, state)
        case MatchSupplierInvoice():
            return rematch(command, state)
        case ReleaseSupplierInvoice():
            return release(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


supplier_invoice_decider: Decider[SupplierInvoiceCommand, SupplierInvoiceState] = Decider(
    stream_prefix="supplier-invoice",
    initial_state=SupplierInvoiceState(),
    decide=decide,
    evolve=evolve,
    state_type=SupplierInvoiceState,
)
