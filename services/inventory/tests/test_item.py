from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import TypeAdapter

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import ItemRegistered, ItemUpdated
from jxc.inventory.domain.item import (
    ItemState,
    RegisterItem,
    UpdateItem,
    item_decider,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict

# The `given` fixture (conftest.py): given(*events).when(command).then(*events) / .raises(...)
Given = Callable[..., Any]

SKU = "TEA-LJ-250"


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return item_decider


def register(**changes: Any) -> RegisterItem:
    values: dict[str, Any] = {
        "sku": SKU,
        "name": "Longjing green tea 250 g",
        "unit": "box",
        "category": "tea",
        "barcode": "6901234567892",
        "lot_tracked": True,
    }
    values.update(changes)
    return RegisterItem(**values)


def registered(**changes: Any) -> ItemRegistered:
    values: dict[str, Any] = {
        "sku": SKU,
        "name": "Longjing green tea 250 g",
        "unit": "box",
        "category": "tea",
        "barcode": "6901234567892",
        "lot_tracked": True,
    }
    values.update(changes)
    return ItemRegistered(**values)


def updated(**changes: Any) -> ItemUpdated:
    values: dict[str, Any] = {
        "sku": SKU,
        "name": "Longjing green tea 250 g",
        "category": "tea",
        "barcode": "6901234567892",
        "lot_tracked": True,
    }
    values.update(changes)
    return ItemUpdated(**values)


# --- register ------------------------------------------------------------------------------


def test_registering_a_new_item_records_it(given: Given) -> None:
    state = given().when(register()).then(registered())
    assert state == ItemState(
        exists=True,
        sku=SKU,
        name="Longjing green tea 250 g",
        unit="box",
        category="tea",
        barcode="6901234567892",
        lot_tracked=True,
    )


def test_an_item_needs_only_sku_name_and_unit(given: Given) -> None:
    given().when(RegisterItem(sku="CUP-1", name="Cup", unit="pcs")).then(
        ItemRegistered(sku="CUP-1", name="Cup", unit="pcs")
    )


def test_registration_trims_text_and_drops_blank_category_and_barcode(given: Given) -> None:
    given().when(
        register(sku=f" {SKU} ", name=" Longjing ", unit=" box ", category=" ", barcode="")
    ).then(registered(name="Longjing", category=None, barcode=None))


def test_registering_an_existing_sku_is_a_conflict(given: Given) -> None:
    given(registered()).when(register(name="Something else", unit="kg")).raises(
        StateConflict, match=f"item {SKU} is already registered", fields=("sku",)
    )


def test_registering_a_sku_again_after_updates_is_still_a_conflict(given: Given) -> None:
    given(registered(), updated(name="Renamed")).when(register()).raises(
        StateConflict, match="already registered .*'Renamed'", fields=("sku",)
    )


@pytest.mark.parametrize(("field", "value"), [("sku", " "), ("name", ""), ("unit", "  ")])
def test_sku_name_and_unit_must_not_be_blank(given: Given, field: str, value: str) -> None:
    given().when(register(**{field: value})).raises(
        DomainError, match="must not be blank", fields=(field,)
    )


@pytest.mark.parametrize(
    ("field", "value", "limit"),
    [("sku", "S" * 65, 64), ("name", "n" * 201, 200), ("unit", "u" * 17, 16)],
)
def test_text_longer_than_allowed_is_refused(
    given: Given, field: str, value: str, limit: int
) -> None:
    given().when(register(**{field: value})).raises(
        DomainError, match=f"at most {limit}", fields=(field,)
    )


@pytest.mark.parametrize("sku", ["TEA 01", "TEA/01", "TEA?01", "TEA#1", "TEA%1", "A\\B"])
def test_a_sku_may_not_hold_spaces_or_url_characters(given: Given, sku: str) -> None:
    given().when(register(sku=sku)).raises(DomainError, match="may not contain", fields=("sku",))


def test_a_sku_may_use_letters_digits_dots_and_other_scripts(given: Given) -> None:
    given().when(register(sku="茶-01.v2_A")).then(registered(sku="茶-01.v2_A"))


def test_a_barcode_may_not_hold_spaces(given: Given) -> None:
    given().when(register(barcode="690 123")).raises(
        DomainError, match="may not contain spaces", fields=("barcode",)
    )


def test_a_category_longer_than_allowed_is_refused(given: Given) -> None:
    given().when(register(category="c" * 65)).raises(
        DomainError, match="at most 64", fields=("category",)
    )


# --- update --------------------------------------------------------------------------------


def test_an_update_records_every_changeable_attribute_as_it_is_now(given: Given) -> None:
    state = (
        given(registered())
        .when(UpdateItem(sku=SKU, name="Longjing 250 g tin"))
        .then(updated(name="Longjing 250 g tin"))
    )
    assert state.name == "Longjing 250 g tin"
    assert state.unit == "box"
    assert state.barcode == "6901234567892"


def test_an_update_changes_only_what_it_gives(given: Given) -> None:
    given(registered(), updated(name="Renamed")).when(
        UpdateItem(sku=SKU, category="green tea", lot_tracked=False)
    ).then(updated(name="Renamed", category="green tea", lot_tracked=False))


def test_an_update_may_clear_category_and_barcode(given: Given) -> None:
    state = (
        given(registered())
        .when(UpdateItem(sku=SKU, category=None, barcode="  "))
        .then(updated(category=None, barcode=None))
    )
    assert state.category is None
    assert state.barcode is None


def test_an_update_may_set_a_new_barcode(given: Given) -> None:
    given(registered(barcode=None)).when(UpdateItem(sku=SKU, barcode=" 4006381333931 ")).then(
        updated(barcode="4006381333931")
    )


def test_an_update_that_changes_nothing_records_nothing(given: Given) -> None:
    given(registered()).when(
        UpdateItem(sku=SKU, name=" Longjing green tea 250 g ", lot_tracked=True, unit="box")
    ).then()


def test_an_update_with_nothing_to_change_is_refused(given: Given) -> None:
    given(registered()).when(UpdateItem(sku=SKU)).raises(
        DomainError,
        match="nothing to update",
        fields=("name", "category", "barcode", "lot_tracked"),
    )


def test_updating_an_unknown_item_is_not_found(given: Given) -> None:
    given().when(UpdateItem(sku=SKU, name="x")).raises(
        NotFound, match="there is no item", fields=("sku",)
    )


def test_the_unit_never_changes(given: Given) -> None:
    given(registered()).when(UpdateItem(sku=SKU, name="Longjing", unit="kg")).raises(
        DomainError, match="unit of item .* is box and never changes", fields=("unit",)
    )


def test_an_update_may_repeat_the_unit(given: Given) -> None:
    given(registered()).when(UpdateItem(sku=SKU, name="Longjing", unit="box")).then(
        updated(name="Longjing")
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"name": "n" * 201}, "name"),
        ({"barcode": "1 2"}, "barcode"),
        ({"category": "c" * 65}, "category"),
    ],
)
def test_an_update_checks_what_it_changes(
    given: Given, changes: dict[str, Any], field: str
) -> None:
    given(registered()).when(UpdateItem(sku=SKU, **changes)).raises(
        DomainError, match=".", fields=(field,)
    )


# --- evolve and the stream -----------------------------------------------------------------


def test_evolve_ignores_events_it_does_not_know() -> None:
    state = item_decider.fold([registered()])
    assert item_decider.evolve(state, _Unrelated()) is state


def test_state_survives_a_snapshot_round_trip() -> None:
    state = item_decider.fold([registered(), updated(category=None)])
    adapter = TypeAdapter(ItemState)
    assert adapter.validate_json(adapter.dump_json(state)) == state


def test_streams_are_named_item_sku() -> None:
    assert item_decider.stream_id(SKU) == f"item-{SKU}"


class _Unrelated(DomainEvent):
    event_type = "test.Unrelated"
