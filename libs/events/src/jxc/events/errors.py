"""Errors raised while reading events."""


class MalformedEvent(ValueError):
    """A message that cannot be read as a JXC event; `reason` says why, for the dead letter."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnknownEventType(MalformedEvent):
    """An event type (or schema version) that this registry does not know."""
