"""JXC inventory service."""
