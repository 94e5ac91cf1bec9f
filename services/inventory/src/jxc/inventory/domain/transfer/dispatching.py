"""Dispatching: every line leaves the source in full, at the cost the source's valuation gave it."""

from __future__ import annotations

from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import (
    TransferDispatched,
    TransferDispatchedLine,
)
from jxc.inventory.domain.stock import money
from jxc.inventory.domain.transfer._guards import exists, said
from jxc.inventory.domain.transfer.commands import RecordDispatch
from jxc.inventory.domain.transfer.state import TransferLineState, TransferState, TransferStatus
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import fmt


def lines_to_dispatch(transfer_id: UUID, state: TransferState) -> tuple[TransferLineState, ...]:
    """The lines a dispatch issues from the source now, or the reason it cannot happen.
    The application asks this before it takes any stock."""
    exists(transfer_id, state)
    if state.status is TransferStatus.REQUESTED:
        return state.lines
    if state.status is TransferStatus.CANCELLED:
        raise StateConflict(
            f"transfer {transfer_id} was cancelled; it cannot be dispatched",
            fields=("transfer_id",),
            transfer_status=said(state.status),
        )
    raise StateConflict(
        f"transfer {transfer_id} was already dispatched (it is {said(state.status)}); "
        "a transfer is dispatched once",
        fields=("transfer_id",),
        transfer_status=said(state.status),
    )


def dispatch(command: RecordDispatch, state: TransferState) -> list[DomainEvent]:
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
