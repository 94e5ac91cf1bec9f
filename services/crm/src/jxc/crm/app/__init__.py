"""Crm's orchestration: command handlers and queries, no SQL text, no HTTP types."""
