"""Changing a customer's credit limit: the most it may owe, in its own currency, with who
changed it and why (sales holds orders that would go over it)."""

from __future__ import annotations

from jxc.crm.domain.customer.commands import ChangeCreditLimit
from jxc.crm.domain.customer.details import existing
from jxc.crm.domain.customer.state import CustomerState
from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.crm import CreditLimitChanged
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_quantity, check_text


def change_credit_limit(command: ChangeCreditLimit, state: CustomerState) -> list[DomainEvent]:
    existing(state, command.customer_id)
    limit = command.credit_limit
    if limit.currency != state.currency:
        raise DomainError(
            f"the credit limit of customer {state.code} is in {state.currency}, the customer's "
            f"currency, not {limit.currency}",
            fields=("currency",),
        )
    amount = check_quantity(limit.amount, "amount", "the credit limit", zero=True)
    if not command.reason.strip():
        raise DomainError("say why: the reason must not be blank", fields=("reason",))
    reason = check_text(command.reason, "reason", "the reason", max_length=MAX_REASON)
    by = check_text(command.changed_by, "changed_by", "who changes it", max_length=MAX_NAME)
    if amount == state.credit_limit:
        return []  # the limit it already has: nothing to record
    return [
        CreditLimitChanged(
            customer_id=command.customer_id,
            credit_limit=Money(amount=amount, currency=state.currency),
            previous_limit=Money(amount=state.credit_limit, currency=state.currency),
            changed_by=by,
            reason=reason,
        )
    ]
