"""Blocking a supplier (no new purchase orders with it) and unblocking it, each with a reason.
Orders already placed go on: goods may still be received and invoiced."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import SupplierBlocked, SupplierUnblocked
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_text
from jxc.purchasing.domain.supplier.commands import BlockSupplier, UnblockSupplier
from jxc.purchasing.domain.supplier.details import existing
from jxc.purchasing.domain.supplier.state import SupplierState


def block(command: BlockSupplier, state: SupplierState) -> list[DomainEvent]:
    supplier = command.supplier_id
    existing(state, supplier)
    if state.blocked:
        raise StateConflict(
            f"supplier {state.code} is already blocked ({state.blocked_reason})",
            fields=("supplier_id",),
        )
    by = check_text(command.blocked_by, "blocked_by", "who blocks", max_length=MAX_NAME)
    return [SupplierBlocked(supplier_id=supplier, blocked_by=by, reason=_reason(command.reason))]


def unblock(command: UnblockSupplier, state: SupplierState) -> list[DomainEvent]:
    supplier = command.supplier_id
    existing(state, supplier)
    if not state.blocked:
        raise StateConflict(f"supplier {state.code} is not blocked", fields=("supplier_id",))
    by = check_text(command.unblocked_by, "unblocked_by", "who unblocks", max_length=MAX_NAME)
    return [
        SupplierUnblocked(supplier_id=supplier, unblocked_by=by, reason=_reason(command.reason))
    ]


def _reason(value: str) -> str:
    if not value.strip():
        raise DomainError("say why: the reason must not be blank", fields=("reason",))
    return check_text(value, "reason", "the reason", max_length=MAX_REASON)
