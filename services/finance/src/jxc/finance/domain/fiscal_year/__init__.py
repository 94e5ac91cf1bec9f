"""A fiscal year (stream fiscal-year-<year>): twelve monthly periods."""

from jxc.finance.domain.fiscal_year.commands import FiscalYearCommand, OpenFiscalYear
from jxc.finance.domain.fiscal_year.decider import fiscal_year_decider
from jxc.finance.domain.fiscal_year.state import FiscalYearState

__all__ = ["FiscalYearCommand", "FiscalYearState", "OpenFiscalYear", "fiscal_year_decider"]
