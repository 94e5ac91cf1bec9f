"""A JXC subscriber kit: a small faststream application that reads a JXC topic.

    jxc-subscriber jxc.inventory.events --group my-system     # one JSON line per event

Each record is a CloudEvent in Kafka's binary mode: `from_kafka` reads the `ce_*` headers into
an envelope, and the payload is validated against its contract (jxc.events). Offsets are
acknowledged by hand (faststream's AckPolicy.MANUAL, Kafka auto-commit off), after your
handler is done with the event:

- the handler returns: the record is acknowledged (its group's offset moves past it);
- the handler raises: the record is not acknowledged; the partition is sought back to it, so it
  comes again (at-least-once: deduplicate on `envelope.event_id`, the `ce_id` header);
- the record cannot be read (no CloudEvents headers, a payload that breaks its contract):
  `on_invalid` gets it with the reason, then it is acknowledged, as JXC's own consumers send
  such records to their dead-letter topic and go on;
- the event has a newer schema version than this jxc-events knows: not acknowledged, the
  partition waits there (upgrade jxc-events; a version only grows optional fields).

A new group starts from offset 0 (`auto_offset_reset="earliest"`): topics keep every event.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from aiokafka import ConsumerRecord
from faststream import AckPolicy, FastStream
from faststream.kafka import KafkaBroker, KafkaMessage
from faststream.security import SASLScram256, SASLScram512

from jxc.events.base import DomainEvent
from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.envelope import Envelope
from jxc.events.errors import MalformedEvent, NewerSchemaVersion

log = logging.getLogger("jxc.subscriber")

Handler = Callable[[Envelope, DomainEvent], Awaitable[None]]
InvalidHandler = Callable[["ConsumerRecord[bytes, bytes]", str], Awaitable[None]]


async def log_invalid(record: ConsumerRecord[bytes, bytes], reason: str) -> None:
    log.warning(
        "unreadable record skipped: %s/%s/%s: %s",
        record.topic,
        record.partition,
        record.offset,
        reason,
    )


def read(record: ConsumerRecord[bytes, bytes]) -> tuple[Envelope, DomainEvent]:
    """The envelope from the CloudEvents headers and the payload checked against its contract.
    Raises MalformedEvent (unreadable) or NewerSchemaVersion (this reader is out of date)."""
    envelope = from_kafka(record.value, list(record.headers))
    return envelope, registry.decode(envelope)


def security_from_env() -> SASLScram256 | SASLScram512 | None:
    """SCRAM as JXC's own services do it (JXC_KAFKA_SASL_*), e.g. as a Strimzi KafkaUser."""
    if not os.environ.get("JXC_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT").startswith("SASL_"):
        return None
    user = os.environ.get("JXC_KAFKA_SASL_USERNAME", "")
    password = os.environ.get("JXC_KAFKA_SASL_PASSWORD", "")
    if os.environ.get("JXC_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512") == "SCRAM-SHA-256":
        return SASLScram256(user, password)
    return SASLScram512(user, password)


def subscriber(
    topic: str,
    group_id: str,
    handle: Handler,
    *,
    bootstrap: str = "127.0.0.1:9092",
    on_invalid: InvalidHandler = log_invalid,
    security: SASLScram256 | SASLScram512 | None = None,
) -> FastStream:
    """A faststream app that hands every event of `topic` to `handle`, acknowledging by hand."""
    broker = KafkaBroker(bootstrap, security=security, logger=log)

    @broker.subscriber(
        topic,
        group_id=group_id,
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.MANUAL,
        title=f"{group_id} reads {topic}",
    )
    async def receive(message: KafkaMessage) -> None:  # the record, not a decoded body
        record: ConsumerRecord[bytes, bytes] = message.raw_message
        try:
            envelope, event = read(record)
        except NewerSchemaVersion as exc:
            log.error("waiting here: %s (upgrade jxc-events)", exc.reason)
            await message.nack()
            await asyncio.sleep(5)
            return
        except MalformedEvent as exc:
            await on_invalid(record, exc.reason)
            await message.ack()
            return
        try:
            await handle(envelope, event)
        except Exception:
            log.exception("handler failed on %s; it comes again", envelope.event_id)
            await message.nack()
            return
        await message.ack()

    return FastStream(broker, logger=log)


async def print_event(envelope: Envelope, event: DomainEvent) -> None:
    line = {
        "id": str(envelope.event_id),
        "type": envelope.event_type,
        "subject": envelope.stream_id,
        "version": envelope.stream_version,
        "time": envelope.occurred_at.isoformat(),
        "data": event.model_dump(mode="json"),
    }
    import json

    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="jxc-subscriber", description=__doc__.split("\n")[0])
    parser.add_argument("topic", help="e.g. jxc.inventory.events")
    parser.add_argument("--group", required=True, help="your consumer group (a new one: from 0)")
    parser.add_argument(
        "--bootstrap", default=os.environ.get("JXC_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    app = subscriber(
        args.topic, args.group, print_event, bootstrap=args.bootstrap, security=security_from_env()
    )
    asyncio.run(app.run())


def kit_broker(app: FastStream) -> Any:
    """The app's broker (for tests and embedding: `async with broker: await broker.start()`)."""
    return app.broker


if __name__ == "__main__":
    main()
