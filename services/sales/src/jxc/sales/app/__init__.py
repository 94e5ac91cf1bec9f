"""Sales' application layer: command handlers and queries, orchestration without SQL."""
