"""Sales' copies of other contexts, as projections: crm's customers (group, currency, credit
limit, addresses) and inventory's items (SKU, unit, category) and warehouses. Commands read
them to refuse unknown customers, SKUs and warehouses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jxc.events.contracts.crm import CreditLimitChanged, CustomerRegistered, CustomerUpdated
from jxc.events.contracts.inventory import (
    ItemRegistered,
    ItemUpdated,
    WarehouseRegistered,
    WarehouseUpdated,
)
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.sales.adapters import reference


@dataclass(frozen=True)
class CustomersProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = field(
        default=frozenset(
            {
                CustomerRegistered.event_type,
                CustomerUpdated.event_type,
                CreditLimitChanged.event_type,
            }
        )
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event, at = consumed.event, consumed.envelope.occurred_at
            match event:
                case CustomerRegistered():
                    await reference.save_customer(
                        conn,
                        event.customer_id,
                        code=event.code,
                        name=event.name,
                        group=event.customer_group,
                        currency=event.currency,
                        addresses=[a.model_dump(mode="json") for a in event.addresses],
                        at=at,
                    )
                case CustomerUpdated():
                    await reference.update_profile(
                        conn,
                        event.customer_id,
                        name=event.name,
                        group=event.customer_group,
                        addresses=[a.model_dump(mode="json") for a in event.addresses],
                        at=at,
                    )
                case CreditLimitChanged():
                    await reference.change_credit_limit(
                        conn, event.customer_id, event.credit_limit.amount, at
                    )

    async def clear(self, conn: Conn) -> None:
        await reference.clear(conn, "customers")


@dataclass(frozen=True)
class CatalogProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = field(
        default=frozenset(
            {
                ItemRegistered.event_type,
                ItemUpdated.event_type,
                WarehouseRegistered.event_type,
                WarehouseUpdated.event_type,
            }
        )
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event, at = consumed.event, consumed.envelope.occurred_at
            match event:
                case ItemRegistered():
                    await reference.save_item(
                        conn, event.sku, event.name, event.unit, event.category, at
                    )
                case ItemUpdated():
                    await reference.update_item(conn, event.sku, event.name, event.category, at)
                case WarehouseRegistered() | WarehouseUpdated():
                    await reference.save_warehouse(conn, event.warehouse, event.name, at)

    async def clear(self, conn: Conn) -> None:
        await reference.clear(conn, "catalog")
