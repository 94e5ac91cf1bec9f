"""Sales' aggregates, pure: no I/O, no clock, no ids made here."""
