"""The account's decider."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.events.base import DomainEvent
from jxc.finance.domain.account.commands import AccountCommand
from jxc.finance.domain.account.defining import define
from jxc.finance.domain.account.state import AccountState, evolve
from jxc.platform.decider import Decider


def decide(command: AccountCommand, state: AccountState) -> Sequence[DomainEvent]:
    return define(command, state)


account_decider: Decider[AccountCommand, AccountState] = Decider(
    stream_prefix="account",
    initial_state=AccountState(),
    decide=decide,
    evolve=evolve,
    state_type=AccountState,
)
