"""The customer's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.crm.domain.customer.commands import (
    ChangeCreditLimit,
    CustomerCommand,
    RegisterCustomer,
    UpdateCustomer,
)
from jxc.crm.domain.customer.credit import change_credit_limit
from jxc.crm.domain.customer.details import register, update
from jxc.crm.domain.customer.state import CustomerState, evolve
from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider


def decide(command: CustomerCommand, state: CustomerState) -> Sequence[DomainEvent]:
    match command:
        case RegisterCustomer():
            return register(command, state)
        case UpdateCustomer():
            return update(command, state)
        case ChangeCreditLimit():
            return change_credit_limit(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


customer_decider: Decider[CustomerCommand, CustomerState] = Decider(
    stream_prefix="customer",
    initial_state=CustomerState(),
    decide=decide,
    evolve=evolve,
    state_type=CustomerState,
)
