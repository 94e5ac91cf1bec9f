"""Sales: app."""
