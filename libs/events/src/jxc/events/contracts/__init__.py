"""Every published JXC event contract, one module per context (sales' events that only sales
itself consumes have their own modules: sales_orders, logistics), in one registry."""

from jxc.events.contracts import (
    crm,
    finance,
    inventory,
    logistics,
    purchasing,
    sales,
    sales_orders,
)
from jxc.events.contracts.registry import registry

__all__ = [
    "crm",
    "finance",
    "inventory",
    "logistics",
    "purchasing",
    "registry",
    "sales",
    "sales_orders",
]
