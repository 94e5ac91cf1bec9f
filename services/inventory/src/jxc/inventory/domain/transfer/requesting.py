"""Requesting a transfer: lines of SKU x quantity from one warehouse to another."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    TransferLine,
    TransferRequested,
)
from jxc.events.limits import MAX_CODE, MAX_REASON, MAX_UNIT
from jxc.inventory.domain.transfer._guards import said
from jxc.inventory.domain.transfer.commands import RequestTransfer
from jxc.inventory.domain.transfer.state import TransferState
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_code, check_quantity, check_text, optional_text

MAX_LINES = 500


MAX_NOTE = MAX_REASON


def request(command: RequestTransfer, state: TransferState) -> list[DomainEvent]:
    if state.status is not None:
        raise StateConflict(
            f"transfer {command.transfer_id} already exists (it is {said(state.status)}, "
            f"from {state.from_warehouse} to {state.to_warehouse})",
            fields=("transfer_id",),
            transfer_status=said(state.status),
        )
    source = check_code(command.from_warehouse, "from_warehouse", "the source warehouse")
    destination = check_code(command.to_warehouse, "to_warehouse", "the destination warehouse")
    if source == destination:
        raise DomainError(
            f"a transfer moves goods between two warehouses; {source} is both its source and "
            "its destination (move goods between locations of one warehouse instead)",
            fields=("to_warehouse",),
        )
    if not command.lines:
        raise DomainError("a transfer needs at least one line", fields=("lines",))
    if len(command.lines) > MAX_LINES:
        raise DomainError(
            f"a transfer has at most {MAX_LINES} lines; this one has {len(command.lines)}",
            fields=("lines",),
        )
    seen: set[int] = set()
    lines: list[TransferLine] = []
    for i, line in enumerate(command.lines):
        at = f"lines[{i}]"
        if line.line_no < 1:
            raise DomainError(
                f"line numbers start at 1; {at} has {line.line_no}", fields=(f"{at}.line_no",)
            )
        if line.line_no in seen:
            raise DomainError(
                f"line {line.line_no} appears twice; every line needs its own number",
                fields=(f"{at}.line_no",),
            )
        seen.add(line.line_no)
        sku = check_code(line.sku, f"{at}.sku", f"the SKU of line {line.line_no}")
        name = f"line {line.line_no} ({sku})"
        lines.append(
            TransferLine(
                line_no=line.line_no,
                sku=sku,
                quantity=check_quantity(line.quantity, f"{at}.quantity", f"{name}: the quantity"),
                unit=check_text(line.unit, f"{at}.unit", f"{name}: the unit", max_length=MAX_UNIT),
                lot=optional_text(line.lot, f"{at}.lot", f"{name}: the lot", max_length=MAX_CODE),
                from_location=(
                    None
                    if line.from_location is None or not line.from_location.strip()
                    else check_code(
                        line.from_location, f"{at}.from_location", f"{name}: the location"
                    )
                ),
            )
        )
    return [
        TransferRequested(
            transfer_id=command.transfer_id,
            from_warehouse=source,
            to_warehouse=destination,
            lines=lines,
            note=optional_text(command.note, "note", "the note", max_length=MAX_NOTE),
        )
    ]
