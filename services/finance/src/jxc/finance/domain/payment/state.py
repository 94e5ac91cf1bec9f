"""A payment: recorded once."""

from __future__ import annotations

from dataclasses import dataclass

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import PaymentRecorded


@dataclass(frozen=True, slots=True)
class PaymentState:
    recorded: bool = False


def evolve(state: PaymentState, event: DomainEvent) -> PaymentState:
    return PaymentState(True) if isinstance(event, PaymentRecorded) else state
