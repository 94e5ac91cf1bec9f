"""For systems that subscribe to JXC topics."""
