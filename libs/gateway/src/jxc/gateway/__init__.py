"""The web gateway: one origin for the back office (static files + /api/<service>/ proxy)."""
