"""Sales: domain."""
