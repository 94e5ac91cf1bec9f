"""An account as its events left it."""

from __future__ import annotations

from dataclasses import dataclass

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import AccountDefined


@dataclass(frozen=True, slots=True)
class AccountState:
    exists: bool = False
    code: str = ""
    name: str = ""
    account_type: str = ""
    parent: str | None = None
    active: bool = True


def evolve(state: AccountState, event: DomainEvent) -> AccountState:
    if isinstance(event, AccountDefined):
        return AccountState(
            True, event.code, event.name, event.account_type, event.parent, event.active
        )
    return state
