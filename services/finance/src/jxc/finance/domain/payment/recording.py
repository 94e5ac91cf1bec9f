"""Recording a payment: through a bank or cash account of the chart, allocated to open
invoices of the same party and side (a receipt to receivables, a payment to payables), never
more to an invoice than is open on it nor more in all than was paid; what is left over (an
over-payment, an advance) stays unallocated."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, cast

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.finance import Allocation, PaymentRecorded
from jxc.events.limits import MAX_NAME
from jxc.finance.domain.payment.commands import RecordPayment
from jxc.finance.domain.payment.state import PaymentState
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_text

SIDE = {"incoming": "receivable", "outgoing": "payable"}


def record(command: RecordPayment, state: PaymentState) -> list[DomainEvent]:
    if state.recorded:
        raise StateConflict(f"payment {command.payment_id} is recorded already")
    if command.direction not in SIDE:
        raise DomainError("a payment is incoming or outgoing", fields=("direction",))
    if command.amount <= 0:
        raise DomainError("a payment moves a positive amount", fields=("amount",))
    if command.cash_account not in command.cash_accounts:
        raise DomainError(
            f"{command.cash_account} is not a bank or cash account; use one of "
            f"{', '.join(sorted(command.cash_accounts))}",
            fields=("cash_account",),
        )
    side = SIDE[command.direction]
    allocations: list[Allocation] = []
    seen: set[object] = set()
    for i, (invoice_id, amount) in enumerate(command.allocations):
        at = f"allocations[{i}]"
        item = command.open_items.get(invoice_id)
        if item is None or item.kind != side or item.party_id != command.party_id:
            raise DomainError(
                f"there is no open {side} invoice {invoice_id} of party {command.party_id}",
                fields=(f"{at}.invoice_id",),
            )
        if invoice_id in seen:
            raise DomainError(
                f"invoice {item.document_no} is allocated twice; allocate it once",
                fields=(f"{at}.invoice_id",),
            )
        seen.add(invoice_id)
        if amount <= 0:
            raise DomainError("an allocation is a positive amount", fields=(f"{at}.amount",))
        if amount > item.open_amount:
            raise DomainError(
                f"invoice {item.document_no} has {item.open_amount} open, less than the "
                f"{amount} allocated to it; leave the rest unallocated",
                fields=(f"{at}.amount",),
                open_amount=str(item.open_amount),
            )
        if item.currency != command.currency:
            raise DomainError(
                f"invoice {item.document_no} is in {item.currency}, the payment in "
                f"{command.currency}",
                fields=(f"{at}.invoice_id",),
            )
        allocations.append(
            Allocation(invoice_id=invoice_id, amount=Money(amount=amount, currency=item.currency))
        )
    allocated = sum((x.amount.amount for x in allocations), Decimal(0))
    if allocated > command.amount:
        raise DomainError(
            f"{allocated} allocated is more than the {command.amount} paid",
            fields=("allocations",),
        )
    reference = command.reference
    if reference is not None:
        reference = check_text(reference, "reference", "the reference", max_length=MAX_NAME)
    return [
        PaymentRecorded(
            payment_id=command.payment_id,
            direction=cast(Literal["incoming", "outgoing"], command.direction),
            party_id=command.party_id,
            amount=Money(amount=command.amount, currency=command.currency),
            paid_on=command.paid_on,
            cash_account=command.cash_account,
            allocations=allocations,
            unallocated=Money(amount=command.amount - allocated, currency=command.currency),
            reference=reference,
        )
    ]
