"""JXC platform: event store, outbox relay, projections, wiring."""
