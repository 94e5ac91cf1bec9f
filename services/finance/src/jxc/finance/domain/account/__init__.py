"""An account of the chart (stream account-<code>)."""

from jxc.finance.domain.account.commands import AccountCommand, DefineAccount
from jxc.finance.domain.account.decider import account_decider
from jxc.finance.domain.account.state import AccountState

__all__ = ["AccountCommand", "AccountState", "DefineAccount", "account_decider"]
