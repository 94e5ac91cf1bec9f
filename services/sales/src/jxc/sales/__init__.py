"""JXC sales service."""
