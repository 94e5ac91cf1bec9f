"""Sales' read models fed from topics."""
