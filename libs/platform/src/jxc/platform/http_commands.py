"""What every command endpoint shares: the Idempotency-Key header, the command's metadata
(now, and the request's correlation id), and the fingerprint that tells a retry from a
different request sent with the same key."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Header, Request

from jxc.platform.commands import fingerprint
from jxc.platform.http import correlation_id
from jxc.platform.store import Metadata

IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", max_length=200, description="retry-safe key"),
]


def request_meta() -> Metadata:
    return Metadata(occurred_at=datetime.now(UTC), correlation_id=correlation_id.get())


async def idempotency(request: Request, key: str | None) -> dict[str, Any]:
    """Keyword arguments for CommandHandler.handle: the key and the request's fingerprint."""
    if key is None:
        return {}
    body = await request.body()
    return {
        "idempotency_key": key,
        "request_fingerprint": fingerprint([request.url.path, body.decode(errors="replace")]),
    }
