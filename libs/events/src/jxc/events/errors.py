"""Errors raised while reading events."""


class MalformedEvent(ValueError):
    """A message that cannot be read as a JXC event; `reason` says why, for the dead letter."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnknownEventType(MalformedEvent):
    """An event type (or schema version) that this registry does not know."""


class NewerSchemaVersion(UnknownEventType):
    """An event of a schema version newer than this reader knows: the reader is out of date,
    not the event. A consumer stalls on it until it is upgraded; it never dead-letters it."""
