"""JXC crm service."""
