"""JXC purchasing service."""
