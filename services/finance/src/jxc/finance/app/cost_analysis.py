"""Cost analysis for a range of periods, from the journal: per item, item category,
warehouse or customer; purchase price variance per supplier."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.finance.adapters import cost_analysis
from jxc.platform.decider import DomainError
from jxc.platform.reads import reading


@dataclass(frozen=True, slots=True)
class Analysed:
    key: str
    revenue: Decimal
    cogs: Decimal
    shrinkage: Decimal

    @property
    def margin(self) -> Decimal:
        return self.revenue - self.cogs

    @property
    def margin_percent(self) -> Decimal | None:
        if not self.revenue:
            return None
        return (self.margin / self.revenue * 100).quantize(Decimal("0.01"))


class CostAnalysis:
    def __init__(self, pool: AsyncConnectionPool[Any]) -> None:
        self.pool = pool

    async def by(self, by: str, first: str, last: str) -> list[Analysed]:
        if first > last:
            raise DomainError(
                f"the first period {first} comes after the last {last}", fields=("from", "to")
            )
        async with reading(self.pool) as conn:
            rows = await cost_analysis.analysis(conn, by, first, last)
        return [Analysed(str(r[0] or ""), r[1], r[2], r[3]) for r in rows]

    async def price_variance(self, first: str, last: str) -> list[tuple[UUID | None, Decimal]]:
        async with reading(self.pool) as conn:
            return await cost_analysis.price_variance(conn, first, last)
