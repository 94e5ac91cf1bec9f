"""The cost centre's decider."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.events.base import DomainEvent
from jxc.finance.domain.cost_centre.commands import CostCentreCommand
from jxc.finance.domain.cost_centre.defining import define
from jxc.finance.domain.cost_centre.state import CostCentreState, evolve
from jxc.platform.decider import Decider


def decide(command: CostCentreCommand, state: CostCentreState) -> Sequence[DomainEvent]:
    return define(command, state)


cost_centre_decider: Decider[CostCentreCommand, CostCentreState] = Decider(
    stream_prefix="cost-centre",
    initial_state=CostCentreState(),
    decide=decide,
    evolve=evolve,
    state_type=CostCentreState,
)
