"""The AsyncAPI 3 document of JXC's topics, made with faststream from the contracts.

    uv run python -m jxc.subscriber.asyncapi            # writes docs/asyncapi.json
    uv run python -m jxc.subscriber.asyncapi --stdout   # prints it

faststream describes the application (info, servers, one publisher per event contract); the
document is then arranged the way JXC publishes, with each payload the contract's own JSON
Schema as on the wire (the same as libs/events/schemas): one channel per
topic (`jxc.<context>.events`) holding one message per event type and schema version, each
with its CloudEvents headers (binary mode: `ce_*`) and its key (the stream id), and the
dead-letter topics (`jxc.dlq.<service>.<consumer>`).
libs/subscriber/tests/test_asyncapi.py fails when the file is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from faststream.kafka import KafkaBroker
from faststream.specification import AsyncAPI

from jxc.events.base import DomainEvent
from jxc.events.contracts import registry

CONTEXTS = ("purchasing", "sales", "inventory", "finance", "crm")
DOCUMENT = Path(__file__).resolve().parents[5] / "docs" / "asyncapi.json"
VERSION = "1.0.0"
KAFKA_BINDING = "0.5.0"

DESCRIPTION = """\
Every JXC service publishes the events of its context, in order per stream, to one topic:
`jxc.<context>.events` (12 partitions; kept forever, so a subscriber may replay from offset 0).
A record is a CloudEvent in the Kafka binary mode: the value is the event's payload as JSON,
the envelope travels in `ce_*` headers, and the key is the stream (aggregate) id, so all the
events of one stream are on one partition, in `ce_streamversion` order. Delivery is at least
once: deduplicate on `ce_id`. A payload of a newer `ce_schemaversion` than a reader knows may
hold fields it does not know; a version only ever grows optional fields. JSON Schemas of every
event and version: libs/events/schemas/<context>/<Event>.v<N>.json. Records a JXC consumer
could not read are forwarded, unchanged and with `jxc_dlq_*` headers saying why, to
`jxc.dlq.<service>.<consumer>`."""


def _topic(context: str) -> str:
    return f"jxc.{context}.events"


def _message_name(model: type[DomainEvent]) -> str:
    return f"{model.event_type}.v{model.schema_version}"


def _models(context: str) -> list[type[DomainEvent]]:
    found = [m for m in registry if m.event_type.split(".", 1)[0] == context]
    return sorted(found, key=_message_name)


def broker() -> KafkaBroker:
    """One publisher per topic, as each service's outbox relay is: what faststream documents
    (channels, their Kafka bindings, the send operations, the server)."""
    kafka = KafkaBroker(
        "jxc-kafka-bootstrap:9092",
        description="The JXC Kafka cluster (on Kubernetes: the Strimzi bootstrap service; "
        "locally 127.0.0.1:9092).",
    )
    for context in CONTEXTS:
        kafka.publisher(
            _topic(context),
            title=_topic(context),
            description=f"The events of the {context} context, published by jxc-{context}.",
        )
    return kafka


def _headers(model: type[DomainEvent], context: str) -> dict[str, Any]:
    def text(description: str, **more: Any) -> dict[str, Any]:
        return {"type": "string", "description": description, **more}

    return {
        "type": "object",
        "description": "CloudEvents 1.0 attributes, Kafka protocol binding, binary mode.",
        "properties": {
            "ce_specversion": text("CloudEvents version", const="1.0"),
            "ce_id": text("The event's id (UUIDv7): deduplicate on it", format="uuid"),
            "ce_source": text("The producing service", const=f"/jxc/{context}"),
            "ce_type": text("The event type", const=model.event_type),
            "ce_time": text("When it happened", format="date-time"),
            "ce_subject": text("The stream (aggregate) id; also the record key"),
            "content-type": text("The value's media type", const="application/json"),
            "ce_streamversion": text("Its position in the stream, 1, 2, ...", pattern="^[0-9]+$"),
            "ce_schemaversion": text("Its schema version", const=str(model.schema_version)),
            "ce_recordedtime": text("When the store recorded it", format="date-time"),
            "ce_correlationid": text("The command conversation it belongs to", format="uuid"),
            "ce_causationid": text("The event or command that caused it", format="uuid"),
            "ce_actor": text("Who did it (the acting user)"),
        },
        "required": [
            "ce_specversion",
            "ce_id",
            "ce_source",
            "ce_type",
            "ce_time",
            "ce_subject",
            "content-type",
            "ce_streamversion",
            "ce_schemaversion",
            "ce_recordedtime",
            "ce_correlationid",
        ],
    }


KEY = {
    "type": "string",
    "description": "The stream (aggregate) id: one stream's events share a partition, in order.",
}


DLQ_ADDRESS = "jxc.dlq.{service}.{consumer}"
DEAD_LETTER = {
    "name": "DeadLetter",
    "title": "A record a JXC consumer could not read",
    "summary": "The original record (key, value, headers) with jxc_dlq_* headers added.",
    "headers": {
        "type": "object",
        "properties": {
            "jxc_dlq_reason": {"type": "string", "description": "Why it could not be read"},
            "jxc_dlq_consumer": {"type": "string", "description": "The consumer group"},
            "jxc_dlq_source": {"type": "string", "description": "topic/partition/offset"},
            "jxc_dlq_trimmed": {
                "type": "string",
                "description": "Present when the value was cut to fit the broker",
            },
        },
        "required": ["jxc_dlq_reason", "jxc_dlq_consumer", "jxc_dlq_source"],
    },
    "payload": {"description": "The original record's value, unchanged"},
}
DEAD_LETTERS = {
    "address": DLQ_ADDRESS,
    "title": "Dead letters",
    "description": "One topic per JXC consumer (1 partition): what it could not read.",
    "parameters": {
        "service": {"description": "The consuming service", "enum": list(CONTEXTS)},
        "consumer": {"description": "The consumer (projection) name, e.g. stock-keeper"},
    },
    "servers": [{"$ref": "#/servers/development"}],
    "messages": {"DeadLetter": {"$ref": "#/components/messages/DeadLetter"}},
}


def _payload(model: type[DomainEvent], context: str, schemas: dict[str, Any]) -> dict[str, Any]:
    """The contract's JSON Schema as it is on the wire (serialization mode, as the checked-in
    schemas in libs/events/schemas), its models named within their context: faststream keys
    payload schemas by class name, and two contexts may name a line alike (ReturnedLine)."""
    prefix = f"{context}."
    schema = model.model_json_schema(
        mode="serialization", ref_template=f"#/components/schemas/{prefix}{{model}}"
    )
    for name, definition in schema.pop("$defs", {}).items():
        schemas[prefix + name] = definition
    name = f"{prefix}{model.__name__}"
    schemas[name] = schema
    return {"$ref": f"#/components/schemas/{name}"}


def document() -> dict[str, Any]:
    spec = AsyncAPI(
        broker(),
        title="JXC events",
        version=VERSION,
        description=DESCRIPTION,
        schema_version="3.0.0",
    )
    made: dict[str, Any] = json.loads(spec.to_specification().to_json())
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for context in CONTEXTS:
        topic = _topic(context)
        refs: dict[str, Any] = {}
        for model in _models(context):
            name = _message_name(model)
            messages[name] = {
                "name": name,
                "title": f"{model.event_type} (schema version {model.schema_version})",
                "summary": (model.__doc__ or "").strip().split("\n\n")[0] or None,
                "contentType": "application/json",
                "correlationId": {"location": "$message.header#/ce_correlationid"},
                "headers": _headers(model, context),
                "payload": _payload(model, context, schemas),
                "bindings": {"kafka": {"key": KEY, "bindingVersion": KAFKA_BINDING}},
            }
            if messages[name]["summary"] is None:
                del messages[name]["summary"]
            refs[name] = {"$ref": f"#/components/messages/{name}"}
        channel = made["channels"][topic]  # as faststream describes the publisher
        channel["title"] = topic
        channel["messages"] = refs
        channel["bindings"]["kafka"].update(
            partitions=12,
            topicConfiguration={"retention.ms": -1, "retention.bytes": -1},
            bindingVersion=KAFKA_BINDING,
        )
        channels[topic] = channel
        operation = made["operations"][topic]
        operation["title"] = f"jxc-{context} publishes"
        operation["messages"] = [{"$ref": f"#/channels/{topic}/messages/{n}"} for n in refs]
        operations[topic] = operation
    channels["dead-letters"] = DEAD_LETTERS
    messages["DeadLetter"] = DEAD_LETTER
    operations["dead-letter"] = {
        "action": "send",
        "title": "A JXC consumer forwards what it cannot read",
        "channel": {"$ref": "#/channels/dead-letters"},
        "messages": [{"$ref": "#/channels/dead-letters/messages/DeadLetter"}],
    }
    made["servers"]["development"]["protocolVersion"] = "4.1"
    made["channels"] = channels
    made["operations"] = operations
    made["components"]["messages"] = messages
    made["components"]["schemas"] = dict(sorted(schemas.items()))
    return made


def render() -> str:
    return json.dumps(document(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if "--stdout" in argv:
        sys.stdout.write(render())
        return 0
    DOCUMENT.write_text(render())
    sys.stdout.write(f"wrote {DOCUMENT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
