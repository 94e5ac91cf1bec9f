"""Checked-in JSON Schemas of the contracts, and the compatibility rule they enforce."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from pydantic import BaseModel

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts import registry
from jxc.events.schemas import (
    SCHEMA_DIR,
    breaking_changes,
    dump,
    export,
    schema_of,
    schema_path,
)

CHECKED_IN = Path(__file__).resolve().parents[1] / "schemas"
REGENERATE = "uv run python -m jxc.events.schemas"
MODELS = list(registry)


def _checked_in(model: type[DomainEvent]) -> Path:
    return schema_path(model, CHECKED_IN)


# --- (a) the checked-in schemas match the contracts ---------------------------------------


def test_contracts_are_registered() -> None:
    contexts = {model.event_type.split(".", 1)[0] for model in MODELS}
    assert {"crm", "inventory", "purchasing", "sales"} <= contexts


def test_schema_dir_is_the_checked_in_folder() -> None:
    assert SCHEMA_DIR == CHECKED_IN


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.event_type)
def test_no_breaking_change_without_a_new_schema_version(model: type[DomainEvent]) -> None:
    path = _checked_in(model)
    assert path.exists(), (
        f"{model.event_type} v{model.schema_version} has no checked-in schema {path}: "
        f"run `{REGENERATE}` and commit it"
    )
    problems = breaking_changes(json.loads(path.read_bytes()), schema_of(model))
    assert problems == [], (
        f"breaking change without a new schema_version: {model.event_type} "
        f"v{model.schema_version}: {problems}. Keep the published shape, or raise "
        "schema_version and register an upcaster from the old one."
    )


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.event_type)
def test_checked_in_schema_is_the_current_export(model: type[DomainEvent]) -> None:
    path = _checked_in(model)
    assert path.exists(), f"missing {path}: run `{REGENERATE}`"
    current = schema_of(model)
    if path.read_bytes() == dump(current):
        return
    if breaking_changes(json.loads(path.read_bytes()), current):
        pytest.fail(
            f"{path.relative_to(CHECKED_IN)} is out of date with {model.__name__} by a "
            "breaking change: do not regenerate it; raise schema_version instead"
        )
    pytest.fail(
        f"{path.relative_to(CHECKED_IN)} is out of date with {model.__name__}; the change "
        f"is compatible, so regenerate with `{REGENERATE}` and commit the result"
    )


def test_every_checked_in_schema_belongs_to_a_known_contract() -> None:
    current = {model.event_type: model.schema_version for model in MODELS}
    files = sorted(CHECKED_IN.glob("*/*.json"))
    assert files
    for path in files:
        schema = json.loads(path.read_bytes())
        event_type, version = schema["x-event-type"], schema["x-schema-version"]
        name, _, suffix = path.stem.rpartition(".v")
        assert f"{path.parent.name}.{name}" == event_type, path
        assert int(suffix) == version, path
        assert event_type in current, f"{path}: no registered contract {event_type}"
        assert version <= current[event_type], f"{path}: newer than the registered model"


def test_export_writes_every_schema_and_then_nothing(tmp_path: Path) -> None:
    written = export(tmp_path)
    assert sorted(written) == sorted(schema_path(m, tmp_path) for m in MODELS)
    for model in MODELS:
        assert schema_path(model, tmp_path).read_bytes() == dump(schema_of(model))
    assert export(tmp_path) == []


def test_export_rewrites_a_stale_file(tmp_path: Path) -> None:
    export(tmp_path)
    stale = schema_path(MODELS[0], tmp_path)
    stale.write_bytes(b"{}\n")
    assert export(tmp_path) == [stale]
    assert stale.read_bytes() == dump(schema_of(MODELS[0]))


def test_schema_carries_id_type_and_version() -> None:
    class Named(DomainEvent):
        event_type = "test.Named"
        schema_version = 4

        name: str

    schema = schema_of(Named)
    assert schema["$id"] == "urn:jxc:event:test.Named:v4"
    assert schema["x-event-type"] == "test.Named"
    assert schema["x-schema-version"] == 4
    assert schema_path(Named, Path("/r")) == Path("/r/test/Named.v4.json")
    assert dump(schema).endswith(b"}\n")


def test_decimal_is_a_string_in_the_schema() -> None:
    class Priced(DomainEvent):
        event_type = "test.Priced"

        price: Money

    money = schema_of(Priced)["$defs"]["Money"]["properties"]["amount"]
    assert money["type"] == "string"


# --- (b) breaking_changes -----------------------------------------------------------------


class Line(BaseModel):
    sku: str
    qty: Decimal


class LineQtyInt(BaseModel):
    sku: str
    qty: int


class LineWithRequired(BaseModel):
    sku: str
    qty: Decimal
    warehouse: str


class LineWithOptional(BaseModel):
    sku: str
    qty: Decimal
    warehouse: str | None = None


class LineWithoutQty(BaseModel):
    sku: str


class Base(DomainEvent):
    event_type = "test.Thing"

    order_id: UUID
    note: str
    total: Decimal
    lines: list[Line]


def _changes(new: type[DomainEvent], old: type[DomainEvent] = Base) -> list[str]:
    return breaking_changes(schema_of(old), schema_of(new))


def _only(problems: list[str], where: str, what: str) -> None:
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{where}:"), problems
    assert what in problems[0], problems


def test_identical_models_have_no_breaking_change() -> None:
    class Same(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: Decimal
        lines: list[Line]

    assert _changes(Same) == []
    assert _changes(Base) == []


def test_removing_a_field_is_breaking() -> None:
    class Removed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        total: Decimal
        lines: list[Line]

    _only(_changes(Removed), "note", "removed")


def test_renaming_a_field_is_breaking() -> None:
    class Renamed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        comment: str
        total: Decimal
        lines: list[Line]

    problems = _changes(Renamed)
    assert any(p.startswith("note:") and "removed or renamed" in p for p in problems), problems


def test_renaming_a_field_to_an_optional_one_is_still_breaking() -> None:
    class Renamed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        comment: str | None = None
        total: Decimal
        lines: list[Line]

    _only(_changes(Renamed), "note", "removed or renamed")


def test_str_to_int_is_breaking() -> None:
    class Changed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: int
        total: Decimal
        lines: list[Line]

    _only(_changes(Changed), "note", "type changed")


def test_decimal_to_int_is_breaking() -> None:
    class Changed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: int
        lines: list[Line]

    _only(_changes(Changed), "total", "type changed")


def test_uuid_to_plain_str_is_breaking() -> None:
    class Changed(DomainEvent):
        event_type = "test.Thing"

        order_id: str
        note: str
        total: Decimal
        lines: list[Line]

    _only(_changes(Changed), "order_id", "type changed")


def test_datetime_to_date_is_breaking() -> None:
    class Old(DomainEvent):
        event_type = "test.Dated"

        at: datetime

    class New(DomainEvent):
        event_type = "test.Dated"

        at: date

    _only(_changes(New, Old), "at", "type changed")


def test_a_nested_line_field_type_change_is_breaking() -> None:
    class Changed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: Decimal
        lines: list[LineQtyInt]

    _only(_changes(Changed), "lines[].qty", "type changed")


def test_removing_a_nested_line_field_is_breaking() -> None:
    class Changed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: Decimal
        lines: list[LineWithoutQty]

    _only(_changes(Changed), "lines[].qty", "removed")


def test_list_to_single_object_is_breaking() -> None:
    class Changed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: Decimal
        lines: Line

    _only(_changes(Changed), "lines", "type changed")


def test_adding_a_required_field_is_breaking() -> None:
    class Added(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: Decimal
        lines: list[Line]
        warehouse: str

    _only(_changes(Added), "warehouse", "new required field")


def test_adding_a_required_field_to_a_nested_line_is_breaking() -> None:
    class Added(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: Decimal
        lines: list[LineWithRequired]

    _only(_changes(Added), "lines[].warehouse", "new required field")


def test_making_an_optional_field_required_is_breaking() -> None:
    class Old(DomainEvent):
        event_type = "test.Opt"

        note: str | None = None

    class New(DomainEvent):
        event_type = "test.Opt"

        note: str

    problems = _changes(New, Old)
    assert any(p.startswith("note:") for p in problems), problems


def test_adding_an_optional_field_is_compatible() -> None:
    class Added(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: Decimal
        lines: list[Line]
        warehouse: str | None = None
        priority: int = 0

    assert _changes(Added) == []


def test_adding_an_optional_field_to_a_nested_line_is_compatible() -> None:
    class Added(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: Decimal
        lines: list[LineWithOptional]

    assert _changes(Added) == []


def test_making_a_required_field_optional_is_compatible() -> None:
    class Relaxed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str | None = None
        total: Decimal
        lines: list[Line]

    assert _changes(Relaxed) == []


def test_a_change_inside_an_optional_list_is_breaking() -> None:
    class Old(DomainEvent):
        event_type = "test.Maybe"

        lines: list[Line] | None = None

    class New(DomainEvent):
        event_type = "test.Maybe"

        lines: list[LineQtyInt] | None = None

    _only(_changes(New, Old), "lines[].qty", "type changed")


def test_a_change_inside_an_optional_nested_object_is_breaking() -> None:
    class Old(DomainEvent):
        event_type = "test.Maybe"

        line: Line | None = None

    class New(DomainEvent):
        event_type = "test.Maybe"

        line: LineWithRequired | None = None

    _only(_changes(New, Old), "line.warehouse", "new required field")


def test_a_change_inside_a_list_made_optional_is_breaking() -> None:
    class Relaxed(DomainEvent):
        event_type = "test.Thing"

        order_id: UUID
        note: str
        total: Decimal
        lines: list[LineQtyInt] | None = None

    _only(_changes(Relaxed), "lines[].qty", "type changed")


def test_a_change_of_a_dict_value_type_is_breaking() -> None:
    class Old(DomainEvent):
        event_type = "test.Map"

        by_sku: dict[str, Decimal]

    class New(DomainEvent):
        event_type = "test.Map"

        by_sku: dict[str, int]

    _only(_changes(New, Old), "by_sku{}", "type changed")
    assert _changes(Old, Old) == []


def test_a_change_to_money_is_breaking_against_a_checked_in_schema() -> None:
    class Cheap(BaseModel):
        amount: int
        currency: str

    class Line(BaseModel):
        line_no: int
        sku: str
        warehouse: str
        quantity: Decimal
        unit: str
        unit_price: Cheap

    class OrderPlaced(DomainEvent):
        event_type = "sales.OrderPlaced"

        order_id: UUID
        customer_id: UUID
        lines: list[Line]

    published: dict[str, Any] = json.loads(
        (CHECKED_IN / "sales" / "OrderPlaced.v1.json").read_bytes()
    )
    # The cut-down model also drops the optional fields added since v1 was first published;
    # those are reported as removed. Besides them, the money change is the one reported.
    problems = [
        p for p in breaking_changes(published, schema_of(OrderPlaced)) if "field removed" not in p
    ]
    _only(problems, "lines[].unit_price.amount", "type changed")
