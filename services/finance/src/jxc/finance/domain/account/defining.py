"""Defining an account: a code of digits (and dots for sub-accounts), a name, one of the five
types, which never changes once the account exists (its balances would change sides)."""

from __future__ import annotations

import re
from typing import cast

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import AccountDefined, AccountType
from jxc.events.limits import MAX_CODE, MAX_NAME
from jxc.finance.domain.account.commands import DefineAccount
from jxc.finance.domain.account.state import AccountState
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_text

CODE = re.compile(r"^[0-9]{4}(\.[0-9A-Za-z]{1,8}){0,4}$")
TYPES = ("asset", "liability", "equity", "income", "expense")


def define(command: DefineAccount, state: AccountState) -> list[DomainEvent]:
    code = command.code.strip()
    if not CODE.match(code) or len(code) > MAX_CODE:
        raise DomainError(
            f"account code {code!r} is not a chart code: four digits, then sub-accounts "
            "after dots (e.g. 6602 or 6602.01)",
            fields=("code",),
        )
    if command.account_type not in TYPES:
        raise DomainError(
            f"account type must be one of {', '.join(TYPES)}", fields=("account_type",)
        )
    name = check_text(command.name, "name", "the account's name", max_length=MAX_NAME)
    parent = (command.parent or "").strip() or None
    if parent is not None and not code.startswith(parent + "."):
        raise DomainError(
            f"account {code} cannot sit under {parent}: a sub-account's code starts with its "
            "parent's and a dot",
            fields=("parent",),
        )
    current = state.account_type if state.exists else command.defined_type
    if current and current != command.account_type:
        raise StateConflict(
            f"account {code} is an {current} account; its type never changes (open another "
            "account instead)",
            fields=("account_type",),
        )
    if state.exists and (state.name, state.parent, state.active) == (
        name,
        parent,
        command.active,
    ):
        return []
    return [
        AccountDefined(
            code=code,
            name=name,
            account_type=cast(AccountType, command.account_type),
            parent=parent,
            active=command.active,
        )
    ]
