"""A cost centre (stream cost-centre-<code>): a warehouse or a department."""

from jxc.finance.domain.cost_centre.commands import CostCentreCommand, DefineCostCentre
from jxc.finance.domain.cost_centre.decider import cost_centre_decider
from jxc.finance.domain.cost_centre.state import CostCentreState

__all__ = ["CostCentreCommand", "CostCentreState", "DefineCostCentre", "cost_centre_decider"]
