"""Sales plans (销售计划): targets per period for a salesperson, a team, a product category or
a warehouse. Pure: no I/O, no clock, no ids made here."""

from jxc.sales.domain.sales_plan.commands import (
    Dimension,
    SalesTargetCommand,
    SetSalesTarget,
    target_id_of,
)
from jxc.sales.domain.sales_plan.decider import sales_target_decider
from jxc.sales.domain.sales_plan.periods import period_days
from jxc.sales.domain.sales_plan.state import SalesTargetState

__all__ = [
    "Dimension",
    "SalesTargetCommand",
    "SalesTargetState",
    "SetSalesTarget",
    "period_days",
    "sales_target_decider",
    "target_id_of",
]
