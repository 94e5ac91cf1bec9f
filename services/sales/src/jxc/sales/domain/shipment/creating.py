"""Creating a shipment: from one warehouse, of what inventory reserved of the order's lines
there and no other shipment carries yet. Each line's value is its share of the order line's
net amount: the whole net amount when the whole line ships, otherwise
net amount x quantity / ordered, rounded half up to cents."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import ShipmentCreated, ShipmentLine
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_code, check_quantity, fmt
from jxc.sales.domain.shipment.commands import CreateShipment, OrderLineFacts, Wanted
from jxc.sales.domain.shipment.state import ShipmentState

CENT = Decimal("0.01")


def line_value(line: OrderLineFacts, quantity: Decimal) -> Decimal:
    if quantity == line.quantity:
        return line.net_amount
    return (line.net_amount * quantity / line.quantity).quantize(CENT, rounding=ROUND_HALF_UP)


def create(command: CreateShipment, state: ShipmentState) -> list[DomainEvent]:
    if state.exists:
        raise StateConflict(
            f"shipment {command.shipment_id} already exists", fields=("shipment_id",)
        )
    warehouse = check_code(command.warehouse, "warehouse", "warehouse")
    order = command.order
    if order is None:
        raise NotFound(
            "sales knows no such order (yet): it ships orders it has seen placed",
            fields=("order_id",),
        )
    if order.cancelled:
        raise StateConflict(f"order {order.order_id} is cancelled", fields=("order_id",))
    here = {line.line_no: line for line in order.lines if line.warehouse == warehouse}
    if not here:
        raise DomainError(
            f"order {order.order_id} has no line to ship from warehouse {warehouse}",
            fields=("warehouse",),
        )
    wanted = command.wanted
    if wanted is None:
        wanted = tuple(Wanted(n, line.shippable) for n, line in here.items() if line.shippable > 0)
        if not wanted:
            raise StateConflict(
                f"nothing of order {order.order_id} is reserved in {warehouse} and not yet "
                "shipped: inventory reserves before goods can ship",
                fields=("order_id",),
            )
    lines: list[ShipmentLine] = []
    for i, want in enumerate(wanted):
        at = f"lines.{i}"
        line = here.get(want.line_no)
        if line is None:
            raise DomainError(
                f"order {order.order_id} has no line {want.line_no} in warehouse {warehouse}",
                fields=(f"{at}.line_no",),
            )
        if any(s.line_no == want.line_no for s in lines):
            raise DomainError(f"line {want.line_no} is named twice", fields=(f"{at}.line_no",))
        quantity = check_quantity(want.quantity, f"{at}.quantity", "the quantity to ship")
        if quantity > line.shippable:
            raise StateConflict(
                f"line {line.line_no} ({line.sku}): {fmt(quantity)} {line.unit} cannot ship, "
                f"only {fmt(line.shippable)} is reserved and not yet on a shipment",
                fields=(f"{at}.quantity",),
            )
        lines.append(
            ShipmentLine(
                line_no=line.line_no,
                sku=line.sku,
                quantity=quantity,
                unit=line.unit,
                value=line_value(line, quantity),
            )
        )
    return [
        ShipmentCreated(
            shipment_id=command.shipment_id,
            order_id=order.order_id,
            customer_id=order.customer_id,
            warehouse=warehouse,
            currency=order.currency,
            lines=lines,
            destination=order.destination,
            promised_on=order.promised_on,
        )
    ]
