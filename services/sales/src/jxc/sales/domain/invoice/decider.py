"""The invoice's decider."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import NAMESPACE_URL, UUID, uuid5

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.invoice.commands import IssueInvoice
from jxc.sales.domain.invoice.issuing import issue
from jxc.sales.domain.invoice.state import InvoiceState, evolve


def decide(command: IssueInvoice, state: InvoiceState) -> Sequence[DomainEvent]:
    return issue(command, state)


invoice_decider: Decider[IssueInvoice, InvoiceState] = Decider(
    stream_prefix="invoice",
    initial_state=InvoiceState(),
    decide=decide,
    evolve=evolve,
    state_type=InvoiceState,
)

_INVOICES = uuid5(NAMESPACE_URL, "urn:jxc:sales:invoices")


def invoice_id_of(basis: str, basis_id: UUID) -> UUID:
    """The one invoice of a shipment (`basis` "shipment") or an order ("order"): the id is
    derived from what it bills, so a second attempt lands on the same stream and is refused."""
    return uuid5(_INVOICES, f"{basis}:{basis_id}")


def invoice_no_of(year: int, number: int) -> str:
    """An invoice's number: the year it is issued in and its place in that year's series."""
    return f"INV-{year}-{number:06d}"
