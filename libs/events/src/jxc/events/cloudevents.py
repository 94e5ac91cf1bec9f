"""Envelope <-> Kafka record, per the CloudEvents 1.0 Kafka protocol binding, binary mode.

The record value is the payload as JSON; the envelope travels as `ce_` headers. Extension
attribute names are lowercase alphanumerics, as the CloudEvents spec requires.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import cast
from uuid import UUID

from jxc.events.envelope import Envelope
from jxc.events.errors import MalformedEvent

SPECVERSION = b"1.0"
CONTENT_TYPE = b"application/json"

H_ID = "ce_id"
H_SOURCE = "ce_source"
H_SPECVERSION = "ce_specversion"
H_TYPE = "ce_type"
H_TIME = "ce_time"
H_SUBJECT = "ce_subject"
H_CONTENT_TYPE = "content-type"
H_STREAM_VERSION = "ce_streamversion"
H_SCHEMA_VERSION = "ce_schemaversion"
H_RECORDED_AT = "ce_recordedtime"
H_CORRELATION_ID = "ce_correlationid"
H_CAUSATION_ID = "ce_causationid"
H_ACTOR = "ce_actor"  # who did it (optional: older events have none)

Headers = list[tuple[str, bytes]]

_INTEGER = re.compile(r"-?[0-9]+")


def _names_are_text(found: dict[str, object]) -> bool:
    return all(map(str.__instancecheck__, found))


def _time(value: datetime) -> bytes:
    return value.isoformat().replace("+00:00", "Z").encode()


def to_kafka(envelope: Envelope) -> tuple[bytes, bytes, Headers]:
    """Key (the stream id), value (the JSON payload) and CloudEvents headers."""
    headers: Headers = [
        (H_SPECVERSION, SPECVERSION),
        (H_ID, str(envelope.event_id).encode()),
        (H_SOURCE, envelope.producer.encode()),
        (H_TYPE, envelope.event_type.encode()),
        (H_TIME, _time(envelope.occurred_at)),
        (H_SUBJECT, envelope.stream_id.encode()),
        (H_CONTENT_TYPE, CONTENT_TYPE),
        (H_STREAM_VERSION, str(envelope.stream_version).encode()),
        (H_SCHEMA_VERSION, str(envelope.schema_version).encode()),
        (H_RECORDED_AT, _time(envelope.recorded_at)),
        (H_CORRELATION_ID, str(envelope.correlation_id).encode()),
    ]
    if envelope.causation_id is not None:
        headers.append((H_CAUSATION_ID, str(envelope.causation_id).encode()))
    if envelope.actor is not None:
        headers.append((H_ACTOR, envelope.actor.encode()))
    return envelope.stream_id.encode(), envelope.payload, headers


def from_kafka(value: bytes | None, headers: Sequence[tuple[str, bytes | None]]) -> Envelope:
    """Read a binary-mode CloudEvent back into an envelope; MalformedEvent says what is wrong,
    and is the only error it raises, whatever the record holds (Kafka allows a header without
    a value).

    The common case (a well-formed record) takes a fast path; anything unusual goes through
    the checked path, which names the header that is wrong."""
    found: dict[str, object]
    try:
        # Well-formed headers are a list of (str, bytes) pairs: dict() reads them in C (the
        # last one wins, as in _header_map); anything else goes through _header_map.
        if type(headers) not in (list, tuple):
            raise TypeError
        found = dict(headers)
        if not _names_are_text(found):
            raise TypeError
    except (TypeError, ValueError):
        found = _header_map(headers)  # names what is wrong
    fast = cast(dict[str, bytes], found)  # wrong types raise below and take the checked path
    try:
        schema_version, stream_version = fast[H_SCHEMA_VERSION], fast[H_STREAM_VERSION]
        if (
            fast[H_SPECVERSION] == SPECVERSION
            and isinstance(value, bytes)
            and isinstance(schema_version, bytes)
            and isinstance(stream_version, bytes)
            and schema_version.isdigit()  # bytes.isdigit: ASCII digits only
            and stream_version.isdigit()
        ):
            occurred_at = datetime.fromisoformat(fast[H_TIME].decode())
            recorded_at = datetime.fromisoformat(fast[H_RECORDED_AT].decode())
            causation = fast.get(H_CAUSATION_ID)
            actor = fast.get(H_ACTOR)
            if occurred_at.tzinfo is not None and recorded_at.tzinfo is not None:
                return Envelope(
                    event_id=UUID(fast[H_ID].decode()),
                    event_type=fast[H_TYPE].decode(),
                    schema_version=int(schema_version),
                    stream_id=fast[H_SUBJECT].decode(),
                    stream_version=int(stream_version),
                    occurred_at=occurred_at,
                    recorded_at=recorded_at,
                    producer=fast[H_SOURCE].decode(),
                    correlation_id=UUID(fast[H_CORRELATION_ID].decode()),
                    causation_id=None if causation is None else UUID(causation.decode()),
                    payload=value,
                    actor=None if actor is None else actor.decode(),
                )
    # A header without a value (None) or of the wrong type: the checked path names it.
    except (KeyError, ValueError, AttributeError, TypeError):  # UnicodeDecodeError: a ValueError
        pass
    return _checked(value, found)


def _header_map(headers: object) -> dict[str, object]:
    """Header name -> value (the last one wins, as before); values are checked where read."""
    if not isinstance(headers, Sequence) or isinstance(headers, str | bytes):
        raise MalformedEvent(f"the record's headers are not a list: {type(headers).__name__}")
    found: dict[str, object] = {}
    for item in headers:
        if not (isinstance(item, tuple | list) and len(item) == 2 and isinstance(item[0], str)):
            raise MalformedEvent(f"a record header is not a (name, value) pair: {item!r:.80}")
        found[item[0]] = item[1]
    return found


def _checked(value: object, found: dict[str, object]) -> Envelope:

    def text(name: str) -> str:
        if name not in found:
            raise MalformedEvent(f"header {name} is missing")
        raw = found[name]
        if raw is None:
            raise MalformedEvent(f"header {name} has no value")
        if not isinstance(raw, bytes):
            raise MalformedEvent(f"header {name} is not bytes but {type(raw).__name__}")
        try:
            return raw.decode()
        except UnicodeDecodeError as exc:
            raise MalformedEvent(f"header {name} is not UTF-8") from exc

    def as_uuid(name: str) -> UUID:
        raw = text(name)
        try:
            return UUID(raw)
        except ValueError as exc:
            raise MalformedEvent(f"header {name} is not a UUID: {raw!r}") from exc

    def as_int(name: str) -> int:
        raw = text(name)
        # int() alone would also take " 7 ", "1_0" and non-ASCII digits
        if not _INTEGER.fullmatch(raw):
            raise MalformedEvent(f"header {name} is not an integer: {raw!r:.80}")
        try:
            return int(raw)
        except ValueError as exc:  # more digits than int() takes
            raise MalformedEvent(f"header {name} is too long an integer") from exc

    def as_time(name: str) -> datetime:
        raw = text(name)
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError as exc:
            raise MalformedEvent(f"header {name} is not an RFC 3339 time: {raw!r}") from exc
        if parsed.tzinfo is None:
            raise MalformedEvent(f"header {name} has no UTC offset: {raw!r}")
        return parsed

    if found.get(H_SPECVERSION) != SPECVERSION:
        raise MalformedEvent(f"header {H_SPECVERSION} must be 1.0")
    if value is None:
        raise MalformedEvent("the record has no value (payload)")
    if not isinstance(value, bytes):
        raise MalformedEvent(f"the record's value is not bytes but {type(value).__name__}")
    return Envelope(
        event_id=as_uuid(H_ID),
        event_type=text(H_TYPE),
        schema_version=as_int(H_SCHEMA_VERSION),
        stream_id=text(H_SUBJECT),
        stream_version=as_int(H_STREAM_VERSION),
        occurred_at=as_time(H_TIME),
        recorded_at=as_time(H_RECORDED_AT),
        producer=text(H_SOURCE),
        correlation_id=as_uuid(H_CORRELATION_ID),
        # a causation header without a value is no causation, as on the fast path
        causation_id=as_uuid(H_CAUSATION_ID) if found.get(H_CAUSATION_ID) is not None else None,
        payload=value,
        actor=text(H_ACTOR) if found.get(H_ACTOR) is not None else None,
    )
