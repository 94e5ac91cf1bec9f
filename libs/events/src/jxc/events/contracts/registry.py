"""The registry that holds every JXC contract."""

from jxc.events.registry import EventRegistry

registry = EventRegistry()
