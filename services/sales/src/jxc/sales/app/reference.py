"""What sales knows of crm's customers and inventory's items and warehouses: the checks a
command makes before naming them (a 422 naming the field), and the queries of the copies."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.platform.decider import DomainError, NotFound
from jxc.platform.reads import reading, wait_for_event
from jxc.platform.store import Conn
from jxc.sales.adapters import credit, reference
from jxc.sales.domain.order import CustomerFacts

Named = tuple[str, str]  # (field, value)


async def customer_facts(conn: Conn, customer_id: UUID, field: str) -> CustomerFacts:
    row = await reference.customer(conn, customer_id)
    if row is None:
        raise DomainError(
            f"sales knows no customer {customer_id}; crm registers customers (if it just "
            "did, retry in a moment)",
            fields=(field,),
        )
    labels = tuple(str(a["label"]) for a in row["addresses"])
    return CustomerFacts(
        customer_id=customer_id,
        code=row["code"],
        currency=row["currency"],
        customer_group=row["customer_group"],
        credit_limit=Decimal(row["credit_limit"]),
        address_labels=labels,
    )


async def units_of(
    conn: Conn, skus: Sequence[Named], warehouses: Sequence[Named]
) -> dict[str, str]:
    """The unit of every SKU named; a 422 naming the first SKU or warehouse inventory never
    registered."""
    units = await reference.units(conn, [v for _, v in skus])
    for field, sku in skus:
        if sku not in units:
            raise DomainError(
                f"there is no item {sku} in inventory's item master; register it in inventory "
                "first",
                fields=(field,),
            )
    known = await reference.known_warehouses(conn, [v for _, v in warehouses])
    for field, code in warehouses:
        if code not in known:
            raise DomainError(
                f"there is no warehouse {code} in inventory; register it in inventory first",
                fields=(field,),
            )
    return units


class ReferenceData:
    def __init__(
        self,
        pool: AsyncConnectionPool[Any],
        consumers: dict[str, str],
        max_wait_seconds: float,
    ) -> None:
        self.pool = pool
        self.consumers = consumers  # "customers" / "catalog" -> consumer name
        self.max_wait_seconds = max_wait_seconds

    async def customer(
        self, customer_id: UUID, wait_for: UUID | None, wait_seconds: float
    ) -> dict[str, Any]:
        await self._wait("customers", wait_for, wait_seconds)
        async with reading(self.pool) as conn:
            row = await reference.customer(conn, customer_id)
            if row is None:
                raise NotFound(f"sales knows no customer {customer_id}", fields=("customer_id",))
            exposure = await credit.exposure(conn, customer_id)
        currency = row["currency"]
        return {
            "customer_id": customer_id,
            "code": row["code"],
            "name": row["name"],
            "customer_group": row["customer_group"],
            "currency": currency,
            "credit_limit": {"amount": str(row["credit_limit"]), "currency": currency},
            "addresses": row["addresses"],
            "exposure": {
                "open_orders": str(exposure.open_orders),
                "open_receivables": str(exposure.open_receivables),
                "overdue": str(exposure.overdue),
                "total": str(exposure.total),
                "currency": currency,
            },
        }

    async def item(self, sku: str, wait_for: UUID | None, wait_seconds: float) -> dict[str, Any]:
        await self._wait("catalog", wait_for, wait_seconds)
        async with reading(self.pool) as conn:
            row = await reference.item(conn, sku)
        if row is None:
            raise NotFound(f"inventory has not registered item {sku}", fields=("sku",))
        return row

    async def _wait(self, which: str, event_id: UUID | None, wait_seconds: float) -> None:
        timeout = min(wait_seconds, self.max_wait_seconds)
        await wait_for_event(self.pool, self.consumers[which], event_id, timeout, f"{which} copy")
