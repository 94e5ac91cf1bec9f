"""What an admin asks of the cost centres."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DefineCostCentre:
    """Add a cost centre (a warehouse, by its code, or a department) or rename it."""

    code: str
    name: str
    kind: str
    active: bool = True


CostCentreCommand = DefineCostCentre
