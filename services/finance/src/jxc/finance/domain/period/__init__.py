"""A period of the ledger (stream period-<YYYY-MM>): closed and reopened by an admin."""

from jxc.finance.domain.period.commands import ClosePeriod, PeriodCommand, ReopenPeriod
from jxc.finance.domain.period.decider import period_decider
from jxc.finance.domain.period.state import PeriodState

__all__ = ["ClosePeriod", "PeriodCommand", "PeriodState", "ReopenPeriod", "period_decider"]
