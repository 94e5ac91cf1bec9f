"""What an admin asks of the fiscal calendar."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class OpenFiscalYear:
    """Twelve monthly periods from `first_period` ("2026-01"); `taken` are the periods other
    fiscal years hold already (from the fiscal year list)."""

    year: int
    first_period: str
    taken: frozenset[str] = field(default_factory=frozenset)


FiscalYearCommand = OpenFiscalYear
