"""Sales: api."""
