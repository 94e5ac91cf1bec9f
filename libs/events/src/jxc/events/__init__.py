"""JXC event contracts: envelope, registry, codec, contracts per context."""
