"""Matching an invoice: at recording, again when more goods arrived, or by a person's release.

Matched: SupplierInvoiceMatched with the amounts finance books. Beyond tolerance:
SupplierInvoiceHeld with the reason per line. Re-matching a held invoice whose reasons did not
change records nothing and says why it is still held."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import SupplierInvoiceHeld, SupplierInvoiceMatched
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_text
from jxc.purchasing.domain.supplier_invoice.commands import (
    MatchSupplierInvoice,
    ReleaseSupplierInvoice,
)
from jxc.purchasing.domain.supplier_invoice.facts import OrderFacts, Tolerances
from jxc.purchasing.domain.supplier_invoice.matching import Outcome, three_way
from jxc.purchasing.domain.supplier_invoice.state import InvoiceStatus, SupplierInvoiceState


def rematch(command: MatchSupplierInvoice, state: SupplierInvoiceState) -> list[DomainEvent]:
    _held(state, command.invoice_id)
    outcome = three_way(state.lines, command.order, command.tolerances)
    if outcome.held and tuple((h.line_no, h.reason) for h in outcome.held) == state.held:
        raise StateConflict(
            f"invoice {state.invoice_number} is still held: {outcome.reason}",
            fields=("invoice_id",),
        )
    return outcome_events(state, command.invoice_id, command.order, command.tolerances)


def release(command: ReleaseSupplierInvoice, state: SupplierInvoiceState) -> list[DomainEvent]:
    _held(state, command.invoice_id)
    released_by = check_text(
        command.released_by, "released_by", "who releases", max_length=MAX_NAME
    )
    if not command.reason.strip():
        raise DomainError(
            "say why the invoice is released although it does not match", fields=("reason",)
        )
    reason = check_text(command.reason, "reason", "the reason", max_length=MAX_REASON)
    outcome = three_way(state.lines, command.order, Tolerances())  # its lines; held or not
    return [_matched(state, command.invoice_id, outcome, released_by, reason)]


def outcome_events(
    state: SupplierInvoiceState, invoice_id: UUID, order: OrderFacts, tolerances: Tolerances
) -> list[DomainEvent]:
    """Matched or held, as the lines compare with the order now."""
    outcome = three_way(state.lines, order, tolerances)
    if not outcome.held:
        return [_matched(state, invoice_id, outcome)]
    assert state.supplier_id is not None and state.purchase_order_id is not None
    return [
        SupplierInvoiceHeld(
            invoice_id=invoice_id,
            supplier_id=state.supplier_id,
            purchase_order_id=state.purchase_order_id,
            invoice_number=state.invoice_number,
            lines=outcome.held,
            reason=outcome.reason,
        )
    ]


def _held(state: SupplierInvoiceState, invoice_id: UUID) -> None:
    if state.status is None:
        raise NotFound(f"there is no supplier invoice {invoice_id}", fields=("invoice_id",))
    if state.status is InvoiceStatus.MATCHED:
        raise StateConflict(
            f"invoice {state.invoice_number} is already matched", fields=("invoice_id",)
        )


def _matched(
    state: SupplierInvoiceState,
    invoice_id: UUID,
    outcome: Outcome,
    overridden_by: str | None = None,
    override_reason: str | None = None,
) -> SupplierInvoiceMatched:
    assert state.supplier_id is not None and state.purchase_order_id is not None
    assert state.due_date is not None
    currency = state.currency
    return SupplierInvoiceMatched(
        invoice_id=invoice_id,
        supplier_id=state.supplier_id,
        purchase_order_id=state.purchase_order_id,
        invoice_number=state.invoice_number,
        due_date=state.due_date,
        lines=outcome.lines,
        total=Money(amount=outcome.total, currency=currency),
        total_at_po_price=Money(amount=outcome.total_at_po_price, currency=currency),
        price_variance=Money(amount=outcome.total - outcome.total_at_po_price, currency=currency),
        overridden_by=overridden_by,
        override_reason=override_reason,
        taxes=list(state.taxes),
        tax_total=(
            Money(amount=sum((t.tax_amount for t in state.taxes), Decimal(0)), currency=currency)
            if state.taxes
            else None
        ),
    )
