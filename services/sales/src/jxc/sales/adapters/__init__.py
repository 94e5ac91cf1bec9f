"""Sales: adapters."""
