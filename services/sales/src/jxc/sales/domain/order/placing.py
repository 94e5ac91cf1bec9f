"""Taking an order: its lines priced, then placed (sales.OrderPlaced: inventory reserves) or,
when it would take the customer's exposure over the credit limit, held until a
credit_controller releases it (then placed) or refuses it."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales import OrderLine, OrderPlaced
from jxc.events.contracts.sales_orders import (
    OrderCreditRefused,
    OrderCreditReleased,
    OrderHeldOnCredit,
    OrderTaken,
)
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_text, fmt, optional_text
from jxc.sales.domain.order.commands import (
    Credit,
    CustomerFacts,
    PlaceOrder,
    RefuseCredit,
    ReleaseCredit,
)
from jxc.sales.domain.order.pricing import Buyer, price_lines
from jxc.sales.domain.order.state import OrderState, Stage

MAX_LINES = 500


def place(command: PlaceOrder, state: OrderState) -> list[DomainEvent]:
    if state.taken is not None:
        raise StateConflict(
            f"order {command.order_id} was already taken (as {state.taken.order_no})",
            fields=("order_id",),
        )
    if not command.lines:
        raise DomainError("an order needs at least one line", fields=("lines",))
    if len(command.lines) > MAX_LINES:
        raise DomainError(f"an order has at most {MAX_LINES} lines", fields=("lines",))
    customer = command.customer
    ship_to = command.ship_to
    if ship_to is not None and ship_to not in customer.address_labels:
        known = ", ".join(customer.address_labels) or "none"
        raise DomainError(
            f"customer {customer.code} has no address labelled {ship_to!r} (it has: {known})",
            fields=("ship_to",),
        )
    if command.promised_on is not None and command.promised_on < command.taken_on:
        raise DomainError(
            f"promised_on {command.promised_on} is before the order is taken ({command.taken_on})",
            fields=("promised_on",),
        )
    discount = command.discount
    buyer = Buyer(customer.customer_id, customer.customer_group, command.taken_on, command.order_id)
    priced = price_lines(command.lines, customer.currency, discount, buyer)

    def money(amount: Decimal) -> Money:
        return Money(amount=amount, currency=customer.currency)

    taken = OrderTaken(
        order_id=command.order_id,
        order_no=command.order_no,
        customer_id=customer.customer_id,
        customer_code=customer.code,
        currency=customer.currency,
        lines=list(priced.lines),
        order_discount_percent=discount.percent,
        discount_total=money(priced.discount_total),
        total=money(priced.total),
        ship_to=ship_to,
        promised_on=command.promised_on,
        quotation_id=command.quotation_id,
        coupon_code=None if discount.coupon is None else discount.coupon.code,
        coupon_discount=money(priced.coupon_off) if discount.coupon is not None else None,
        voucher_code=None if discount.voucher is None else discount.voucher.code,
        voucher_discount=money(priced.voucher_off) if discount.voucher is not None else None,
        order_percent_discount=money(priced.percent_off),
        taken_on=command.taken_on,
        taken_by=check_text(
            command.taken_by, "taken_by", "who takes the order", max_length=MAX_NAME
        ),
    )
    credit = command.credit
    reasons = [] if credit is None else credit_reasons(credit, customer, priced.total)
    if credit is not None and reasons:
        held = OrderHeldOnCredit(
            order_id=command.order_id,
            customer_id=customer.customer_id,
            reason="; ".join(reasons),
            exposure=money(credit.exposure),
            order_total=money(priced.total),
            credit_limit=money(customer.credit_limit),
            overdue=money(credit.overdue) if credit.overdue > credit.overdue_allowed else None,
        )
        return [taken, held]
    return [taken, placed(taken)]


def credit_reasons(credit: Credit, customer: CustomerFacts, total: Decimal) -> list[str]:
    """Why the order waits for a credit controller: over the limit, receivables overdue."""
    reasons = []
    if credit.exposure + total > customer.credit_limit:
        reasons.append(
            f"credit limit {fmt(customer.credit_limit)} {customer.currency} of customer "
            f"{customer.code} would be exceeded: exposure {fmt(credit.exposure)} + this order "
            f"{fmt(total)} = {fmt(credit.exposure + total)}"
        )
    if credit.overdue > credit.overdue_allowed:
        allowed = f" (more than the {fmt(credit.overdue_allowed)} allowed)"
        reasons.append(
            f"customer {customer.code} has {fmt(credit.overdue)} {customer.currency} of "
            f"receivables overdue{allowed if credit.overdue_allowed else ''}"
        )
    return reasons


def placed(taken: OrderTaken) -> OrderPlaced:
    """What inventory (reserve) and crm (history) are told of the order."""
    return OrderPlaced(
        order_id=taken.order_id,
        customer_id=taken.customer_id,
        lines=[
            OrderLine(
                line_no=line.line_no,
                sku=line.sku,
                warehouse=line.warehouse,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                net_amount=line.net_amount,
            )
            for line in taken.lines
        ],
        order_no=taken.order_no,
        currency=taken.currency,
        total=taken.total,
        discount_total=taken.discount_total,
        coupon_code=taken.coupon_code,
        voucher_code=taken.voucher_code,
        quotation_id=taken.quotation_id,
        ship_to=taken.ship_to,
        promised_on=taken.promised_on,
    )


def release(command: ReleaseCredit, state: OrderState) -> list[DomainEvent]:
    taken = _held(state, command.order_id)
    note = optional_text(command.note, "note", "the note", max_length=MAX_REASON)
    by = check_text(command.released_by, "released_by", "who releases", max_length=MAX_NAME)
    return [
        OrderCreditReleased(order_id=command.order_id, released_by=by, note=note),
        placed(taken),
    ]


def refuse(command: RefuseCredit, state: OrderState) -> list[DomainEvent]:
    _held(state, command.order_id)
    reason = check_text(command.reason, "reason", "the reason", max_length=MAX_REASON)
    by = check_text(command.refused_by, "refused_by", "who refuses", max_length=MAX_NAME)
    return [OrderCreditRefused(order_id=command.order_id, refused_by=by, reason=reason)]


def existing(state: OrderState, order_id: object) -> OrderTaken:
    if state.taken is None:
        raise NotFound(f"there is no sales order {order_id}", fields=("order_id",))
    return state.taken


def _held(state: OrderState, order_id: object) -> OrderTaken:
    taken = existing(state, order_id)
    if state.stage is not Stage.HELD:
        raise StateConflict(
            f"order {taken.order_no} is not held on credit (it is {state.status})",
            fields=("order_id",),
        )
    return taken
