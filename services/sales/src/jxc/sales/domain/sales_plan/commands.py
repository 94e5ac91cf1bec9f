"""What may be asked of a sales target."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from uuid import UUID, uuid5

from jxc.events.base import Money


class Dimension(StrEnum):
    SALESPERSON = "salesperson"
    TEAM = "team"
    CATEGORY = "category"
    WAREHOUSE = "warehouse"


#: Target ids are named by what they aim at: one target per dimension, subject and period.
TARGETS = UUID("0193a1d2-5e7c-7c4e-9a55-6a1f0c0d7a11")


def target_id_of(dimension: Dimension, subject: str, period: str) -> UUID:
    return uuid5(TARGETS, f"{dimension.value}:{subject.strip()}:{period.strip()}")


@dataclass(frozen=True, slots=True)
class SetSalesTarget:
    """Set (or revise) what `subject` should sell in `period`: `amount` net of discounts and
    tax, and optionally a quantity. A team names its salespeople in `members`."""

    target_id: UUID
    dimension: Dimension
    subject: str
    period: str
    amount: Money
    set_by: str
    members: tuple[str, ...] = ()
    quantity: Decimal | None = None


SalesTargetCommand = SetSalesTarget
