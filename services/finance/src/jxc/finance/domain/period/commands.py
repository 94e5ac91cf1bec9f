"""Closing and reopening a period (admin)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClosePeriod:
    period: str
    closed_by: str


@dataclass(frozen=True, slots=True)
class ReopenPeriod:
    period: str
    reopened_by: str
    reason: str


PeriodCommand = ClosePeriod | ReopenPeriod
