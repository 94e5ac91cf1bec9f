"""The sales target's decider: one stream per target (`sales-target-<id>`)."""

from __future__ import annotations

from collections.abc import Sequence

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.sales_plan.commands import SalesTargetCommand
from jxc.sales.domain.sales_plan.state import SalesTargetState, evolve
from jxc.sales.domain.sales_plan.targeting import set_target


def decide(command: SalesTargetCommand, state: SalesTargetState) -> Sequence[DomainEvent]:
    return set_target(command, state)


sales_target_decider: Decider[SalesTargetCommand, SalesTargetState] = Decider(
    stream_prefix="sales-target",
    initial_state=SalesTargetState(),
    decide=decide,
    evolve=evolve,
    state_type=SalesTargetState,
)
