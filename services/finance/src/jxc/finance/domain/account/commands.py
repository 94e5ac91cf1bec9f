"""What an admin asks of the chart of accounts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DefineAccount:
    """Add an account, or change one's name, parent or activity. `defined_type` is the type the
    chart gives the code now, if any (the default chart is seeded without events)."""

    code: str
    name: str
    account_type: str
    parent: str | None = None
    active: bool = True
    defined_type: str | None = None


AccountCommand = DefineAccount
