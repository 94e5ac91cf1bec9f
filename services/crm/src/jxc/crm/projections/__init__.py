"""Crm's read models fed from other services' topics (and its policies): each applies a batch
through adapters/ inside the projection runner's transaction."""
