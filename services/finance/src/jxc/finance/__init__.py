"""JXC finance service."""
