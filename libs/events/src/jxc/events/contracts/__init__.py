"""Every published JXC event contract, one module per context, in one registry."""

from jxc.events.contracts import crm, finance, inventory, logistics, purchasing, sales
from jxc.events.contracts.registry import registry

__all__ = ["crm", "finance", "inventory", "logistics", "purchasing", "registry", "sales"]
