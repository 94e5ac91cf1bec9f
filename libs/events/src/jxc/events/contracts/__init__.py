"""Every published JXC event contract, one module per context, in one registry."""

from jxc.events.contracts import crm, finance, inventory, purchasing, sales, sales_orders
from jxc.events.contracts.registry import registry

__all__ = ["crm", "finance", "inventory", "purchasing", "registry", "sales", "sales_orders"]
