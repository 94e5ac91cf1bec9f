"""The warehouse receives an approved return and inspects it line by line: what arrived of each
requested line (never more than requested) and where each part goes — back on the shelf
(restock), written off (scrap) or set aside for the supplier (return_to_supplier).
sales.ReturnReceived tells inventory what to restock and crm what to reverse."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales import ReturnedLine, ReturnReceived
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_quantity, fmt, round_amount
from jxc.sales.domain.customer_return._guards import in_status
from jxc.sales.domain.customer_return.commands import DISPOSITIONS, ReceiveReturn
from jxc.sales.domain.customer_return.state import ZERO, ReturnState, ReturnStatus


def receive(command: ReceiveReturn, state: ReturnState) -> list[DomainEvent]:
    in_status(state, command.return_id, ReturnStatus.APPROVED, to="received")
    if not command.inspections:
        raise DomainError("say what arrived: at least one inspected line", fields=("lines",))
    # one quantity per line and disposition, in the order of the requested lines
    parts: dict[tuple[int, str], Decimal] = {}
    for i, seen in enumerate(command.inspections):
        field = f"lines[{i}]"
        if state.line(seen.line_no) is None:
            raise DomainError(
                f"return {command.return_id} has no line {seen.line_no}",
                fields=(f"{field}.line_no",),
            )
        if seen.disposition not in DISPOSITIONS:
            raise DomainError(
                f"disposition {seen.disposition!r} is not one of {', '.join(DISPOSITIONS)}",
                fields=(f"{field}.disposition",),
            )
        quantity = check_quantity(seen.quantity, f"{field}.quantity", "quantity")
        key = (seen.line_no, seen.disposition)
        parts[key] = parts.get(key, ZERO) + quantity
    lines = []
    for line in state.lines:
        arrived = sum((q for (n, _), q in parts.items() if n == line.line_no), ZERO)
        if arrived > line.quantity:
            raise DomainError(
                f"line {line.line_no} ({line.sku}): {fmt(arrived)} {line.unit} inspected, but "
                f"only {fmt(line.quantity)} were to come back",
                fields=("lines",),
            )
        for disposition in DISPOSITIONS:
            part = parts.get((line.line_no, disposition))
            if part:
                lines.append(
                    ReturnedLine(
                        line_no=line.line_no,
                        sku=line.sku,
                        warehouse=line.warehouse,
                        quantity=part,
                        unit=line.unit,
                        disposition=disposition,
                        unit_price=Money(amount=line.unit_price, currency=state.currency),
                    )
                )
    assert state.order_id is not None and state.customer_id is not None
    value = round_amount(sum((line.quantity * line.unit_price.amount for line in lines), ZERO))
    return [
        ReturnReceived(
            return_id=command.return_id,
            order_id=state.order_id,
            customer_id=state.customer_id,
            lines=lines,
            value=Money(amount=value, currency=state.currency),
        )
    ]
