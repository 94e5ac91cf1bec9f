"""Checks the purchase order's commands share: the order and its lines exist, a person is
named, quantities are numbers of the right sign."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.value_checks import check_number, check_text, fmt, optional_text
from jxc.purchasing.domain.purchase_order.state import (
    PurchaseOrderLineState,
    PurchaseOrderState,
    PurchaseOrderStatus,
)


def existing(state: PurchaseOrderState, order: UUID) -> PurchaseOrderStatus:
    """The order's status; NotFound if it was never created."""
    if state.status is None:
        raise NotFound(f"there is no purchase order {order}", fields=("purchase_order_id",))
    return state.status


def person(value: str, field: str, what: str) -> str:
    """Who did it: a non-blank name of at most 200 characters."""
    return check_text(value, field, what, max_length=MAX_NAME)


def reason(value: str | None, field: str, what: str) -> str | None:
    """An optional free-text reason: blank is none, at most 500 characters."""
    return optional_text(value, field, what, max_length=MAX_REASON)


def order_line(
    state: PurchaseOrderState, order: UUID, line_no: int, field: str
) -> PurchaseOrderLineState:
    """The order's line `line_no`; a DomainError naming the lines it has otherwise."""
    line = state.line(line_no)
    if line is None:
        numbers = ", ".join(str(po.line_no) for po in state.lines)
        raise DomainError(
            f"purchase order {order} has no line {line_no} (its lines are {numbers})",
            fields=(field,),
        )
    return line


def not_negative(value: Decimal, field: str, what: str) -> Decimal:
    number = check_number(value, field, what)
    if number < 0:
        raise DomainError(f"{what} must not be negative, not {fmt(number)}", fields=(field,))
    return number


def positive(value: Decimal, field: str, what: str) -> Decimal:
    number = check_number(value, field, what)
    if number <= 0:
        raise DomainError(f"{what} must be more than 0, not {fmt(number)}", fields=(field,))
    return number
