"""A customer asks to return goods of an order: lines of the order that were shipped, never
more of a line than was shipped less what other returns of the order already claim."""

from __future__ import annotations

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales import RequestedReturnLine, ReturnRequested
from jxc.events.limits import MAX_REASON
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_quantity, check_text, fmt
from jxc.sales.domain.customer_return.commands import RequestReturn
from jxc.sales.domain.customer_return.state import ReturnState, ReturnStatus


def request(command: RequestReturn, state: ReturnState) -> list[DomainEvent]:
    if state.status is not ReturnStatus.NEW:
        raise StateConflict(
            f"return {command.return_id} was already requested", fields=("return_id",)
        )
    if command.order_customer is None or not command.shipped:
        raise NotFound(
            f"nothing of order {command.order_id} has been shipped: there is nothing to return",
            fields=("order_id",),
        )
    if not command.lines:
        raise DomainError("a return needs at least one line", fields=("lines",))
    if not command.reason.strip():
        raise DomainError("say why the customer returns the goods", fields=("reason",))
    reason = check_text(command.reason, "reason", "the reason", max_length=MAX_REASON)
    shipped = {line.line_no: line for line in command.shipped}
    seen: set[int] = set()
    lines = []
    for i, wanted in enumerate(command.lines):
        field = f"lines[{i}]"
        if wanted.line_no in seen:
            raise DomainError(
                f"line {wanted.line_no} is named twice: give each line once",
                fields=(f"{field}.line_no",),
            )
        seen.add(wanted.line_no)
        sold = shipped.get(wanted.line_no)
        if sold is None:
            raise DomainError(
                f"order {command.order_id} has no shipped line {wanted.line_no}",
                fields=(f"{field}.line_no",),
            )
        quantity = check_quantity(wanted.quantity, f"{field}.quantity", "quantity")
        if quantity > sold.returnable:
            raise DomainError(
                f"line {wanted.line_no} ({sold.sku}): {fmt(quantity)} {sold.unit} cannot be "
                f"returned, only {fmt(sold.returnable)} (shipped, less other returns)",
                fields=(f"{field}.quantity",),
                returnable=sold.returnable,
            )
        lines.append(
            RequestedReturnLine(
                line_no=sold.line_no,
                sku=sold.sku,
                warehouse=sold.warehouse,
                quantity=quantity,
                unit=sold.unit,
                unit_price=Money(amount=sold.unit_price, currency=sold.currency),
            )
        )
    currencies = {line.unit_price.currency for line in lines}
    if len(currencies) > 1:  # pragma: no cover - an order has one currency
        raise DomainError("the lines of one return share a currency", fields=("lines",))
    return [
        ReturnRequested(
            return_id=command.return_id,
            order_id=command.order_id,
            customer_id=command.order_customer,
            lines=lines,
            reason=reason,
        )
    ]
