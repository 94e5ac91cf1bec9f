"""Supplier: the party purchase orders are placed with; registered, its details updated,
blocked and unblocked. Pure: no I/O, no clock, no ids made here."""

from jxc.purchasing.domain.supplier.commands import (
    BlockSupplier,
    RegisterSupplier,
    SupplierCommand,
    UnblockSupplier,
    UpdateSupplier,
)
from jxc.purchasing.domain.supplier.decider import supplier_decider
from jxc.purchasing.domain.supplier.state import SupplierState

__all__ = [
    "BlockSupplier",
    "RegisterSupplier",
    "SupplierCommand",
    "SupplierState",
    "UnblockSupplier",
    "UpdateSupplier",
    "supplier_decider",
]
