"""The customer return's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.customer_return.commands import (
    ApproveReturn,
    ExchangeReturn,
    ReceiveReturn,
    RefundReturn,
    RefuseReturn,
    RequestReturn,
    ReturnCommand,
)
from jxc.sales.domain.customer_return.receiving import receive
from jxc.sales.domain.customer_return.requesting import request
from jxc.sales.domain.customer_return.reviewing import approve, refuse
from jxc.sales.domain.customer_return.settling import exchange, refund
from jxc.sales.domain.customer_return.state import ReturnState, evolve


def decide(command: ReturnCommand, state: ReturnState) -> Sequence[DomainEvent]:
    match command:
        case RequestReturn():
            return request(command, state)
        case ApproveReturn():
            return approve(command, state)
        case RefuseReturn():
            return refuse(command, state)
        case ReceiveReturn():
            return receive(command, state)
        case RefundReturn():
            return refund(command, state)
        case ExchangeReturn():
            return exchange(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


customer_return_decider: Decider[ReturnCommand, ReturnState] = Decider(
    stream_prefix="customer-return",
    initial_state=ReturnState(),
    decide=decide,
    evolve=evolve,
    state_type=ReturnState,
)
