"""Dead letters: a record a consumer cannot read or apply goes to jxc.dlq.<consumer>, with why.

The original key, value and headers are kept as they were, so the record can be replayed after
a fix; `jxc_dlq_*` headers add the reason and where it came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaProducer

from jxc.platform.metrics import EVENTS_DEAD_LETTERED
from jxc.platform.settings import dlq_topic_of


@dataclass(frozen=True, slots=True)
class DeadLetter:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: Sequence[tuple[str, bytes]]
    reason: str


class DeadLetters:
    def __init__(self, producer: AIOKafkaProducer, consumer: str) -> None:
        self.producer = producer
        self.consumer = consumer
        self.topic = dlq_topic_of(consumer)

    async def send(self, letters: Sequence[DeadLetter]) -> None:
        """Publish and wait for the broker's ack of every letter."""
        futures = []
        for letter in letters:
            headers = [
                *letter.headers,
                ("jxc_dlq_reason", letter.reason.encode()[:4096]),
                ("jxc_dlq_consumer", self.consumer.encode()),
                ("jxc_dlq_source", f"{letter.topic}/{letter.partition}/{letter.offset}".encode()),
            ]
            futures.append(
                await self.producer.send(
                    self.topic, value=letter.value or b"", key=letter.key, headers=headers
                )
            )
        for future in futures:
            await future
        EVENTS_DEAD_LETTERED.labels(self.consumer).inc(len(letters))
