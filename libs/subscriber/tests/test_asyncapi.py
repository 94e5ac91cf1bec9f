"""docs/asyncapi.json: fresh, one message per contract on its context's topic, each with its
CloudEvents headers and key, and every reference resolves."""

from __future__ import annotations

import json
from typing import Any

from jxc.events.contracts import registry
from jxc.events.schemas import schema_path
from jxc.subscriber.asyncapi import DOCUMENT, document, render


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    node: Any = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_the_checked_in_document_is_fresh() -> None:
    assert DOCUMENT.read_text() == render(), (
        "docs/asyncapi.json is stale: uv run python -m jxc.subscriber.asyncapi"
    )


def test_every_contract_is_a_message_of_its_topic_with_cloudevents_headers_and_key() -> None:
    doc = document()
    assert doc["asyncapi"] == "3.0.0"
    for model in registry:
        context = model.event_type.split(".", 1)[0]
        name = f"{model.event_type}.v{model.schema_version}"
        channel = doc["channels"][f"jxc.{context}.events"]
        assert channel["address"] == f"jxc.{context}.events"
        message = _resolve(doc, channel["messages"][name]["$ref"])
        headers = message["headers"]["properties"]
        assert headers["ce_type"]["const"] == model.event_type
        assert headers["ce_schemaversion"]["const"] == str(model.schema_version)
        assert {"ce_id", "ce_source", "ce_specversion", "ce_time"} <= set(
            message["headers"]["required"]
        )
        assert message["bindings"]["kafka"]["key"]["type"] == "string"
        payload = _resolve(doc, message["payload"]["$ref"])
        # The payload is this contract's as published (not another's of the same class name).
        published = json.loads(schema_path(model).read_text())
        assert payload["properties"].keys() == published["properties"].keys()
        assert payload.get("required") == published.get("required")


def test_every_reference_resolves() -> None:
    doc = json.loads(DOCUMENT.read_text())
    refs = _refs(doc)
    assert refs
    for ref in refs:
        _resolve(doc, ref)
