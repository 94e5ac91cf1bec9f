"""Checked-in JSON Schemas of every contract, and the compatibility rule they enforce.

`python -m jxc.events.schemas` writes libs/events/schemas/<context>/<Name>.v<N>.json.
A published schema may only grow optional fields; anything else needs a new schema_version.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import orjson

from jxc.events.base import DomainEvent
from jxc.events.contracts import registry

SCHEMA_DIR = Path(__file__).resolve().parents[3] / "schemas"


def schema_path(model: type[DomainEvent], root: Path = SCHEMA_DIR) -> Path:
    context, name = model.event_type.split(".", 1)
    return root / context / f"{name}.v{model.schema_version}.json"


def schema_of(model: type[DomainEvent]) -> dict[str, Any]:
    schema = model.model_json_schema(mode="serialization")
    schema["$id"] = f"urn:jxc:event:{model.event_type}:v{model.schema_version}"
    schema["x-event-type"] = model.event_type
    schema["x-schema-version"] = model.schema_version
    return schema


def dump(schema: dict[str, Any]) -> bytes:
    return orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What in `new` breaks a reader or writer of `old`: a field removed or renamed, a type
    changed, a new required field. Optional additions are fine."""
    problems: list[str] = []
    _compare(old, new, old.get("$defs", {}), new.get("$defs", {}), "", problems)
    return problems


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    return node


def _types(node: dict[str, Any], defs: dict[str, Any]) -> set[str]:
    node = _resolve(node, defs)
    if "anyOf" in node:
        found: set[str] = set()
        for option in node["anyOf"]:
            found |= _types(option, defs)
        return found
    kind = node.get("type", "object" if "properties" in node else "any")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    return {f"{k}:{node.get('format', '')}" for k in kinds}


def _is_null(node: dict[str, Any], defs: dict[str, Any]) -> bool:
    return _types(node, defs) == {"null:"}


def _compare(
    old: dict[str, Any],
    new: dict[str, Any],
    old_defs: dict[str, Any],
    new_defs: dict[str, Any],
    where: str,
    problems: list[str],
) -> None:
    old, new = _resolve(old, old_defs), _resolve(new, new_defs)
    if "anyOf" in old or "anyOf" in new:
        old_t, new_t = _types(old, old_defs), _types(new, new_defs)
        if not old_t <= new_t:
            problems.append(f"{where or 'payload'}: type changed from {old_t} to {new_t}")
        old_objs = [o for o in old.get("anyOf", [old]) if not _is_null(o, old_defs)]
        new_objs = [o for o in new.get("anyOf", [new]) if not _is_null(o, new_defs)]
        if len(old_objs) == 1 and len(new_objs) == 1:
            _compare(old_objs[0], new_objs[0], old_defs, new_defs, where, problems)
        return
    old_t, new_t = _types(old, old_defs), _types(new, new_defs)
    if old_t != new_t:
        problems.append(f"{where or 'payload'}: type changed from {old_t} to {new_t}")
        return
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name, spec in old_props.items():
        path = f"{where}.{name}" if where else name
        if name not in new_props:
            problems.append(f"{path}: field removed or renamed")
        else:
            _compare(spec, new_props[name], old_defs, new_defs, path, problems)
    for name in set(new.get("required", [])) - set(old.get("required", [])):
        if name not in old_props or name in new_props:
            path = f"{where}.{name}" if where else name
            problems.append(f"{path}: new required field")
    if "items" in old and "items" in new:
        _compare(old["items"], new["items"], old_defs, new_defs, f"{where}[]", problems)
    old_values, new_values = old.get("additionalProperties"), new.get("additionalProperties")
    if isinstance(old_values, dict) and isinstance(new_values, dict):
        _compare(old_values, new_values, old_defs, new_defs, f"{where}{{}}", problems)


def export(root: Path = SCHEMA_DIR) -> list[Path]:
    written = []
    for model in registry:
        path = schema_path(model, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        content = dump(schema_of(model))
        if not path.exists() or path.read_bytes() != content:
            path.write_bytes(content)
            written.append(path)
    return written


if __name__ == "__main__":
    for written_path in export():
        sys.stdout.write(f"wrote {written_path}\n")
