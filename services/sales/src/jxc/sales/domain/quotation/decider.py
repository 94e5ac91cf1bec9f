"""The quotation's decider."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.quotation import quoting
from jxc.sales.domain.quotation.commands import (
    AcceptQuotation,
    ConvertQuotation,
    CreateQuotation,
    QuotationCommand,
)
from jxc.sales.domain.quotation.state import QuotationState, evolve


def decide(command: QuotationCommand, state: QuotationState) -> Sequence[DomainEvent]:
    match command:
        case CreateQuotation():
            return quoting.create(command, state)
        case AcceptQuotation():
            return quoting.accept(command, state)
        case ConvertQuotation():
            return quoting.convert(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


quotation_decider: Decider[QuotationCommand, QuotationState] = Decider(
    stream_prefix="quotation",
    initial_state=QuotationState(),
    decide=decide,
    evolve=evolve,
    state_type=QuotationState,
)
