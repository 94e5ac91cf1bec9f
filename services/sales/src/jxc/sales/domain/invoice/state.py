"""An invoice's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import InvoiceIssued


@dataclass(frozen=True, slots=True)
class InvoiceState:
    issued: InvoiceIssued | None = None


def evolve(state: InvoiceState, event: DomainEvent) -> InvoiceState:
    if isinstance(event, InvoiceIssued):
        return InvoiceState(issued=event)
    return state
