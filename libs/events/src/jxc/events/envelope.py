"""The envelope every JXC event travels in, in the store and on Kafka."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID


@dataclass(frozen=True, slots=True)
class Envelope:
    """Metadata of one recorded event plus its JSON payload (bytes, as stored and sent)."""

    event_id: UUID
    event_type: str
    schema_version: int
    stream_id: str
    stream_version: int
    occurred_at: datetime
    recorded_at: datetime
    producer: str
    correlation_id: UUID
    causation_id: UUID | None
    payload: bytes
    # Who did it: the authenticated user, or the consumer whose policy reacted; None on
    # events recorded before the store kept it.
    actor: str | None = None

    @property
    def context(self) -> str:
        """The bounded context that owns the event: `inventory` for `inventory.StockReceived`."""
        return self.event_type.split(".", 1)[0]
