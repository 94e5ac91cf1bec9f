"""Creating a purchase order: a draft with its lines, in the supplier's currency.

Errors name the offending input in `fields`, list positions counted from 0 as in the request
body (`lines.2.quantity` is the third line sent)."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import PurchaseOrderCreated, PurchaseOrderLine
from jxc.events.limits import MAX_CODE, MAX_UNIT, MAX_WHOLE_DIGITS
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_currency, check_number, check_text, fmt, round_amount
from jxc.purchasing.domain.purchase_order._guards import positive
from jxc.purchasing.domain.purchase_order.commands import CreatePurchaseOrder, OrderLine
from jxc.purchasing.domain.purchase_order.state import PurchaseOrderState

_ZERO = Decimal(0)


def create(command: CreatePurchaseOrder, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    if state.exists:
        raise StateConflict(f"purchase order {order} already exists", fields=("purchase_order_id",))
    if command.supplier_blocked:
        raise DomainError(
            f"supplier {command.supplier_id} is blocked: no new purchase orders may be placed "
            "with it",
            fields=("supplier_id",),
        )
    currency = check_currency(command.currency, "currency")
    if currency != command.supplier_currency:
        raise DomainError(
            f"the order is in {currency} but supplier {command.supplier_id} trades in "
            f"{command.supplier_currency}; place the order in {command.supplier_currency}",
            fields=("currency",),
        )
    if not command.lines:
        raise DomainError("a purchase order needs at least one line", fields=("lines",))

    lines: list[PurchaseOrderLine] = []
    position_of: dict[int, int] = {}
    for i, line in enumerate(command.lines):
        if line.line_no < 1:
            raise DomainError(
                f"line numbers start at 1; lines.{i} has {line.line_no}",
                fields=(f"lines.{i}.line_no",),
            )
        if line.line_no in position_of:
            raise DomainError(
                f"line number {line.line_no} is used twice (lines.{position_of[line.line_no]} "
                f"and lines.{i}); each line needs its own number",
                fields=(f"lines.{i}.line_no",),
            )
        position_of[line.line_no] = i
        lines.append(_line(line, f"lines.{i}", currency))
    total = round_amount(sum((line.quantity * line.unit_price.amount for line in lines), _ZERO))
    if total >= Decimal(10) ** MAX_WHOLE_DIGITS:
        raise DomainError(
            f"the order total {fmt(total)} {currency} is too large for one purchase order",
            fields=("lines",),
        )
    return [
        PurchaseOrderCreated(
            purchase_order_id=order,
            supplier_id=command.supplier_id,
            currency=currency,
            lines=lines,
            total=Money(amount=total, currency=currency),
            suggestion_id=command.suggestion_id,
        )
    ]


def _line(line: OrderLine, at: str, currency: str) -> PurchaseOrderLine:
    sku = check_text(line.sku, f"{at}.sku", f"line {line.line_no}: the SKU", max_length=MAX_CODE)
    name = f"line {line.line_no} ({sku})"
    unit = check_text(line.unit, f"{at}.unit", f"{name}: the unit", max_length=MAX_UNIT)
    warehouse = check_text(
        line.warehouse, f"{at}.warehouse", f"{name}: the warehouse", max_length=MAX_CODE
    )
    quantity = positive(line.quantity, f"{at}.quantity", f"{name}: quantity")
    price = check_number(line.unit_price, f"{at}.unit_price", f"{name}: unit price")
    if price < 0:
        raise DomainError(
            f"{name}: unit price must not be negative, not {fmt(price)}",
            fields=(f"{at}.unit_price",),
        )
    if line.currency is not None and line.currency != currency:
        raise DomainError(
            f"{name} is priced in {line.currency} but the order is in {currency}; "
            "every line must be in the order's currency",
            fields=(f"{at}.currency",),
        )
    return PurchaseOrderLine(
        line_no=line.line_no,
        sku=sku,
        quantity=quantity,
        unit=unit,
        unit_price=Money(amount=price, currency=currency),
        warehouse=warehouse,
        expected_date=line.expected_date,
    )
