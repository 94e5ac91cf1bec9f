"""The payment's decider."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.events.base import DomainEvent
from jxc.finance.domain.payment.commands import PaymentCommand
from jxc.finance.domain.payment.recording import record
from jxc.finance.domain.payment.state import PaymentState, evolve
from jxc.platform.decider import Decider


def decide(command: PaymentCommand, state: PaymentState) -> Sequence[DomainEvent]:
    return record(command, state)


payment_decider: Decider[PaymentCommand, PaymentState] = Decider(
    stream_prefix="payment",
    initial_state=PaymentState(),
    decide=decide,
    evolve=evolve,
    state_type=PaymentState,
)
