"""Receiving, one or more times: what arrived and what is known to be lost, per line."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import (
    TransferClosed,
    TransferReceived,
    TransferReceivedLine,
)
from jxc.inventory.domain.stock import ZERO, money
from jxc.inventory.domain.transfer._guards import receivable
from jxc.inventory.domain.transfer.commands import ReceiveTransfer
from jxc.inventory.domain.transfer.state import TransferState
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_code, check_quantity, fmt


def receive(command: ReceiveTransfer, state: TransferState) -> list[DomainEvent]:
    receivable(command.transfer_id, state, "receive")
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
