"""(event_type, schema_version) -> contract model, with explicit upcasters between versions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import orjson
from pydantic import ValidationError

from jxc.events.base import DomainEvent
from jxc.events.envelope import Envelope
from jxc.events.errors import MalformedEvent, NewerSchemaVersion, UnknownEventType

E = TypeVar("E", bound=type[DomainEvent])
Upcaster = Callable[[dict[str, Any]], dict[str, Any]]


class EventRegistry:
    """Knows every contract by its stable name and reads any older schema version of it."""

    def __init__(self) -> None:
        self._current: dict[str, type[DomainEvent]] = {}
        self._upcasters: dict[tuple[str, int], Upcaster] = {}

    def register(self, model: E) -> E:
        """Class decorator: `model` is the current schema of its event type."""
        known = self._current.get(model.event_type)
        if known is not None and known is not model:
            raise ValueError(f"{model.event_type} is registered twice")
        self._current[model.event_type] = model
        return model

    def upcaster(self, event_type: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
        """Decorator: turn a payload of `from_version` into one of `from_version + 1`."""

        def add(fn: Upcaster) -> Upcaster:
            self._upcasters[(event_type, from_version)] = fn
            return fn

        return add

    def model(self, event_type: str) -> type[DomainEvent]:
        try:
            return self._current[event_type]
        except KeyError:
            raise UnknownEventType(f"unknown event type {event_type!r}") from None

    def __iter__(self) -> Iterator[type[DomainEvent]]:
        return iter(sorted(self._current.values(), key=lambda m: m.event_type))

    def __contains__(self, event_type: object) -> bool:
        return event_type in self._current

    def decode(self, envelope: Envelope) -> DomainEvent:
        """The payload as the current contract model, upcast from older versions."""
        return self.decode_payload(envelope.event_type, envelope.schema_version, envelope.payload)

    def decode_payload(self, event_type: str, schema_version: int, payload: bytes) -> DomainEvent:
        """The event, or MalformedEvent (the only error raised, whatever the payload holds);
        NewerSchemaVersion, one kind of it, when this reader is older than the event."""
        model = self.model(event_type)
        if schema_version > model.schema_version:
            raise NewerSchemaVersion(
                f"{event_type} v{schema_version} is newer than the v{model.schema_version} "
                "this reader knows"
            )
        try:
            if schema_version == model.schema_version:
                return model.model_validate_json(payload)
            data = orjson.loads(payload)
            if not isinstance(data, dict):
                raise MalformedEvent(f"{event_type} payload is not a JSON object")
            for version in range(schema_version, model.schema_version):
                step = self._upcasters.get((event_type, version))
                if step is None:
                    raise UnknownEventType(f"no upcaster for {event_type} v{version}")
                try:
                    data = step(data)
                except (MalformedEvent, ValidationError):
                    raise
                except Exception as exc:
                    # the payload is not the shape of v{version} (a missing key, a value the
                    # upcaster cannot convert): a dead letter, not a crash
                    raise MalformedEvent(
                        f"{event_type} v{version} cannot be upcast: {type(exc).__name__} {exc}"
                    ) from exc
            return model.model_validate(data)
        except ValidationError as exc:
            raise MalformedEvent(f"{event_type} v{schema_version}: {_describe(exc)}") from exc
        except orjson.JSONDecodeError as exc:
            raise MalformedEvent(f"{event_type} payload is not JSON: {exc}") from exc
        except MalformedEvent:
            raise
        except Exception as exc:  # a validator that raised something else than ValueError
            raise MalformedEvent(
                f"{event_type} v{schema_version} cannot be read: {type(exc).__name__} {exc}"
            ) from exc


def encode(event: DomainEvent) -> bytes:
    """The payload as compact JSON (Decimals as strings, times as RFC 3339)."""
    return event.__pydantic_serializer__.to_json(event)


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "payload"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)
