"""A sales target as it was last set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales import SalesTargetSet


class SalesTargetState(BaseModel):
    model_config = ConfigDict(frozen=True)

    exists: bool = False
    dimension: str = ""
    subject: str = ""
    period: str = ""
    period_start: date | None = None
    period_end: date | None = None
    members: tuple[str, ...] = ()
    amount: Money | None = None
    quantity: Decimal | None = None
    set_by: str = ""


def evolve(state: SalesTargetState, event: DomainEvent) -> SalesTargetState:
    if isinstance(event, SalesTargetSet):
        return SalesTargetState(
            exists=True,
            dimension=event.dimension,
            subject=event.subject,
            period=event.period,
            period_start=event.period_start,
            period_end=event.period_end,
            members=tuple(event.members),
            amount=event.amount,
            quantity=event.quantity,
            set_by=event.set_by,
        )
    return state
