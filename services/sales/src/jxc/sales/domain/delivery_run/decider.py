"""The delivery day's decider: one stream per warehouse and day, so one plan holds each
shipment of that day once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.delivery_run.commands import PlanDeliveryRuns
from jxc.sales.domain.delivery_run.planning import plan
from jxc.sales.domain.delivery_run.state import DeliveryDayState, evolve


def decide(command: PlanDeliveryRuns, state: DeliveryDayState) -> Sequence[DomainEvent]:
    return plan(command, state)


delivery_day_decider: Decider[PlanDeliveryRuns, DeliveryDayState] = Decider(
    stream_prefix="delivery-runs",
    initial_state=DeliveryDayState(),
    decide=decide,
    evolve=evolve,
    state_type=DeliveryDayState,
)


def day_key(warehouse: str, day: date) -> str:
    """The aggregate id of a warehouse's delivery day: `WH-A@2026-12-01`."""
    return f"{warehouse}@{day.isoformat()}"
